// SPDX-License-Identifier: GPL-3.0-or-later
// Child details, consents, observations and the parent's diary (Nestje extensions,
// docs/api.md X29-X33). The manuals:
//   "Door te klikken op de naam van een kind, zie je informatie over het kind. Bijvoorbeeld wie
//    de mentor is, het type plaatsing en kun je toestemmingen en/of verklaringen wijzigen of invullen."
//   "Wanneer de kinderopvangorganisatie gebruik maakt van het kindvolgsysteem ... zie je per kind
//    de ingevulde observatieformulieren." (read-only)
//   "Je kunt ook zelf een dagverslag schrijven ... Dit verslag komt in het dagboek te staan en is
//    zichtbaar voor de pedagogisch medewerkers." "Als ouder kan je ook foto's en video's toevoegen."
#include "server/Dates.h"
#include "server/Portal.h"
#include "server/http/Params.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/routes/RequestSupport.h"
#include "server/routes/Routes.h"
#include "server/routes/WriteSupport.h"

#include <QJsonDocument>

namespace nestje::server {

static Reply details(Portal &portal, Request &r)
{
    const auto child = familyChild(portal, r, r.params.at(0));
    if (!child)
        return reply::notFound();
    QJsonValue mentor = QJsonValue::Null;
    {
        QSqlQuery &q = portal.db.run(QStringLiteral("SELECT e.id, e.fullname, e.role, e.avatar_media FROM children c"
                                                    " JOIN employees e ON e.id = c.mentor_id WHERE c.id = ?"),
                                     {child->id});
        if (q.next()) {
            const QString avatar = q.value(3).toString();
            QJsonObject m{{QStringLiteral("employeeId"), q.value(0).toLongLong()},
                          {QStringLiteral("fullname"), q.value(1).toString()},
                          {QStringLiteral("role"), q.value(2).toString()}};
            q.finish();
            m.insert(QStringLiteral("avatars"), avatar.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(portal.mediaUrls(*r.org, avatar)));
            mentor = m;
        }
        q.finish();
    }
    QJsonArray placements;
    QSqlQuery &q = portal.db.run(
        QStringLiteral("SELECT p.id, p.product, p.care_type, p.flexible, p.start_day, p.end_day, g.id, g.name, l.id, l.name"
                       " FROM placements p JOIN child_groups g ON g.id = p.group_id JOIN locations l ON l.id = g.location_id"
                       " WHERE p.child_id = ? ORDER BY p.start_day, p.id"),
        {child->id});
    while (q.next())
        placements.append(QJsonObject{
            {QStringLiteral("placementId"), q.value(0).toLongLong()},
            {QStringLiteral("product"), q.value(1).toString()},
            {QStringLiteral("careType"), q.value(2).toString()},
            {QStringLiteral("flexible"), q.value(3).toInt() != 0},
            {QStringLiteral("startDate"), dates::localMs(QDate(q.value(4).toInt() / 10000, q.value(4).toInt() / 100 % 100, q.value(4).toInt() % 100))},
            {QStringLiteral("endDate"), q.value(5).isNull() ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(dates::localMs(QDate(q.value(5).toInt() / 10000, q.value(5).toInt() / 100 % 100, q.value(5).toInt() % 100)))},
            {QStringLiteral("group"), QJsonObject{{QStringLiteral("id"), q.value(6).toLongLong()}, {QStringLiteral("name"), q.value(7).toString()}}},
            {QStringLiteral("location"), QJsonObject{{QStringLiteral("id"), q.value(8).toLongLong()}, {QStringLiteral("name"), q.value(9).toString()}}}});
    q.finish();
    return reply::envelope(QJsonObject{{QStringLiteral("child"), childJson(portal, *r.org, *child)},
                                       {QStringLiteral("mentor"), mentor},
                                       {QStringLiteral("placements"), placements}});
}

static QJsonArray permissionList(Portal &portal, const QString &childId)
{
    QJsonArray list;
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT id, code, title, description, kind, granted, changeable, changed_ms FROM permissions"
                                                " WHERE child_id = ? ORDER BY id"),
                                 {childId});
    while (q.next())
        list.append(QJsonObject{{QStringLiteral("permissionId"), q.value(0).toLongLong()},
                                {QStringLiteral("code"), q.value(1).toString()},
                                {QStringLiteral("title"), q.value(2).toString()},
                                {QStringLiteral("description"), q.value(3).toString()},
                                {QStringLiteral("kind"), q.value(4).toString()},
                                {QStringLiteral("granted"), q.value(5).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(5).toInt() != 0)},
                                {QStringLiteral("changeable"), q.value(6).toInt() != 0},
                                {QStringLiteral("changedDate"), q.value(7).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(7).toLongLong())}});
    q.finish();
    return list;
}

static Reply permissions(Portal &portal, Request &r)
{
    if (auto off = requireModule(portal, r, QStringLiteral("permissions")))
        return *off;
    const auto child = familyChild(portal, r, r.params.at(0));
    if (!child)
        return reply::notFound();
    return reply::envelope(permissionList(portal, child->id));
}

// PUT permissions/{childId}/{permissionId} {granted}
static Reply changePermission(Portal &portal, Request &r)
{
    if (auto off = requireModule(portal, r, QStringLiteral("permissions")))
        return *off;
    const auto child = familyChild(portal, r, r.params.at(0));
    const qint64 id = params::nonNegative(r.params.at(1));
    if (id < 0)
        return reply::badRequest(QStringLiteral("permissionId must be a number"));
    if (!child)
        return reply::notFound();
    const Body body = jsonBody(r);
    if (body.error)
        return *body.error;
    if (!body.object.value(QLatin1String("granted")).isBool())
        return reply::badRequest(QStringLiteral("granted must be a boolean"));
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT title, changeable FROM permissions WHERE id = ? AND child_id = ?"), {id, child->id});
    if (!q.next()) {
        q.finish();
        return reply::notFound();
    }
    const QString title = q.value(0).toString();
    const bool changeable = q.value(1).toInt() != 0;
    q.finish();
    if (!changeable)
        return reply::refusal(QStringLiteral("nestje.permission.not_changeable"),
                              QStringLiteral("\"%1\" kun je niet zelf wijzigen; neem hiervoor contact op met de organisatie.").arg(title));
    portal.db.run(QStringLiteral("UPDATE permissions SET granted = ?, changed_ms = ? WHERE id = ?"),
                  {body.object.value(QLatin1String("granted")).toBool() ? 1 : 0, portal.now(), id});
    return reply::envelope(permissionList(portal, child->id));
}

static Reply observations(Portal &portal, Request &r)
{
    if (auto off = requireModule(portal, r, QStringLiteral("observations")))
        return *off;
    const auto child = familyChild(portal, r, r.params.at(0));
    if (!child)
        return reply::notFound();
    QJsonArray list;
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT id, title, form_date, author, sections FROM observations WHERE child_id = ?"
                                                " ORDER BY form_date DESC, id DESC"),
                                 {child->id});
    while (q.next())
        list.append(QJsonObject{{QStringLiteral("observationId"), q.value(0).toLongLong()},
                                {QStringLiteral("title"), q.value(1).toString()},
                                {QStringLiteral("date"), q.value(2).toLongLong()},
                                {QStringLiteral("author"), q.value(3).toString()},
                                {QStringLiteral("sections"), QJsonDocument::fromJson(q.value(4).toByteArray()).array()}});
    q.finish();
    return reply::envelope(list);
}

// PUT journal/{childId}/{YYYYMMDD} {journalContent, photoIds?}: a journal card written by the
// parent (writtenByType timeline.card_journal_header_type.parent), for a day up to today.
static Reply writeDiary(Portal &portal, Request &r)
{
    if (auto off = requireModule(portal, r, QStringLiteral("diary")))
        return *off;
    const auto child = familyChild(portal, r, r.params.at(0));
    const QDate date = dates::parsePathDate(r.params.at(1));
    if (!date.isValid())
        return reply::badRequest(QStringLiteral("expected journal/<childId>/<YYYYMMDD>"));
    if (!child)
        return reply::notFound();
    const Body body = jsonBody(r);
    if (body.error)
        return *body.error;
    std::optional<Reply> error;
    QString text;
    QStringList photoIds;
    if (!stringField(body.object, QStringLiteral("journalContent"), &text, &error)
        || !stringListField(body.object, QStringLiteral("photoIds"), &photoIds, &error))
        return *error;
    if (text.isEmpty() && photoIds.isEmpty())
        return reply::refusal(QStringLiteral("nestje.diary.empty"), QStringLiteral("Schrijf een stukje tekst of voeg een foto toe."));
    if (text.size() > 10000)
        return reply::refusal(QStringLiteral("nestje.diary.too_long"), QStringLiteral("Het verslag is te lang: maximaal 10000 tekens."));
    const QDate today = dates::localDate(portal.now());
    if (date > today)
        return reply::refusal(QStringLiteral("nestje.diary.future"), QStringLiteral("Een dagverslag schrijf je voor vandaag of een dag die al geweest is."));
    if (date < today.addDays(-31))
        return reply::refusal(QStringLiteral("nestje.diary.too_old"), QStringLiteral("Een dagverslag kun je tot een maand terug schrijven."));
    const qint64 card = nextId(portal, QStringLiteral("cards"));
    const qint64 dayMs = dates::localMs(date);
    portal.db.run(QStringLiteral("INSERT INTO cards (id, org_id, family_id, type, date_ms) VALUES (?, ?, ?, 'journal', ?)"),
                  {card, r.org->id, r.caller.familyId, dayMs});
    portal.db.run(QStringLiteral("INSERT INTO card_children (card_id, child_id) VALUES (?, ?)"), {card, child->id});
    const QString journalId = QStringLiteral("j%1").arg(card);
    portal.db.run(QStringLiteral("INSERT INTO journals (card_id, journal_id, child_id, written_by_name, written_by_type, day_rhythm,"
                                 " journal_text, is_new, edited) VALUES (?, ?, ?, ?, 'timeline.card_journal_header_type.parent', '', ?, 0, 0)"),
                  {card, journalId, child->id, accountName(portal, r), plainTextToHtml(text)});
    if (auto refused = attachUploads(portal, r, photoIds, QStringLiteral("card_id"), card, dayMs, child->id))
        return *refused;
    return reply::envelope(QJsonObject{{QStringLiteral("journalId"), journalId}, {QStringLiteral("date"), dayMs}});
}

// PUT photo/{photoId}/like {liked}: the `liked` flag of the timeline photo.
static Reply likePhoto(Portal &portal, Request &r)
{
    const Body body = jsonBody(r);
    if (body.error)
        return *body.error;
    if (!body.object.value(QLatin1String("liked")).isBool())
        return reply::badRequest(QStringLiteral("liked must be a boolean"));
    const QVariant own = portal.db.scalar(QStringLiteral("SELECT p.id FROM photos p LEFT JOIN cards c ON c.id = p.card_id"
                                                         " LEFT JOIN thread_messages m ON m.id = p.message_id LEFT JOIN threads t ON t.id = m.thread_id"
                                                         " WHERE p.id = ? AND (c.family_id = ? OR t.family_id = ?)"),
                                          {r.params.at(0), r.caller.familyId, r.caller.familyId});
    if (!own.isValid())
        return reply::notFound();
    const bool liked = body.object.value(QLatin1String("liked")).toBool();
    portal.db.run(QStringLiteral("UPDATE photos SET liked = ? WHERE id = ?"), {liked ? 1 : 0, r.params.at(0)});
    return reply::envelope(QJsonObject{{QStringLiteral("id"), r.params.at(0)}, {QStringLiteral("liked"), liked}});
}

void addChildRoutes(Router &router, Portal &portal)
{
    router.get(QStringLiteral("/restservices-parent/child/{}/details"), Access::Parent, [&portal](Request &r) { return details(portal, r); });
    router.get(QStringLiteral("/restservices-parent/permissions/{}"), Access::Parent, [&portal](Request &r) { return permissions(portal, r); });
    router.put(QStringLiteral("/restservices-parent/permissions/{}/{}"), Access::Parent,
               [&portal](Request &r) { return changePermission(portal, r); });
    router.get(QStringLiteral("/restservices-parent/observations/{}"), Access::Parent, [&portal](Request &r) { return observations(portal, r); });
    router.put(QStringLiteral("/restservices-parent/journal/{}/{}"), Access::Parent, [&portal](Request &r) { return writeDiary(portal, r); });
    router.put(QStringLiteral("/restservices-parent/photo/{}/like"), Access::Parent, [&portal](Request &r) { return likePhoto(portal, r); });
}

} // namespace nestje::server
