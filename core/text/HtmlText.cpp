// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/HtmlText.h"

#include "text/InertTextDocument.h"

#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QTextTable>

namespace nestje {

namespace {

// Appends `text` line by line with runs of white space squeezed to one space and each line
// trimmed; blank lines are kept (as empty lines) so the caller decides about spacing.
void appendTidyLines(QString *out, QStringView text)
{
    bool firstLine = true;
    for (const QStringView line : text.split(u'\n')) {
        if (!firstLine)
            out->append(u'\n');
        firstLine = false;
        bool pendingSpace = false;
        for (const QChar c : line) {
            if (c.isSpace()) {
                pendingSpace = true;
                continue;
            }
            if (c == QChar::ObjectReplacementCharacter) // an image or object: no text of its own
                continue;
            if (pendingSpace && !out->isEmpty() && out->back() != u'\n' && out->back() != u' ')
                out->append(u' ');
            pendingSpace = false;
            out->append(c);
        }
    }
}

// At most one blank line in a row, none at the start or the end.
QString collapseBlankLines(const QString &text)
{
    QString out;
    out.reserve(text.size());
    int newlines = 0;
    for (const QChar c : text) {
        if (c == u'\n') {
            ++newlines;
            continue;
        }
        if (newlines > 0 && !out.isEmpty())
            out.append(newlines == 1 ? QStringLiteral("\n") : QStringLiteral("\n\n"));
        newlines = 0;
        out.append(c);
    }
    return out;
}

QString listPrefix(const QTextList *list, const QTextBlock &block)
{
    const QTextListFormat::Style style = list->format().style();
    // Disc, circle and square are the bullet styles (-1 … -3); the others are numbered.
    if (style >= QTextListFormat::ListSquare && style <= QTextListFormat::ListDisc)
        return QStringLiteral("• ");
    return list->itemText(block) + u' ';
}

const QTextTable *tableOf(const QTextBlock &block)
{
    return QTextCursor(block).currentTable();
}

} // namespace

QString plainTextFromHtml(const QString &html)
{
    if (html.isEmpty())
        return {};
    const bool hasTags = html.contains(u'<');
    QString out;
    if (!hasTags && !html.contains(u'&')) {
        // Already plain text (most one-line fields): no parser needed. Its line breaks are meant.
        appendTidyLines(&out, html);
        return collapseBlankLines(out);
    }
    // One document per thread, reused: building a QTextDocument costs as much as parsing a
    // short diary text. Owned by the thread's storage, so it never outlives its thread.
    thread_local InertTextDocument document;
    if (hasTags) {
        document.setHtml(html);
    } else {
        // Plain text with entities: keep its line breaks, which HTML would fold into spaces.
        QString withBreaks = html;
        withBreaks.replace(u'\n', QLatin1String("<br>"));
        document.setHtml(withBreaks);
    }

    out.reserve(html.size());
    const QTextList *previousList = nullptr;
    const QTextTable *previousTable = nullptr;
    const bool hasTables = html.contains(QLatin1String("<t"), Qt::CaseInsensitive);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString text = block.text();
        if (text.trimmed().isEmpty())
            continue;
        text.replace(QChar::LineSeparator, u'\n'); // <br>
        const QTextList *list = block.textList();
        const QTextTable *table = hasTables ? tableOf(block) : nullptr;
        if (!out.isEmpty()) {
            // Items of one list and cells of one table stay together; other blocks are paragraphs.
            const bool together =
                (list && list == previousList) || (table && table == previousTable);
            out.append(together ? QStringLiteral("\n") : QStringLiteral("\n\n"));
        }
        if (list)
            out.append(listPrefix(list, block));
        appendTidyLines(&out, text);
        previousList = list;
        previousTable = table;
    }
    return collapseBlankLines(out);
}

} // namespace nestje
