// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/DayRhythm.h"

#include <QRegularExpression>

namespace nestje {

namespace {
// Moment fields are short one-line texts and a full sync parses tens of thousands of them, so
// they get this cheap cleaner; longer HTML goes through plainTextFromHtml() (api/HtmlText).
QString plainText(const QString &html)
{
    // Most fields hold neither a tag nor an entity: only their spaces need tidying.
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return html.simplified();
    // Entities and nested tags in descriptions ("&amp;", "<b>") become plain text.
    QString text = html;
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text.simplified();
}

// The content of the first <element class="... cssClass ..."> in a moment's HTML.
QRegularExpression elementWithClass(const char *element, const char *cssClass)
{
    QRegularExpression pattern(
        QStringLiteral("<%1[^>]*class=['\"][^'\"]*\\b%2\\b[^'\"]*['\"][^>]*>(.*?)</%1>")
            .arg(QLatin1String(element), QLatin1String(cssClass)),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    pattern.optimize(); // compiled once: a full sync parses tens of thousands of moments
    return pattern;
}

QString capture(const QRegularExpression &pattern, const QString &block)
{
    const QRegularExpressionMatch match = pattern.match(block);
    return match.hasMatch() ? plainText(match.captured(1)) : QString();
}
} // namespace

QString dayRhythmCategory(const QString &icon)
{
    struct Prefix
    {
        const char *prefix;
        const char *category;
    };
    // From the icon names seen on real portals (reference §5.P4 table).
    static constexpr Prefix prefixes[] = {
        {"flesje", "bottle"},        {"slapen", "sleep"},           {"luier", "diaper"},
        {"veiligheidsspeld", "diaper"}, {"toilet", "toilet"},       {"medicatie", "medication"},
        {"thermometer", "temperature"}, {"zonnebrand", "sunscreen"}, {"brood", "food"},
        {"appel", "food"},           {"banaan", "food"},            {"peer", "food"},
        {"groentehap", "food"},      {"warmeten", "food"},          {"koekje", "food"},
        {"toetje", "food"},          {"drinken", "drink"},          {"buitensport", "activity"},
    };
    for (const Prefix &entry : prefixes) {
        if (icon.startsWith(QLatin1String(entry.prefix)))
            return QString::fromLatin1(entry.category);
    }
    return QStringLiteral("other");
}

QList<DayRhythmMoment> parseDayRhythm(const QString &html)
{
    QList<DayRhythmMoment> moments;
    static const QRegularExpression table(
        QStringLiteral("<table[^>]*class=['\"][^'\"]*day-rythm-moment[^'\"]*['\"][^>]*>(.*?)</table>"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression icon(QStringLiteral("\\bdagritme-(?!journal-icon)([a-z0-9-]+)"));
    static const QRegularExpression times(
        QStringLiteral("^(\\d{1,2}:\\d{2})(?:\\s*-\\s*(\\d{1,2}:\\d{2}))?\\s*(.*)$"));

    static const QRegularExpression titleSpan = elementWithClass("span", "moment-title-span");
    static const QRegularExpression subtitleSpan = elementWithClass("span", "moment-subtitle");
    static const QRegularExpression descriptionDiv = elementWithClass("div", "moment-entry-description");
    static const QRegularExpression remarksDiv = elementWithClass("div", "moment-remarks");

    auto blocks = table.globalMatch(html);
    while (blocks.hasNext()) {
        const QString block = blocks.next().captured(1);
        DayRhythmMoment moment;
        moment.icon = icon.match(block).captured(1);
        moment.category = dayRhythmCategory(moment.icon);
        const QString title = capture(titleSpan, block);
        const QRegularExpressionMatch parts = times.match(title);
        if (parts.hasMatch()) {
            moment.startTime = parts.captured(1);
            moment.endTime = parts.captured(2);
            moment.title = parts.captured(3);
        } else {
            moment.title = title;
        }
        moment.subtitle = capture(subtitleSpan, block);
        moment.description = capture(descriptionDiv, block);
        moment.remarks = capture(remarksDiv, block);
        moments.append(moment);
    }
    return moments;
}

} // namespace nestje
