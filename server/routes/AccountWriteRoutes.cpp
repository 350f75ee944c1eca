// SPDX-License-Identifier: GPL-3.0-or-later
// Account and settings (Nestje extensions, docs/api.md X34-X39). The manuals:
//   "Hier kan per genoemd item ingesteld worden of je een e-mail en/of een pushnotificatie wilt
//    ontvangen of helemaal geen notificatie."
//   "De opvanginstelling zal vervolgens uw wijziging in behandeling nemen. Tot deze wijziging is
//    verwerkt, kunt u de gegevens niet nogmaals wijzigen."
//   "Het wachtwoord moet minimaal 8 karakters bevatten."
//   "Stel een vraag: Hier stel je rechtstreeks een vraag aan Servicepunt Hoera."
#include "server/Portal.h"
#include "server/auth/PasswordHash.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/routes/RequestSupport.h"
#include "server/routes/Routes.h"
#include "server/routes/WriteSupport.h"

#include <QJsonDocument>

namespace nestje::server {

struct NotificationItem
{
    const char *item;
    const char *label;
};
static constexpr NotificationItem notificationItems[] = {
    {"messages", "Berichten"}, {"news", "Nieuws"}, {"newsletters", "Nieuwsbrieven"},
    {"photos", "Foto's"}, {"journal", "Dagboek"}, {"planning", "Agenda en aanvragen"},
};

static QJsonObject notificationSettings(Portal &portal, const Request &r)
{
    QJsonArray items;
    for (const NotificationItem &n : notificationItems) {
        bool push = true; // default: push on, e-mail off
        bool email = false;
        QSqlQuery &q = portal.db.run(QStringLiteral("SELECT push, email FROM notification_settings WHERE account_id = ? AND item = ?"),
                                     {r.caller.accountId, QString::fromLatin1(n.item)});
        if (q.next()) {
            push = q.value(0).toInt() != 0;
            email = q.value(1).toInt() != 0;
        }
        q.finish();
        items.append(QJsonObject{{QStringLiteral("item"), QString::fromLatin1(n.item)},
                                 {QStringLiteral("label"), QString::fromUtf8(n.label)},
                                 {QStringLiteral("push"), push},
                                 {QStringLiteral("email"), email}});
    }
    return {{QStringLiteral("items"), items}};
}

// PUT notification/settings {items:[{item, push, email}]}: only the items sent change.
static Reply changeNotificationSettings(Portal &portal, Request &r)
{
    if (auto off = requireModule(portal, r, QStringLiteral("notificationSettings")))
        return *off;
    const Body body = jsonBody(r);
    if (body.error)
        return *body.error;
    if (!body.object.value(QLatin1String("items")).isArray())
        return reply::badRequest(QStringLiteral("items must be an array"));
    for (const QJsonValue &v : body.object.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString item = o.value(QLatin1String("item")).toString();
        bool known = false;
        for (const NotificationItem &n : notificationItems)
            known = known || item == QLatin1String(n.item);
        if (!known || !o.value(QLatin1String("push")).isBool() || !o.value(QLatin1String("email")).isBool())
            return reply::badRequest(QStringLiteral("each item needs a known item name and boolean push and email"));
        portal.db.run(QStringLiteral("DELETE FROM notification_settings WHERE account_id = ? AND item = ?"), {r.caller.accountId, item});
        portal.db.run(QStringLiteral("INSERT INTO notification_settings (account_id, item, push, email) VALUES (?, ?, ?, ?)"),
                      {r.caller.accountId, item, o.value(QLatin1String("push")).toBool() ? 1 : 0, o.value(QLatin1String("email")).toBool() ? 1 : 0});
    }
    return reply::envelope(notificationSettings(portal, r));
}

static QJsonValue pendingChange(Portal &portal, const Request &r)
{
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT id, changes, remark, created_ms FROM detail_changes WHERE account_id = ? AND status = 'pending'"),
                                 {r.caller.accountId});
    QJsonValue result = QJsonValue::Null;
    if (q.next())
        result = QJsonObject{{QStringLiteral("changeRequestId"), q.value(0).toLongLong()},
                             {QStringLiteral("changes"), QJsonDocument::fromJson(q.value(1).toByteArray()).object()},
                             {QStringLiteral("remark"), q.value(2).toString()},
                             {QStringLiteral("createdDate"), q.value(3).toLongLong()},
                             {QStringLiteral("status"), QStringLiteral("pending")},
                             {QStringLiteral("statusLabel"), QStringLiteral("In behandeling")}};
    q.finish();
    return result;
}

// PUT parent/changerequest {changes:{fullname?, emailAddress?, phoneNumber?, address?}, remark?}
static Reply requestDetailChange(Portal &portal, Request &r)
{
    if (auto off = requireModule(portal, r, QStringLiteral("personalDetails")))
        return *off;
    const Body body = jsonBody(r);
    if (body.error)
        return *body.error;
    const QJsonValue changesValue = body.object.value(QLatin1String("changes"));
    if (!changesValue.isObject())
        return reply::badRequest(QStringLiteral("changes must be an object"));
    QJsonObject changes;
    const QJsonObject given = changesValue.toObject();
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (it.key() != QLatin1String("fullname") && it.key() != QLatin1String("emailAddress") && it.key() != QLatin1String("phoneNumber")
            && it.key() != QLatin1String("address"))
            return reply::badRequest(QStringLiteral("changes may hold fullname, emailAddress, phoneNumber and address"));
        if (!it.value().isString() || it.value().toString().size() > 300)
            return reply::badRequest(QStringLiteral("each change must be a string of at most 300 characters"));
        changes.insert(it.key(), it.value().toString().trimmed());
    }
    std::optional<Reply> error;
    QString remark;
    if (!stringField(body.object, QStringLiteral("remark"), &remark, &error))
        return *error;
    if (changes.isEmpty())
        return reply::refusal(QStringLiteral("nestje.account.no_changes"), QStringLiteral("Vul in wat er moet veranderen."));
    if (!pendingChange(portal, r).isNull())
        return reply::refusal(QStringLiteral("nestje.account.change_pending"),
                              QStringLiteral("Er staat al een wijziging van je gegevens in behandeling. Zodra die verwerkt is, kun je een nieuwe doorgeven."));
    portal.db.run(QStringLiteral("INSERT INTO detail_changes (id, account_id, org_id, changes, remark, status, created_ms, processed_ms)"
                                 " VALUES (?, ?, ?, ?, ?, 'pending', ?, NULL)"),
                  {nextId(portal, QStringLiteral("detail_changes")), r.caller.accountId, r.org->id,
                   QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)), remark.isNull() ? QStringLiteral("") : remark,
                   portal.now()});
    return reply::envelope(pendingChange(portal, r));
}

// PUT parent/password {oldPassword, newPassword}. The current password is checked like a
// login (LoginGuard, hashing on the worker pool), so a stolen access token is no oracle for it.
static Reply changePassword(Portal &portal, Request &r)
{
    const Body body = jsonBody(r);
    if (body.error)
        return *body.error;
    const QJsonValue oldValue = body.object.value(QLatin1String("oldPassword"));
    const QJsonValue newValue = body.object.value(QLatin1String("newPassword"));
    if (!oldValue.isString() || !newValue.isString())
        return reply::badRequest(QStringLiteral("oldPassword and newPassword must be strings"));
    const QString password = newValue.toString();
    // The cheap checks first: a too short new password costs no hashing and no attempt.
    if (password.size() < 8)
        return reply::refusal(QStringLiteral("nestje.account.password_too_short"),
                              QStringLiteral("Het nieuwe wachtwoord moet minimaal 8 tekens bevatten."));
    if (password.size() > 200)
        return reply::refusal(QStringLiteral("nestje.account.password_too_long"), QStringLiteral("Het nieuwe wachtwoord is te lang."));
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT password_hash, password_salt, password_iterations FROM accounts WHERE id = ?"),
                                 {r.caller.accountId});
    if (!q.next()) {
        q.finish();
        return reply::notFound();
    }
    struct Change
    {
        QString oldPassword;
        QString newPassword;
        PasswordHash stored;
        bool verified = false;
        PasswordHash created;
    };
    auto change = std::make_shared<Change>();
    change->stored = {q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toInt()};
    q.finish();
    change->oldPassword = oldValue.toString();
    change->newPassword = password;
    if (portal.loginGuard.admit(r.org->id, r.caller.username, r.remote) > 0)
        return reply::refusal(QStringLiteral("nestje.account.too_many_attempts"),
                              QStringLiteral("Te vaak een verkeerd wachtwoord. Probeer het over een paar minuten opnieuw."));
    const qint64 orgId = r.org->id;
    const Caller caller = r.caller;
    const QString remote = r.remote;
    Reply deferred;
    deferred.deferred = std::make_shared<Deferred>(Deferred{
        [change] {
            change->verified = change->stored.verify(change->oldPassword);
            if (change->verified)
                change->created = PasswordHash::create(change->newPassword);
            change->oldPassword.clear();
            change->newPassword.clear();
        },
        [&portal, change, orgId, caller, remote]() -> Reply {
            portal.loginGuard.settle(orgId, caller.username, remote, change->verified);
            if (!change->verified) {
                Reply wrong = reply::refusal(QStringLiteral("nestje.account.old_password_wrong"),
                                             QStringLiteral("Je huidige wachtwoord klopt niet."));
                wrong.refused = false; // commit: the failed attempt must be counted
                return wrong;
            }
            if (change->created.hashHex.isEmpty())
                throw DatabaseError{QStringLiteral("hashing the new password failed")};
            portal.db.run(QStringLiteral("UPDATE accounts SET password_hash = ?, password_salt = ?, password_iterations = ?, must_reset = 0 WHERE id = ?"),
                          {QString::fromLatin1(change->created.hashHex), QString::fromLatin1(change->created.saltHex),
                           change->created.iterations, caller.accountId});
            // Other logins of this account end; this one stays, so the app keeps working.
            portal.db.run(QStringLiteral("UPDATE auth_sessions SET revoked = 1 WHERE account_id = ? AND id <> ?"),
                          {caller.accountId, caller.sessionId});
            return reply::envelope(QJsonObject{{QStringLiteral("changed"), true}});
        }});
    return deferred;
}

// PUT question {subject, message, childId?}: "Stel een vraag" becomes a thread to the organisation.
static Reply askQuestion(Portal &portal, Request &r)
{
    if (auto off = requireModule(portal, r, QStringLiteral("askQuestion")))
        return *off;
    const Body body = jsonBody(r);
    if (body.error)
        return *body.error;
    std::optional<Reply> error;
    QString subject;
    QString message;
    QString childId;
    if (!stringField(body.object, QStringLiteral("subject"), &subject, &error) || !stringField(body.object, QStringLiteral("message"), &message, &error)
        || !stringField(body.object, QStringLiteral("childId"), &childId, &error))
        return *error;
    const QList<ChildRow> children = familyChildren(portal, r);
    if (!childId.isEmpty() && !familyChild(portal, r, childId))
        return reply::notFound();
    if (childId.isEmpty() && !children.isEmpty())
        childId = children.first().id; // a thread belongs to a child; the question is the family's
    if (childId.isEmpty())
        return reply::notFound();
    if (subject.isEmpty())
        return reply::refusal(QStringLiteral("nestje.message.subject_required"), QStringLiteral("Vul een onderwerp in."));
    if (message.isEmpty())
        return reply::refusal(QStringLiteral("nestje.message.text_required"), QStringLiteral("Typ eerst je vraag."));
    if (subject.size() > 200 || message.size() > 10000)
        return reply::refusal(QStringLiteral("nestje.message.text_too_long"), QStringLiteral("Je vraag is te lang."));
    const qint64 thread = startParentThread(portal, r, childId, 0, QStringLiteral("Vraag: ") + subject, message, portal.now());
    return reply::envelope(QJsonObject{{QStringLiteral("logMessageMessageId"), thread}});
}

void addAccountWriteRoutes(Router &router, Portal &portal)
{
    router.get(QStringLiteral("/restservices-parent/notification/settings"), Access::Parent, [&portal](Request &r) {
        if (auto off = requireModule(portal, r, QStringLiteral("notificationSettings")))
            return *off;
        return reply::envelope(notificationSettings(portal, r));
    });
    router.put(QStringLiteral("/restservices-parent/notification/settings"), Access::Parent,
               [&portal](Request &r) { return changeNotificationSettings(portal, r); });
    router.get(QStringLiteral("/restservices-parent/parent/changerequest"), Access::Parent,
               [&portal](Request &r) { return reply::envelope(pendingChange(portal, r)); });
    router.put(QStringLiteral("/restservices-parent/parent/changerequest"), Access::Parent,
               [&portal](Request &r) { return requestDetailChange(portal, r); });
    router.put(QStringLiteral("/restservices-parent/parent/password"), Access::Parent,
               [&portal](Request &r) { return changePassword(portal, r); });
    router.put(QStringLiteral("/restservices-parent/question"), Access::Parent, [&portal](Request &r) { return askQuestion(portal, r); });
}

} // namespace nestje::server
