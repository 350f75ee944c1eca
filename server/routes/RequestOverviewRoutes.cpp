// SPDX-License-Identifier: GPL-3.0-or-later
// Aanvragenoverzicht and Tegoeden (Nestje extensions, docs/api.md X22, X27, X28). The manuals:
//   "Bij het aanvragenoverzicht wordt er een overzicht getoond van alle aanvragen en
//    afwezigheden die zijn doorgegeven."
//   "Aanvragen doe je op gezinsniveau. Annuleren gaat per kind individueel."
//   "Is het niet meer toegestaan de aanvraag te annuleren, dan lees je de reden bij de aanvraag."
//   "Annuleer je een aanvraag die je gedaan hebt voor een periode, dan wordt de annulering
//    toegepast op de gehele aangevraagde periode."
//   "Flexibele en extra aangevraagde opvang kunnen geannuleerd worden tot een bepaalde termijn.
//    Het tegoed wordt dan teruggestort."
//   "Als een tegoed al (gedeeltelijk) ingezet is, zie je voor welke aanvraag dit is. ... Als het
//    tegoed verlopen of verbruikt is, wordt dit aangegeven."
#include "server/Dates.h"
#include "server/Portal.h"
#include "server/http/Params.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/planning/Planner.h"
#include "server/planning/RequestBook.h"
#include "server/routes/RequestSupport.h"
#include "server/routes/Routes.h"
#include "server/routes/WriteSupport.h"

namespace nestje::server {

// GET request/overview/{from}/{to}: requests with a booking in the window, newest first.
static Reply overview(Portal &portal, Request &r)
{
    const QDate from = dates::parsePathDate(r.params.at(0));
    const QDate to = dates::parsePathDate(r.params.at(1));
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 800)
        return reply::badRequest(QStringLiteral("expected request/overview/<YYYYMMDD>/<YYYYMMDD>"));
    QList<qint64> ids;
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT r.id FROM requests r WHERE r.family_id = ? AND r.org_id = ? AND EXISTS"
                                                " (SELECT 1 FROM bookings b WHERE b.request_id = r.id AND b.day >= ? AND b.day <= ?)"
                                                " ORDER BY r.created_ms DESC, r.id DESC"),
                                 {r.caller.familyId, r.org->id, dates::dayKey(from), dates::dayKey(to)});
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    Planner planner(portal, *r.org);
    QJsonArray list;
    for (qint64 id : std::as_const(ids))
        list.append(requests::requestJson(portal, planner, id));
    return reply::envelope(list);
}

static qint64 ownRequest(Portal &portal, const Request &r, std::optional<Reply> *error)
{
    const qint64 id = params::nonNegative(r.params.at(0));
    if (id < 0) {
        *error = reply::badRequest(QStringLiteral("the request id must be a number"));
        return 0;
    }
    if (!portal.db.scalar(QStringLiteral("SELECT 1 FROM requests WHERE id = ? AND family_id = ? AND org_id = ?"),
                          {id, r.caller.familyId, r.org->id}).isValid()) {
        *error = reply::notFound();
        return 0;
    }
    return id;
}

static Reply detail(Portal &portal, Request &r)
{
    std::optional<Reply> error;
    const qint64 id = ownRequest(portal, r, &error);
    if (!id)
        return *error;
    Planner planner(portal, *r.org);
    return reply::envelope(requests::requestJson(portal, planner, id));
}

// PUT request/{id}/cancel {childId?}
static Reply cancel(Portal &portal, Request &r)
{
    std::optional<Reply> error;
    const qint64 id = ownRequest(portal, r, &error);
    if (!id)
        return *error;
    const Body body = jsonBody(r, true);
    if (body.error)
        return *body.error;
    QString childId;
    if (!stringField(body.object, QStringLiteral("childId"), &childId, &error))
        return *error;
    QStringList children;
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT DISTINCT child_id FROM bookings WHERE request_id = ?"), {id});
    while (q.next())
        children.append(q.value(0).toString());
    q.finish();
    if (childId.isEmpty()) {
        if (children.size() != 1)
            return reply::refusal(QStringLiteral("nestje.request.choose_child"),
                                  QStringLiteral("Annuleren gaat per kind: kies voor welk kind je wilt annuleren."));
        childId = children.first();
    }
    if (!children.contains(childId))
        return reply::notFound();
    Planner planner(portal, *r.org);
    if (const auto blocker = requests::cancelBlocker(portal, planner, id, childId))
        return reply::refusal(QStringLiteral("nestje.request.cancel_not_allowed"), *blocker);
    requests::cancelChild(portal, planner, id, childId);
    requests::notifyIfDone(portal, id);
    return reply::envelope(requests::requestJson(portal, planner, id));
}

static QJsonObject creditJson(Portal &portal, const Planner &planner, const Planner::Credit &c)
{
    const QDate today = dates::localDate(planner.now());
    QJsonArray history;
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT h.kind, h.amount, h.at_ms, h.description, h.booking_id, b.request_id, b.day"
                                                " FROM credit_history h LEFT JOIN bookings b ON b.id = h.booking_id"
                                                " WHERE h.credit_id = ? ORDER BY h.at_ms, h.id"),
                                 {c.id});
    while (q.next())
        history.append(QJsonObject{{QStringLiteral("kind"), q.value(0).toString()},
                                   {QStringLiteral("amount"), q.value(1).toDouble()},
                                   {QStringLiteral("date"), q.value(2).toLongLong()},
                                   {QStringLiteral("description"), q.value(3).toString()},
                                   {QStringLiteral("requestId"), q.value(5).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(5).toLongLong())},
                                   {QStringLiteral("bookingDate"), q.value(6).isNull() ? QJsonValue(QJsonValue::Null)
                                                                                       : QJsonValue(dates::localMs(dateOfKey(q.value(6).toInt())))}});
    q.finish();
    const QString status = today > c.validUntil ? QStringLiteral("expired")
                         : (c.remaining <= 1e-9 ? QStringLiteral("used") : QStringLiteral("usable"));
    const QString statusLabel = status == QLatin1String("expired") ? QStringLiteral("Verlopen")
                              : (status == QLatin1String("used") ? QStringLiteral("Verbruikt") : QStringLiteral("Bruikbaar"));
    return {{QStringLiteral("creditId"), c.id},
            {QStringLiteral("type"), c.type},
            {QStringLiteral("typeLabel"), c.label},
            {QStringLiteral("usableFor"), c.usableFor},
            {QStringLiteral("holidayOnly"), c.holidayOnly},
            {QStringLiteral("total"), c.total},
            {QStringLiteral("remaining"), c.remaining},
            {QStringLiteral("unit"), planner.unit()},
            {QStringLiteral("validFrom"), dates::localMs(c.validFrom)},
            {QStringLiteral("validUntil"), dates::localMs(c.validUntil)},
            {QStringLiteral("status"), status},
            {QStringLiteral("statusLabel"), statusLabel},
            {QStringLiteral("history"), history}};
}

static QJsonObject childCredits(Portal &portal, const Planner &planner, const ChildRow &child)
{
    QJsonArray list;
    double usable = 0;
    const QDate today = dates::localDate(planner.now());
    for (const Planner::Credit &c : planner.credits(child.id)) {
        list.append(creditJson(portal, planner, c));
        if (today <= c.validUntil)
            usable += c.remaining;
    }
    return {{QStringLiteral("childId"), child.id}, {QStringLiteral("firstName"), child.firstName},
            {QStringLiteral("usableTotal"), usable}, {QStringLiteral("credits"), list}};
}

// GET credits and credits/{childId}
static Reply credits(Portal &portal, Request &r, bool oneChild)
{
    if (auto off = requireModule(portal, r, QStringLiteral("credits")))
        return *off;
    Planner planner(portal, *r.org);
    if (oneChild) {
        const auto child = familyChild(portal, r, r.params.at(0));
        if (!child)
            return reply::notFound();
        return reply::envelope(childCredits(portal, planner, *child));
    }
    QJsonArray children;
    for (const ChildRow &child : familyChildren(portal, r))
        children.append(childCredits(portal, planner, child));
    return reply::envelope(QJsonObject{{QStringLiteral("unit"), planner.unit()}, {QStringLiteral("children"), children}});
}

void addRequestOverviewRoutes(Router &router, Portal &portal)
{
    router.get(QStringLiteral("/restservices-parent/request/overview/{}/{}"), Access::Parent,
               [&portal](Request &r) { return overview(portal, r); });
    router.get(QStringLiteral("/restservices-parent/request/{}"), Access::Parent, [&portal](Request &r) { return detail(portal, r); });
    router.put(QStringLiteral("/restservices-parent/request/{}/cancel"), Access::Parent, [&portal](Request &r) { return cancel(portal, r); });
    router.get(QStringLiteral("/restservices-parent/credits"), Access::Parent, [&portal](Request &r) { return credits(portal, r, false); });
    router.get(QStringLiteral("/restservices-parent/credits/{}"), Access::Parent, [&portal](Request &r) { return credits(portal, r, true); });
}

} // namespace nestje::server
