// SPDX-License-Identifier: GPL-3.0-or-later
// The regex HTML-to-text cleaner that core/text/HtmlText replaced, kept only as the
// benchmark baseline (bench_text compares both in one run).
#include <QRegularExpression>
#include <QStringList>

QString legacyPlainTextFromHtml(const QString &html);

QString legacyPlainTextFromHtml(const QString &html)
{
    if (html.isEmpty())
        return {};
    static const QRegularExpression breaks(QStringLiteral("<\\s*br\\s*/?\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blockEnds(
        QStringLiteral("<\\s*/\\s*(p|div|li|h[1-6]|tr|table)\\s*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression listItems(QStringLiteral("<\\s*li[^>]*>"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scripts(
        QStringLiteral("<\\s*(script|style)[^>]*>.*?<\\s*/\\s*\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\f]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n\\s*(\\n\\s*)+"));

    QString text = html;
    text.remove(scripts);
    text.replace(breaks, QStringLiteral("\n"));
    text.replace(listItems, QStringLiteral("\n• "));
    text.replace(blockEnds, QStringLiteral("\n\n"));
    text.remove(tags);
    text.replace(QLatin1String("\n"),
                 QLatin1String("\x01")); // keep line breaks through the space squeeze
    text.replace(spaces, QStringLiteral(" "));
    text.replace(QLatin1Char('\x01'), QLatin1Char('\n'));
    // Entities last, so "&lt;b&gt;" stays text.
    QString decoded;
    decoded.reserve(text.size());
    qsizetype last = 0;
    auto it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        decoded += QStringView(text).mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code < 0x110000)
            decoded += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = m.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    decoded.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    decoded.replace(QLatin1String("&lt;"), QLatin1String("<"));
    decoded.replace(QLatin1String("&gt;"), QLatin1String(">"));
    decoded.replace(QLatin1String("&quot;"), QLatin1String("\""));
    decoded.replace(QLatin1String("&apos;"), QLatin1String("'"));
    decoded.replace(QLatin1String("&amp;"), QLatin1String("&"));
    QStringList lines = decoded.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    decoded = lines.join(QLatin1Char('\n'));
    decoded.replace(blankLines, QStringLiteral("\n\n"));
    return decoded.trimmed();
}
