// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Portal.h"
#include "server/http/Params.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/routes/Routes.h"

#include <QJsonDocument>

namespace nestje::server {

static constexpr int newsletterPageSize = 10;

// P8: {moreItems, newsletterItems}, bare as in the fixtures. `index` is treated as an item
// offset like every other paged route (clients only ever send 0).
static Reply newsletters(Portal &portal, Request &r)
{
    qint64 offset = 0;
    if (r.query.hasQueryItem(QStringLiteral("index"))) {
        offset = params::nonNegative(r.query.queryItemValue(QStringLiteral("index")));
        if (offset < 0)
            return reply::badRequest(QStringLiteral("index must be a non-negative integer"));
    }
    QSqlQuery &q = portal.db.run(
        QStringLiteral("SELECT n.id, n.subject, n.snippet, n.send_ms, (SELECT COUNT(*) FROM content_reads x"
                       " WHERE x.account_id = ? AND x.kind = 'newsletter' AND x.item_id = n.id)"
                       " FROM newsletters n WHERE n.org_id = ? ORDER BY n.send_ms DESC, n.id DESC LIMIT ? OFFSET ?"),
        {r.caller.accountId, r.org->id, newsletterPageSize + 1, offset});
    QJsonArray items;
    bool more = false;
    while (q.next()) {
        if (items.size() == newsletterPageSize) {
            more = true;
            break;
        }
        items.append(QJsonObject{{QStringLiteral("generatedHtmlNewsLetterId"), q.value(0).toLongLong()},
                                 {QStringLiteral("mailSubject"), q.value(1).toString()},
                                 {QStringLiteral("contentSnippet"), q.value(2).toString()},
                                 {QStringLiteral("sendDate"), q.value(3).toLongLong()},
                                 {QStringLiteral("unread"), q.value(4).toInt() == 0}});
    }
    q.finish();
    return reply::json(QJsonObject{{QStringLiteral("moreItems"), more}, {QStringLiteral("newsletterItems"), items}});
}

// P9: {fullSource}: a complete HTML document.
static Reply newsletter(Portal &portal, Request &r)
{
    const qint64 id = params::nonNegative(r.params.at(0));
    if (id < 0)
        return reply::badRequest(QStringLiteral("newsletter id must be a number"));
    const QVariant source = portal.db.scalar(
        QStringLiteral("SELECT full_source FROM newsletters WHERE id = ? AND org_id = ?"), {id, r.org->id});
    if (!source.isValid())
        return reply::notFound();
    return reply::json(QJsonObject{{QStringLiteral("fullSource"), source.toString()}});
}

static QJsonArray contentList(Portal &portal, Request &r, const QString &kind)
{
    QSqlQuery &q = portal.db.run(
        QStringLiteral("SELECT h.id, h.title, h.snippet, h.publish_ms, (SELECT COUNT(*) FROM content_reads x"
                       " WHERE x.account_id = ? AND x.kind = 'news' AND x.item_id = h.id)"
                       " FROM html_contents h WHERE h.org_id = ? AND h.kind = ? ORDER BY h.publish_ms DESC, h.id DESC"),
        {r.caller.accountId, r.org->id, kind});
    QJsonArray items;
    while (q.next()) {
        QJsonObject item{{QStringLiteral("htmlContentId"), q.value(0).toLongLong()},
                         {QStringLiteral("title"), q.value(1).toString()}};
        if (kind == QLatin1String("news")) {
            item.insert(QStringLiteral("contentSnippet"), q.value(2).toString());
            item.insert(QStringLiteral("publishDate"), q.value(3).toLongLong());
            item.insert(QStringLiteral("isNew"), q.value(4).toInt() == 0);
        }
        items.append(item);
    }
    q.finish();
    return items;
}

// P11: the column layouts of a news article or information page. Image parts are stored with
// a media id and get fresh signed links here.
static Reply container(Portal &portal, Request &r)
{
    const qint64 id = params::nonNegative(r.params.at(0));
    if (id < 0)
        return reply::badRequest(QStringLiteral("htmlContentId must be a number"));
    if (!portal.db.scalar(QStringLiteral("SELECT id FROM html_contents WHERE id = ? AND org_id = ?"), {id, r.org->id}).isValid())
        return reply::notFound();
    QSqlQuery &q = portal.db.run(
        QStringLiteral("SELECT item_type, parts FROM html_items WHERE content_id = ? ORDER BY position"), {id});
    QList<QPair<QString, QJsonArray>> rows;
    while (q.next())
        rows.append({q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toByteArray()).array()});
    q.finish();
    QJsonArray items;
    for (const auto &row : std::as_const(rows)) {
        QJsonArray parts;
        for (const QJsonValue &value : row.second) {
            QJsonObject part = value.toObject();
            const QString mediaId = part.take(QStringLiteral("mediaId")).toString();
            const QString attachment = part.take(QStringLiteral("attachmentMediaId")).toString();
            if (!attachment.isEmpty()) {
                // Nestje extension: a downloadable file, named like the app bundle's `awsUrl`.
                part.insert(QStringLiteral("content"), QJsonValue::Null);
                part.insert(QStringLiteral("awsUrl"), portal.mediaUrl(*r.org, attachment + QStringLiteral(".pdf")));
                part.insert(QStringLiteral("contentType"), QStringLiteral("application/pdf"));
            }
            if (!mediaId.isEmpty()) {
                part.insert(QStringLiteral("content"), QJsonValue::Null);
                part.insert(QStringLiteral("containsVideo"), false);
                part.insert(QStringLiteral("isLoggedInAsPhoto"), false);
                part.insert(QStringLiteral("awsResourcePhoto"), portal.mediaUrls(*r.org, mediaId));
            }
            parts.append(part);
        }
        items.append(QJsonObject{{QStringLiteral("itemType"), row.first}, {QStringLiteral("itemParts"), parts}});
    }
    return reply::json(QJsonObject{{QStringLiteral("items"), items}});
}

// Extension: "ons team", the staff who work on the groups where the family's children are
// placed (a child's own group and the groups of its placements), plus the staff who belong to
// no group (the location manager: the parents' point of contact), with avatars and a short bio.
// Staff of the organisation's other groups are not the family's business.
static Reply team(Portal &portal, Request &r)
{
    QSqlQuery &q = portal.db.run(
        QStringLiteral("SELECT e.id, e.fullname, e.role, e.bio, e.avatar_media, g.name FROM employees e"
                       " LEFT JOIN child_groups g ON g.id = e.group_id WHERE e.org_id = ? AND (e.group_id IS NULL"
                       " OR e.group_id IN (SELECT c.group_id FROM children c WHERE c.family_id = ? AND c.org_id = ?"
                       " AND c.active = 1 AND c.group_id IS NOT NULL)"
                       " OR e.group_id IN (SELECT p.group_id FROM placements p JOIN children c ON c.id = p.child_id"
                       " WHERE c.family_id = ? AND c.org_id = ? AND c.active = 1 AND p.org_id = ?)) ORDER BY e.id"),
        {r.org->id, r.caller.familyId, r.org->id, r.caller.familyId, r.org->id, r.org->id});
    QList<QJsonObject> rows;
    QStringList avatars;
    while (q.next()) {
        rows.append(QJsonObject{{QStringLiteral("employeeId"), q.value(0).toLongLong()},
                                {QStringLiteral("fullname"), q.value(1).toString()},
                                {QStringLiteral("role"), q.value(2).toString()},
                                {QStringLiteral("bio"), q.value(3).toString()},
                                {QStringLiteral("groupName"), q.value(5).toString()}});
        avatars.append(q.value(4).toString());
    }
    q.finish();
    QJsonArray list;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i);
        row.insert(QStringLiteral("avatars"), avatars.at(i).isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(portal.mediaUrls(*r.org, avatars.at(i))));
        list.append(row);
    }
    return reply::envelope(list);
}

void addContentRoutes(Router &router, Portal &portal)
{
    router.get(QStringLiteral("/restservices-parent/newsletter"), Access::Parent,
               [&portal](Request &r) { return newsletters(portal, r); });
    router.get(QStringLiteral("/restservices-parent/newsletter/generated/{}"), Access::Parent,
               [&portal](Request &r) { return newsletter(portal, r); });
    router.get(QStringLiteral("/restservices-parent/htmlnews/view"), Access::Parent, [&portal](Request &r) {
        return reply::envelope(QJsonObject{{QStringLiteral("newsItems"), contentList(portal, r, QStringLiteral("news"))}},
                               QJsonArray());
    });
    router.get(QStringLiteral("/restservices-parent/htmlcontent/container/{}"), Access::Parent,
               [&portal](Request &r) { return container(portal, r); });
    // Extensions (protocol §6.2): information pages and the team.
    router.get(QStringLiteral("/restservices-parent/htmlcontent/pages"), Access::Parent, [&portal](Request &r) {
        return reply::envelope(contentList(portal, r, QStringLiteral("page")));
    });
    router.get(QStringLiteral("/restservices-parent/team"), Access::Parent,
               [&portal](Request &r) { return team(portal, r); });
}

} // namespace nestje::server
