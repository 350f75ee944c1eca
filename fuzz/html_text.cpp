// SPDX-License-Identifier: GPL-3.0-or-later
// HTML to plain text (core/text/HtmlText: plainTextFromHtml, Qt's HTML parser in an
// InertTextDocument) on any text. It must load nothing: the process-wide resource provider
// aborts if Qt ever asks it. And the text keeps its promised shape: no blank line at either end,
// at most one blank line in a row, no object replacement characters (images have no text).
#include "fuzz/ClientPayload.h"
#include "fuzz/GuiApplication.h"
#include "text/HtmlText.h"

#include <QTextDocument>
#include <QVariant>

using namespace nestje;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startGuiApplication();
    QTextDocument::setDefaultResourceProvider([](const QUrl &url) -> QVariant {
        std::fprintf(stderr, "plainTextFromHtml asked for %s\n", qPrintable(url.toString()));
        std::abort();
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = plainTextFromHtml(html);
    FUZZ_CHECK(!text.startsWith(u'\n') && !text.endsWith(u'\n'));
    FUZZ_CHECK(!text.contains(QLatin1String("\n\n\n")));
    FUZZ_CHECK(!text.contains(QChar::ObjectReplacementCharacter));
    return 0;
}
