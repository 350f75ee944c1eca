// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/TimelineCard.h"

#include "features/timeline/CardHash.h"

#include "net/JsonValues.h"
#include "text/HtmlText.h"

#include <QJsonArray>

namespace nestje {

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
    // The official app allows downloads only of photos in which an own child is tagged; an
    // explicit flag wins.
    const QJsonValue flag = object.value(QLatin1String("downloadable"));
    const QJsonArray tags = object.value(QLatin1String("childTags")).toArray();
    item.downloadable = flag.isBool() ? flag.toBool() : std::any_of(tags.begin(), tags.end(), [](const QJsonValue &tag) {
        return tag.toObject().value(QLatin1String("ownChild")).toBool();
    });
    item.thumbUrl = object.value(QLatin1String("thumbUrl")).toString();
    item.mediumUrl = object.value(QLatin1String("mediumUrl")).toString();
    item.fullUrl = object.value(QLatin1String("fullSizeUrl")).toString();
    return item;
}

// The text of a card the app has no layout for (reference §5.P4: KC reads card[card.type] and
// takes the first of content, journalContent, dayRythmContent, message, text, description).
QString genericText(const QJsonObject &card)
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
} // namespace

QList<TimelineCard> parseTimelinePage(const QJsonValue &payload)
{
    QList<TimelineCard> cards;
    const QJsonArray page = payload.toArray();
    cards.reserve(page.size());
    for (const QJsonValue &card : page)
        cards << parseTimelineCard(card.toObject());
    return cards;
}

TimelineCard parseTimelineCard(const QJsonObject &object)
{
    TimelineCard card;
    // A card without a type, or with an empty one, is shown as a card of an unknown kind (found
    // by fuzz/timeline_cards: "type": "" gave an empty type and a key without one).
    card.type = object.value(QLatin1String("type")).toString();
    if (card.type.isEmpty())
        card.type = QStringLiteral("unknown");
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
    if (card.type == QLatin1String("journal")) {
        card.writtenBy = journal.value(QLatin1String("writtenByName")).toString();
        card.byParent = journal.value(QLatin1String("writtenByType")).toString().endsWith(QLatin1String(".parent"));
        card.text = plainTextFromHtml(journal.value(QLatin1String("journalContent")).toString());
    } else if (card.type != QLatin1String("photo")) {
        card.text = genericText(object);
    }

    card.contentHash = cardContentHash(object);
    const QString journalId = json::id(journal.value(QLatin1String("journalId")));
    if (card.type == QLatin1String("journal") && !journalId.isEmpty())
        card.key = QStringLiteral("journal:") + journalId;
    else if (!card.media.isEmpty() && !card.media.first().id.isEmpty())
        card.key = card.type + QStringLiteral(":") + card.media.first().id;
    else
        card.key = QStringLiteral("%1:%2:%3").arg(card.type).arg(card.date).arg(QString::fromLatin1(card.contentHash));
    return card;
}

} // namespace nestje
