// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Portal.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/routes/FamilyData.h"
#include "server/routes/Routes.h"

namespace nestje::server {

// P1: the parent account. Also the clients' cheap "is my token still valid?" probe.
static Reply parent(Portal &portal, Request &r)
{
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT fullname, email, phone, address FROM accounts WHERE id = ? AND org_id = ?"),
                                 {r.caller.accountId, r.org->id});
    if (!q.next()) {
        q.finish();
        return reply::notFound();
    }
    const QString fullname = q.value(0).toString();
    QJsonObject payload{
        {QStringLiteral("fullname"), fullname},
        {QStringLiteral("firstName"), fullname.section(QLatin1Char(' '), 0, 0)},
        {QStringLiteral("lastName"), fullname.section(QLatin1Char(' '), 1)},
        {QStringLiteral("emailAddress"), q.value(1).toString()},
        {QStringLiteral("phoneNumber"), q.value(2).toString()},
        {QStringLiteral("address"), q.value(3).toString()},
    };
    q.finish();
    return reply::envelope(payload);
}

// P2: the organisation. Locations, groups and team are Nestje extensions (documented as such).
static Reply customerInfo(Portal &portal, Request &r)
{
    const Organisation &org = *r.org;
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT name, address, phone, email, website FROM organisations WHERE id = ?"),
                                 {org.id});
    QJsonObject payload;
    if (q.next()) {
        payload = {{QStringLiteral("customerName"), q.value(0).toString()},
                   {QStringLiteral("name"), q.value(0).toString()},
                   {QStringLiteral("customerType"), org.kind},
                   {QStringLiteral("address"), q.value(1).toString()},
                   {QStringLiteral("phoneNumber"), q.value(2).toString()},
                   {QStringLiteral("emailAddress"), q.value(3).toString()},
                   {QStringLiteral("website"), q.value(4).toString()}};
    }
    q.finish();
    QJsonArray locations;
    QSqlQuery &l = portal.db.run(QStringLiteral("SELECT id, name, address, phone FROM locations WHERE org_id = ? ORDER BY id"), {org.id});
    while (l.next())
        locations.append(QJsonObject{{QStringLiteral("locationId"), l.value(0).toLongLong()},
                                     {QStringLiteral("name"), l.value(1).toString()},
                                     {QStringLiteral("address"), l.value(2).toString()},
                                     {QStringLiteral("phoneNumber"), l.value(3).toString()}});
    l.finish();
    payload.insert(QStringLiteral("locations"), locations);
    return reply::envelope(payload);
}

static Reply children(Portal &portal, Request &r)
{
    QJsonArray active;
    QJsonArray inactive;
    for (const ChildRow &child : familyChildren(portal, r))
        (child.active ? active : inactive).append(childJson(portal, *r.org, child));
    return reply::envelope(QJsonObject{{QStringLiteral("activeChildren"), active},
                                       {QStringLiteral("inactiveChildren"), inactive}});
}

// P5: unread counters. Bare, as in the reference's fixtures.
static Reply notifications(Portal &portal, Request &r)
{
    const qint64 messages = portal.db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM threads WHERE family_id = ? AND org_id = ? AND unread = 1"),
        {r.caller.familyId, r.org->id}).toLongLong();
    const qint64 news = portal.db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM html_contents h WHERE h.org_id = ? AND h.kind = 'news' AND NOT EXISTS"
                       " (SELECT 1 FROM content_reads x WHERE x.account_id = ? AND x.kind = 'news' AND x.item_id = h.id)"),
        {r.org->id, r.caller.accountId}).toLongLong();
    const qint64 newsletters = portal.db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM newsletters n WHERE n.org_id = ? AND NOT EXISTS"
                       " (SELECT 1 FROM content_reads x WHERE x.account_id = ? AND x.kind = 'newsletter' AND x.item_id = n.id)"),
        {r.org->id, r.caller.accountId}).toLongLong();
    const qint64 journals = portal.db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM journals j JOIN cards c ON c.id = j.card_id WHERE c.family_id = ? AND j.is_new = 1"),
        {r.caller.familyId}).toLongLong();
    const qint64 photos = portal.db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM photos p JOIN cards c ON c.id = p.card_id WHERE c.family_id = ? AND p.is_new = 1"),
        {r.caller.familyId}).toLongLong();
    // Extension: the newest message the family can see, so a client can tell a reply in a
    // conversation that is unread already (the counter stays as it was).
    const qint64 lastMessage = portal.db.scalar(
        QStringLiteral("SELECT COALESCE(MAX(m.id), 0) FROM threads t JOIN thread_messages m ON m.thread_id = t.id"
                       " WHERE t.family_id = ? AND t.org_id = ?"),
        {r.caller.familyId, r.org->id}).toLongLong();
    return reply::json(QJsonObject{{QStringLiteral("nrOfNewMessages"), messages},
                                   {QStringLiteral("nrOfNewNewsItems"), news},
                                   {QStringLiteral("nrOfNewNewsletters"), newsletters},
                                   {QStringLiteral("nrOfNewJournals"), journals},
                                   {QStringLiteral("nrOfNewPhotos"), photos},
                                   {QStringLiteral("lastMessageId"), lastMessage}});
}

void addAccountRoutes(Router &router, Portal &portal)
{
    router.get(QStringLiteral("/restservices-parent/parent"), Access::Parent,
               [&portal](Request &r) { return parent(portal, r); });
    router.get(QStringLiteral("/restservices-parent/customer/info"), Access::Parent,
               [&portal](Request &r) { return customerInfo(portal, r); });
    router.get(QStringLiteral("/restservices-parent/children/"), Access::Parent,
               [&portal](Request &r) { return children(portal, r); });
    router.get(QStringLiteral("/restservices-parent/notification/notifications"), Access::Parent,
               [&portal](Request &r) { return notifications(portal, r); });
}

} // namespace nestje::server
