#include "models/TimelineText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace nestje {

QString dayLabel(const QDate &day, const QDate &today)
{
    if (!day.isValid())
        return {};
    if (day == today)
        return QCoreApplication::translate("TimelineModel", "Today");
    if (day == today.addDays(-1))
        return QCoreApplication::translate("TimelineModel", "Yesterday");
    const QLocale locale;
    return locale.toString(day, day.year() == today.year() ? QStringLiteral("dddd d MMMM") : QStringLiteral("dddd d MMMM yyyy"));
}

QString genericCardText(const QJsonObject &card)
{
    const QString type = card.value(QLatin1String("type")).toString();
    const QJsonValue inner = card.value(type);
    const QJsonObject sources[] = {inner.toObject(), card};
    for (const QJsonObject &source : sources) {
        for (const char *key : {"content", "journalContent", "dayRythmContent", "message", "text", "description", "title"}) {
            const QString value = source.value(QLatin1String(key)).toString();
            if (!value.trimmed().isEmpty())
                return plainTextFromHtml(value);
        }
    }
    if (inner.isString())
        return plainTextFromHtml(inner.toString());
    return {};
}

bool mediaIsDownloadable(const QJsonObject &media)
{
    const QJsonValue flag = media.value(QLatin1String("downloadable"));
    if (flag.isBool())
        return flag.toBool();
    const QJsonArray tags = media.value(QLatin1String("childTags")).toArray();
    return std::any_of(tags.begin(), tags.end(),
                       [](const QJsonValue &tag) { return tag.toObject().value(QLatin1String("ownChild")).toBool(); });
}

} // namespace nestje
