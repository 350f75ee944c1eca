// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Portal.h"
#include "server/http/Params.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/routes/FamilyData.h"
#include "server/routes/Routes.h"

#include <QJsonDocument>

namespace nestje::server {

// Cards per page. The reference leaves the size open; FD steps its offset by 6, which suggests
// the portal's own page size, and every other client adds the number of cards it received.
static constexpr int timelinePageSize = 6;

struct Card
{
    qint64 id;
    QString type;
    qint64 date;
};

static void renderCards(Portal &portal, const Request &r, const QList<Card> &cards, const QList<qint64> &ids);

static Reply timeline(Portal &portal, Request &r)
{
    const qint64 offset = params::nonNegative(r.params.at(0));
    if (offset < 0)
        return reply::badRequest(QStringLiteral("offset must be a non-negative integer"));

    QList<Card> cards;
    QList<qint64> ids;
    {
        QSqlQuery &q = portal.db.run(
            // A family belongs to one organisation, so family_id alone scopes the query (and keeps
            // it on the covering index).
            QStringLiteral("SELECT id, type, date_ms FROM cards WHERE family_id = ?"
                           " ORDER BY date_ms DESC, id DESC LIMIT ? OFFSET ?"),
            {r.caller.familyId, timelinePageSize, offset});
        while (q.next()) {
            cards.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
            ids.append(cards.last().id);
        }
        q.finish();
    }
    if (cards.isEmpty())
        return reply::json(QJsonArray()); // past the end: 200 [] (protocol §6.3.5)

    // Rendered cards are cached until the next database write or media-link bucket; only the
    // cards not in the cache are read and rendered. The page query above did the authorisation.
    RenderedCards &cache = portal.renderedCards;
    cache.validate(portal.db.generation(), portal.signer.currentExpiry());
    QList<qint64> missing;
    for (qint64 id : std::as_const(ids))
        if (!cache.cards.contains(id))
            missing.append(id);
    if (!missing.isEmpty())
        renderCards(portal, r, cards, missing);
    Reply out;
    out.body.reserve(64 * 1024);
    out.body += '[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            out.body += ',';
        out.body += cache.cards.value(ids.at(i));
    }
    out.body += ']';
    return out;
}

// Reads and renders the cards `ids` (a subset of `cards`) into the portal's card cache.
static void renderCards(Portal &portal, const Request &r, const QList<Card> &cards, const QList<qint64> &ids)
{
    const Organisation &org = *r.org;

    QHash<QString, QJsonObject> childObjects;
    QHash<QString, QString> own;
    for (const ChildRow &child : familyChildren(portal, r)) {
        childObjects.insert(child.id, childJson(portal, org, child));
        own.insert(child.id, child.firstName);
    }
    const QString in = placeholders(ids.size());
    QHash<qint64, QJsonArray> cardChildren;
    {
        QSqlQuery &q = portal.db.prepared(
            QStringLiteral("SELECT card_id, child_id FROM card_children WHERE card_id IN (%1) ORDER BY child_id").arg(in));
        q.finish();
        for (qsizetype i = 0; i < ids.size(); ++i)
            q.bindValue(int(i), ids.at(i));
        if (!q.exec())
            throw DatabaseError{QStringLiteral("card children query failed")};
        while (q.next()) {
            const auto child = childObjects.constFind(q.value(1).toString());
            if (child != childObjects.constEnd())
                cardChildren[q.value(0).toLongLong()].append(*child);
        }
        q.finish();
    }
    QHash<qint64, QJsonObject> journals;
    {
        QSqlQuery &q = portal.db.prepared(
            QStringLiteral("SELECT card_id, journal_id, child_id, written_by_name, written_by_type, day_rhythm,"
                           " journal_text, is_new, edited FROM journals WHERE card_id IN (%1)").arg(in));
        q.finish();
        for (qsizetype i = 0; i < ids.size(); ++i)
            q.bindValue(int(i), ids.at(i));
        if (!q.exec())
            throw DatabaseError{QStringLiteral("journals query failed")};
        while (q.next()) {
            const QString rhythm = q.value(5).toString();
            const QString text = q.value(6).toString();
            journals.insert(q.value(0).toLongLong(),
                            QJsonObject{{QStringLiteral("journalId"), q.value(1).toString()},
                                        {QStringLiteral("childId"), q.value(2).toString()},
                                        {QStringLiteral("writtenByName"), q.value(3).toString()},
                                        {QStringLiteral("writtenByType"), q.value(4).toString()},
                                        {QStringLiteral("dayRythmContent"), rhythm},
                                        {QStringLiteral("journalContent"), text},
                                        // The portal shows rhythm then text; HA's fixture agrees.
                                        {QStringLiteral("content"), rhythm + text},
                                        {QStringLiteral("attachmentContentItems"), QJsonArray()},
                                        {QStringLiteral("isNew"), q.value(7).toInt() != 0},
                                        {QStringLiteral("edited"), q.value(8).toInt() != 0}});
        }
        q.finish();
    }
    const QHash<qint64, QJsonArray> photos = photosOf(portal, org, QStringLiteral("card_id"), ids, own);

    for (const Card &card : cards) {
        if (!ids.contains(card.id))
            continue;
        QJsonObject object{{QStringLiteral("date"), card.date},
                           {QStringLiteral("type"), card.type},
                           {QStringLiteral("children"), cardChildren.value(card.id)}};
        if (card.type == QLatin1String("journal")) {
            QJsonObject journal = journals.value(card.id);
            journal.insert(QStringLiteral("date"), card.date);
            journal.insert(QStringLiteral("photos"), photos.value(card.id));
            object.insert(QStringLiteral("journal"), journal);
        } else {
            object.insert(QStringLiteral("photos"), photos.value(card.id));
        }
        portal.renderedCards.cards.insert(card.id, QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
}

void addTimelineRoutes(Router &router, Portal &portal)
{
    router.get(QStringLiteral("/restservices-parent/timeline/cards/v2/{}"), Access::Parent,
               [&portal](Request &r) { return timeline(portal, r); });
}

} // namespace nestje::server
