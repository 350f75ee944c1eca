// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Dates.h"
#include "server/Portal.h"
#include "server/http/Params.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/media/MediaStore.h"
#include "server/routes/FamilyData.h"
#include "server/routes/Routes.h"

namespace nestje::server {

static constexpr int overviewPageSize = 20;
static constexpr int overviewRangeLimit = 500;

// P6: bare array of threads, newest first. `?index=` is an item offset (DN adds the rows it
// received); `?from=YYYYMMDD&to=YYYYMMDD` (KC) selects by latest-message date, inclusive.
static Reply overview(Portal &portal, Request &r)
{
    const QString indexText = r.query.queryItemValue(QStringLiteral("index"));
    const QString fromText = r.query.queryItemValue(QStringLiteral("from"));
    const QString toText = r.query.queryItemValue(QStringLiteral("to"));
    qint64 offset = 0;
    qint64 limit = overviewPageSize;
    qint64 fromMs = 0;
    qint64 toMs = std::numeric_limits<qint64>::max();
    if (r.query.hasQueryItem(QStringLiteral("index"))) {
        offset = params::nonNegative(indexText);
        if (offset < 0)
            return reply::badRequest(QStringLiteral("index must be a non-negative integer"));
    }
    if (r.query.hasQueryItem(QStringLiteral("from")) || r.query.hasQueryItem(QStringLiteral("to"))) {
        const QDate from = dates::parsePathDate(fromText);
        const QDate to = dates::parsePathDate(toText);
        if (!from.isValid() || !to.isValid() || to < from)
            return reply::badRequest(QStringLiteral("from and to must be YYYYMMDD dates, from <= to"));
        fromMs = dates::localMs(from);
        toMs = dates::localMs(to.addDays(1)) - 1;
        if (!r.query.hasQueryItem(QStringLiteral("index")))
            limit = overviewRangeLimit;
    }
    QSqlQuery &q = portal.db.run(
        QStringLiteral("SELECT t.id, t.subject, t.unread, t.last_date, m.message, m.written_by, m.from_parent,"
                       " t.child_id, t.group_id, (SELECT g.name FROM child_groups g WHERE g.id = t.group_id)"
                       " FROM threads t JOIN thread_messages m ON m.id ="
                       " (SELECT x.id FROM thread_messages x WHERE x.thread_id = t.id ORDER BY x.date_ms DESC, x.id DESC LIMIT 1)"
                       " WHERE t.family_id = ? AND t.org_id = ? AND t.last_date >= ? AND t.last_date <= ?"
                       " ORDER BY t.last_date DESC, t.id DESC LIMIT ? OFFSET ?"),
        {r.caller.familyId, r.org->id, fromMs, toMs, limit, offset});
    QJsonArray rows;
    while (q.next()) {
        rows.append(QJsonObject{{QStringLiteral("logMessageMessageId"), q.value(0).toLongLong()},
                                {QStringLiteral("subject"), q.value(1).toString()},
                                {QStringLiteral("message"), q.value(4).toString()},
                                {QStringLiteral("date"), q.value(3).toLongLong()},
                                {QStringLiteral("lastWritten"), q.value(5).toString()},
                                {QStringLiteral("unread"), q.value(2).toInt() != 0},
                                {QStringLiteral("lastFromParent"), q.value(6).toInt() != 0},
                                {QStringLiteral("childId"), q.value(7).toString()},
                                // "Het is direct duidelijk over welk kind en/of welke groep het bericht gaat"
                                {QStringLiteral("groupId"), q.value(8).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(8).toLongLong())},
                                {QStringLiteral("groupName"), q.value(9).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(9).toString())}});
    }
    q.finish();
    return reply::json(rows);
}

// The files staff attached to these messages (Nestje extension of P7's attachmentContentItems,
// in the shape of P11's attachment part): {id, fileName, awsUrl (signed, like a photo's links),
// contentType}, in their order.
static QHash<qint64, QJsonArray> filesOf(Portal &portal, const Organisation &org, const QList<qint64> &messageIds)
{
    QHash<qint64, QJsonArray> files;
    if (messageIds.isEmpty())
        return files;
    QSqlQuery &q = portal.db.prepared(
        QStringLiteral("SELECT f.message_id, m.id, m.file_name, m.kind, m.mime FROM message_files f"
                       " JOIN media m ON m.id = f.media_id WHERE f.message_id IN (%1) AND m.org_id = ?"
                       " ORDER BY f.message_id, f.position")
            .arg(placeholders(messageIds.size())));
    q.finish();
    for (qsizetype i = 0; i < messageIds.size(); ++i)
        q.bindValue(int(i), messageIds.at(i));
    q.bindValue(int(messageIds.size()), org.id);
    if (!q.exec())
        throw DatabaseError{QStringLiteral("message files query failed")};
    while (q.next()) {
        const QString media = q.value(1).toString();
        const QString mime = q.value(4).toString();
        files[q.value(0).toLongLong()].append(QJsonObject{
            {QStringLiteral("id"), media},
            {QStringLiteral("content"), QJsonValue::Null},
            {QStringLiteral("fileName"), q.value(2).toString()},
            {QStringLiteral("awsUrl"),
             portal.mediaUrl(org, media + QLatin1Char('.') + MediaStore::extensionFor(q.value(3).toString(), mime))},
            {QStringLiteral("contentType"), mime}});
    }
    q.finish();
    return files;
}

// P7: bare {summary, messages}, messages oldest first. Reading does not mark the thread read
// (unverified on the real portal; marking read is an explicit extension call).
static Reply details(Portal &portal, Request &r)
{
    const qint64 id = params::nonNegative(r.params.at(0));
    const int withSummary = params::boolean(r.params.at(1));
    if (id < 0 || withSummary < 0)
        return reply::badRequest(QStringLiteral("expected logbook/details/<number>/summary/<true|false>"));
    QSqlQuery &t = portal.db.run(
        QStringLiteral("SELECT t.subject, t.child_id, c.first_name, t.unread, t.group_id,"
                       " (SELECT g.name FROM child_groups g WHERE g.id = t.group_id) FROM threads t JOIN children c ON c.id = t.child_id"
                       " WHERE t.id = ? AND t.family_id = ? AND t.org_id = ?"),
        {id, r.caller.familyId, r.org->id});
    if (!t.next()) {
        t.finish();
        return reply::notFound(); // also for another family's thread: no hint that it exists
    }
    const QString subject = t.value(0).toString();
    const QString childId = t.value(1).toString();
    const QString childFirstName = t.value(2).toString();
    const bool unread = t.value(3).toInt() != 0;
    const QJsonValue groupId = t.value(4).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.value(4).toLongLong());
    const QJsonValue groupName = t.value(5).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.value(5).toString());
    t.finish();

    QList<qint64> messageIds;
    QList<QJsonObject> messages;
    QSqlQuery &m = portal.db.run(QStringLiteral("SELECT id, message, written_by, date_ms, from_parent FROM thread_messages"
                                                " WHERE thread_id = ? ORDER BY date_ms, id"),
                                 {id});
    while (m.next()) {
        messageIds.append(m.value(0).toLongLong());
        messages.append(QJsonObject{{QStringLiteral("messageId"), m.value(0).toLongLong()},
                                    {QStringLiteral("message"), m.value(1).toString()},
                                    {QStringLiteral("writtenBy"), m.value(2).toString()},
                                    {QStringLiteral("date"), m.value(3).toLongLong()},
                                    {QStringLiteral("childFirstName"), childFirstName},
                                    {QStringLiteral("fromParent"), m.value(4).toInt() != 0}});
    }
    m.finish();
    const QHash<qint64, QJsonArray> files = filesOf(portal, *r.org, messageIds);
    QHash<QString, QString> own;
    for (const ChildRow &child : familyChildren(portal, r))
        own.insert(child.id, child.firstName);
    const QHash<qint64, QJsonArray> photos = photosOf(portal, *r.org, QStringLiteral("message_id"), messageIds, own);
    QJsonArray list;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QJsonObject message = messages.at(i);
        message.insert(QStringLiteral("photos"), photos.value(messageIds.at(i)));
        message.insert(QStringLiteral("attachmentContentItems"), files.value(messageIds.at(i)));
        list.append(message);
    }
    QJsonObject body{{QStringLiteral("messages"), list}};
    if (withSummary)
        body.insert(QStringLiteral("summary"), QJsonObject{{QStringLiteral("logMessageMessageId"), id},
                                                           {QStringLiteral("subject"), subject},
                                                           {QStringLiteral("childId"), childId},
                                                           {QStringLiteral("childFirstName"), childFirstName},
                                                           {QStringLiteral("unread"), unread},
                                                           {QStringLiteral("groupId"), groupId},
                                                           {QStringLiteral("groupName"), groupName}});
    return reply::json(body);
}

void addMessageRoutes(Router &router, Portal &portal)
{
    router.get(QStringLiteral("/restservices-parent/logbook/overview"), Access::Parent,
               [&portal](Request &r) { return overview(portal, r); });
    router.get(QStringLiteral("/restservices-parent/logbook/details/{}/summary/{}"), Access::Parent,
               [&portal](Request &r) { return details(portal, r); });
}

} // namespace nestje::server
