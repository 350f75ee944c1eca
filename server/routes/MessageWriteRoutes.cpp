// SPDX-License-Identifier: GPL-3.0-or-later
// Berichten and read marks (Nestje extensions, docs/api.md "Parent writes"): start a thread,
// reply, mark a thread, news item or newsletter read. Messages cannot be edited or deleted once
// sent ("Berichten zijn na het versturen niet meer te wijzigen of te verwijderen"): there are no
// routes for that.
#include "server/Portal.h"
#include "server/http/Params.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/routes/Routes.h"
#include "server/routes/WriteSupport.h"

namespace nestje::server {

static constexpr qsizetype maxSubject = 200;
static constexpr qsizetype maxMessage = 10000;

static Reply moduleOff()
{
    // An organisation without the module answers like a portal without the route (404): the
    // app then hides the feature (design: "404/405 on an extension means not offered").
    return reply::error(404, QStringLiteral("nestje.module.not_offered"),
                        QStringLiteral("Deze functie biedt je kinderopvangorganisatie niet aan."));
}

// Refusals for the text of a message, shared by new threads, replies and questions.
static std::optional<Reply> checkMessageText(const QString &message)
{
    if (message.isEmpty())
        return reply::refusal(QStringLiteral("nestje.message.text_required"), QStringLiteral("Typ eerst je bericht."));
    if (message.size() > maxMessage)
        return reply::refusal(QStringLiteral("nestje.message.text_too_long"),
                              QStringLiteral("Je bericht is te lang: maximaal %1 tekens.").arg(maxMessage));
    return std::nullopt;
}

// Adds one message to a thread and returns its id. The parent's own message never makes the
// thread unread for them.
static qint64 addParentMessage(Portal &portal, const Request &r, qint64 thread, const QString &text, qint64 now)
{
    const qint64 id = nextId(portal, QStringLiteral("thread_messages"));
    portal.db.run(QStringLiteral("INSERT INTO thread_messages (id, thread_id, message, written_by, from_parent, date_ms)"
                                 " VALUES (?, ?, ?, ?, 1, ?)"),
                  {id, thread, plainTextToHtml(text), accountName(portal, r), now});
    portal.db.run(QStringLiteral("UPDATE threads SET last_date = ?, unread = 0 WHERE id = ?"), {now, thread});
    return id;
}

qint64 startParentThread(Portal &portal, const Request &r, const QString &childId, qint64 groupId, const QString &subject,
                         const QString &message, qint64 now)
{
    const qint64 thread = nextId(portal, QStringLiteral("threads"));
    portal.db.run(QStringLiteral("INSERT INTO threads (id, org_id, family_id, child_id, subject, unread, last_date, group_id)"
                                 " VALUES (?, ?, ?, ?, ?, 0, ?, ?)"),
                  {thread, r.org->id, r.caller.familyId, childId, subject, now,
                   groupId ? QVariant(groupId) : QVariant(QMetaType::fromType<qint64>())});
    addParentMessage(portal, r, thread, message, now);
    return thread;
}

// PUT logbook/new {childId, groupId?, subject, message, photoIds?} -> {logMessageMessageId, messageId}
static Reply newThread(Portal &portal, Request &r)
{
    if (!portal.rules(*r.org).offers(QStringLiteral("messages")))
        return moduleOff();
    const Body body = jsonBody(r);
    if (body.error)
        return *body.error;
    std::optional<Reply> error;
    QString childId;
    QString subject;
    QString message;
    QStringList photoIds;
    if (!stringField(body.object, QStringLiteral("childId"), &childId, &error)
        || !stringField(body.object, QStringLiteral("subject"), &subject, &error)
        || !stringField(body.object, QStringLiteral("message"), &message, &error)
        || !stringListField(body.object, QStringLiteral("photoIds"), &photoIds, &error))
        return *error;
    if (childId.isEmpty())
        return reply::badRequest(QStringLiteral("childId is required"));
    const QJsonValue groupValue = body.object.value(QLatin1String("groupId"));
    qint64 groupId = 0;
    if (groupValue.isDouble())
        groupId = groupValue.toInteger(-1);
    else if (groupValue.isString())
        groupId = params::nonNegative(groupValue.toString());
    else if (!groupValue.isUndefined() && !groupValue.isNull())
        return reply::badRequest(QStringLiteral("groupId must be a number"));
    if (groupId < 0)
        return reply::badRequest(QStringLiteral("groupId must be a number"));

    const auto child = familyChild(portal, r, childId);
    if (!child)
        return reply::notFound();
    const QList<GroupRow> groups = childGroups(portal, *r.org, childId);
    if (groupId) {
        bool known = false;
        for (const GroupRow &g : groups)
            known = known || g.id == groupId;
        if (!known)
            return reply::notFound(); // another child's or another family's group
    } else if (groups.size() > 1) {
        QStringList names;
        for (const GroupRow &g : groups)
            names.append(g.name);
        return reply::refusal(QStringLiteral("nestje.message.group_required"),
                              QStringLiteral("%1 zit in meer dan één groep. Kies voor welke groep het bericht bedoeld is: %2.")
                                  .arg(child->firstName, names.join(QStringLiteral(" of "))));
    } else if (groups.size() == 1) {
        groupId = groups.first().id;
    }
    if (subject.isEmpty())
        return reply::refusal(QStringLiteral("nestje.message.subject_required"), QStringLiteral("Vul een onderwerp in."));
    if (subject.size() > maxSubject)
        return reply::refusal(QStringLiteral("nestje.message.subject_too_long"),
                              QStringLiteral("Het onderwerp is te lang: maximaal %1 tekens.").arg(maxSubject));
    if (auto refused = checkMessageText(message))
        return *refused;

    const qint64 now = portal.now();
    const qint64 thread = startParentThread(portal, r, childId, groupId, subject, message, now);
    const qint64 messageId = portal.db.scalar(QStringLiteral("SELECT MAX(id) FROM thread_messages WHERE thread_id = ?"), {thread}).toLongLong();
    if (auto refused = attachUploads(portal, r, photoIds, QStringLiteral("message_id"), messageId, now, childId))
        return *refused;
    return reply::envelope(QJsonObject{{QStringLiteral("logMessageMessageId"), thread},
                                       {QStringLiteral("messageId"), messageId}});
}

// The caller's thread with this path id, or 0 (then `error` holds the 400 or 404).
static qint64 ownThread(Portal &portal, const Request &r, std::optional<Reply> *error, QString *childId = nullptr)
{
    const qint64 id = params::nonNegative(r.params.at(0));
    if (id < 0) {
        *error = reply::badRequest(QStringLiteral("the thread id must be a number"));
        return 0;
    }
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT child_id FROM threads WHERE id = ? AND family_id = ? AND org_id = ?"),
                                 {id, r.caller.familyId, r.org->id});
    const bool found = q.next();
    if (found && childId)
        *childId = q.value(0).toString();
    q.finish();
    if (!found) {
        *error = reply::notFound();
        return 0;
    }
    return id;
}

// PUT logbook/details/{id}/reply {message, photoIds?} -> {logMessageMessageId, messageId}
static Reply replyToThread(Portal &portal, Request &r)
{
    if (!portal.rules(*r.org).offers(QStringLiteral("messages")))
        return moduleOff();
    std::optional<Reply> error;
    QString childId;
    const qint64 thread = ownThread(portal, r, &error, &childId);
    if (!thread)
        return *error;
    const Body body = jsonBody(r);
    if (body.error)
        return *body.error;
    QString message;
    QStringList photoIds;
    if (!stringField(body.object, QStringLiteral("message"), &message, &error)
        || !stringListField(body.object, QStringLiteral("photoIds"), &photoIds, &error))
        return *error;
    if (auto refused = checkMessageText(message))
        return *refused;
    const qint64 now = portal.now();
    const qint64 messageId = addParentMessage(portal, r, thread, message, now);
    if (auto refused = attachUploads(portal, r, photoIds, QStringLiteral("message_id"), messageId, now, childId))
        return *refused;
    return reply::envelope(QJsonObject{{QStringLiteral("logMessageMessageId"), thread},
                                       {QStringLiteral("messageId"), messageId}});
}

// PUT logbook/details/{id}/read -> {logMessageMessageId, unread: false}. Idempotent by nature.
static Reply markThreadRead(Portal &portal, Request &r)
{
    std::optional<Reply> error;
    const qint64 thread = ownThread(portal, r, &error);
    if (!thread)
        return *error;
    portal.db.run(QStringLiteral("UPDATE threads SET unread = 0 WHERE id = ?"), {thread});
    return reply::envelope(QJsonObject{{QStringLiteral("logMessageMessageId"), thread}, {QStringLiteral("unread"), false}});
}

// PUT htmlnews/{id}/read and newsletter/{id}/read: a per-account read mark, so the counters of
// notification/notifications and `isNew` / `unread` follow.
static Reply markContentRead(Portal &portal, Request &r, const QString &kind)
{
    const qint64 id = params::nonNegative(r.params.at(0));
    if (id < 0)
        return reply::badRequest(QStringLiteral("the id must be a number"));
    const QString sql = kind == QLatin1String("news")
                            ? QStringLiteral("SELECT id FROM html_contents WHERE id = ? AND org_id = ? AND kind = 'news'")
                            : QStringLiteral("SELECT id FROM newsletters WHERE id = ? AND org_id = ?");
    if (!portal.db.scalar(sql, {id, r.org->id}).isValid())
        return reply::notFound();
    if (!portal.db.scalar(QStringLiteral("SELECT 1 FROM content_reads WHERE account_id = ? AND kind = ? AND item_id = ?"),
                          {r.caller.accountId, kind, id}).isValid())
        portal.db.run(QStringLiteral("INSERT INTO content_reads (account_id, kind, item_id) VALUES (?, ?, ?)"),
                      {r.caller.accountId, kind, id});
    if (kind == QLatin1String("news"))
        return reply::envelope(QJsonObject{{QStringLiteral("htmlContentId"), id}, {QStringLiteral("isNew"), false}});
    return reply::envelope(QJsonObject{{QStringLiteral("generatedHtmlNewsLetterId"), id}, {QStringLiteral("unread"), false}});
}

void addMessageWriteRoutes(Router &router, Portal &portal)
{
    router.put(QStringLiteral("/restservices-parent/logbook/new"), Access::Parent,
               [&portal](Request &r) { return newThread(portal, r); });
    router.put(QStringLiteral("/restservices-parent/logbook/details/{}/reply"), Access::Parent,
               [&portal](Request &r) { return replyToThread(portal, r); });
    router.put(QStringLiteral("/restservices-parent/logbook/details/{}/read"), Access::Parent,
               [&portal](Request &r) { return markThreadRead(portal, r); });
    router.put(QStringLiteral("/restservices-parent/htmlnews/{}/read"), Access::Parent,
               [&portal](Request &r) { return markContentRead(portal, r, QStringLiteral("news")); });
    router.put(QStringLiteral("/restservices-parent/newsletter/{}/read"), Access::Parent,
               [&portal](Request &r) { return markContentRead(portal, r, QStringLiteral("newsletter")); });
}

} // namespace nestje::server
