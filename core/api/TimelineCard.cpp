#include "api/TimelineCard.h"

#include "api/JsonValues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace nestje {

QJsonValue withoutSignedUrls(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray copy;
        for (const QJsonValue &item : value.toArray())
            copy.append(withoutSignedUrls(item));
        return copy;
    }
    if (!value.isObject())
        return value;
    QJsonObject copy;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().endsWith(QLatin1String("Url")) || it.key() == QLatin1String("awsUrl"))
            continue;
        copy.insert(it.key(), withoutSignedUrls(it.value()));
    }
    return copy;
}

namespace {
MediaItem parseMedia(const QJsonObject &object, const QStringList &fallbackChildren)
{
    MediaItem item;
    item.id = json::id(object.value(QLatin1String("id")));
    item.date = json::dateMs(object.value(QLatin1String("date")));
    item.mediaType = object.value(QLatin1String("mediaType")).toString(QStringLiteral("photo"));
    item.description = object.value(QLatin1String("description")).toString();
    // A photo belongs to the own children tagged in it, else to the card's children (as HA does).
    for (const QJsonValue &tag : object.value(QLatin1String("childTags")).toArray()) {
        const QJsonObject t = tag.toObject();
        if (t.value(QLatin1String("ownChild")).toBool())
            item.childIds << json::id(t.value(QLatin1String("personId")));
    }
    if (item.childIds.isEmpty())
        item.childIds = fallbackChildren;
    item.json = object;
    return item;
}
} // namespace

TimelineCard parseTimelineCard(const QJsonObject &object)
{
    TimelineCard card;
    card.type = object.value(QLatin1String("type")).toString(QStringLiteral("unknown"));
    card.date = json::dateMs(object.value(QLatin1String("date")));
    for (const QJsonValue &child : object.value(QLatin1String("children")).toArray())
        card.childIds << json::id(child.toObject().value(QLatin1String("id")));

    const QJsonObject journal = object.value(QLatin1String("journal")).toObject();
    QJsonArray media = object.value(QLatin1String("photos")).toArray();
    if (card.type == QLatin1String("journal")) {
        media = journal.value(QLatin1String("photos")).toArray();
        card.moments = parseDayRhythm(journal.value(QLatin1String("dayRythmContent")).toString());
        const QString childId = json::id(journal.value(QLatin1String("childId")));
        if (!childId.isEmpty() && !card.childIds.contains(childId))
            card.childIds << childId;
    }
    for (const QJsonValue &item : media)
        card.media << parseMedia(item.toObject(), card.childIds);

    card.contentHash = QCryptographicHash::hash(
        QJsonDocument(withoutSignedUrls(object).toObject()).toJson(QJsonDocument::Compact),
        QCryptographicHash::Sha1).toHex();
    const QString journalId = json::id(journal.value(QLatin1String("journalId")));
    if (card.type == QLatin1String("journal") && !journalId.isEmpty())
        card.key = QStringLiteral("journal:") + journalId;
    else if (!card.media.isEmpty() && !card.media.first().id.isEmpty())
        card.key = card.type + QStringLiteral(":") + card.media.first().id;
    else
        card.key = QStringLiteral("%1:%2:%3").arg(card.type).arg(card.date).arg(QString::fromLatin1(card.contentHash));
    card.json = object;
    return card;
}

} // namespace nestje
