// Wachtwoord vergeten (Nestje extension, docs/api.md X40-X42). The manuals: "Via de optie
// 'wachtwoord vergeten' is het mogelijk om een nieuw wachtwoord in te stellen. Er wordt dan een
// e-mail gestuurd naar het in ons systeem bekende e-mailadres." "Als u op de link in deze mail
// klikt ... Vul hier twee maal het gewenste wachtwoord in ... Het wachtwoord moet minimaal 8
// karakters bevatten."
//
// The reference server sends no real mail: it writes the message into <data>/mail-outbox/ as an
// .eml file, so a tester (or a test) can open the link. The link is single-use and expires.
#include "server/Portal.h"
#include "server/auth/PasswordHash.h"
#include "server/http/JsonBody.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/routes/Routes.h"
#include "server/routes/WriteSupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QUrlQuery>

namespace nestje::server {

static constexpr qint64 resetLifetimeMs = 60 * 60 * 1000;

static QString hashOf(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// PUT /auth-api/password/forgot {username}: the same answer whether or not the address is known,
// so the route cannot be used to find out who has an account.
static Reply forgot(Portal &portal, Request &r)
{
    QString problem;
    const auto body = parseJsonObject(r.body, &problem);
    if (!body)
        return reply::badRequest(problem);
    if (!body->value(QLatin1String("username")).isString())
        return reply::badRequest(QStringLiteral("username must be a string"));
    const QString user = body->value(QLatin1String("username")).toString().trimmed().toLower();
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT id, email, fullname FROM accounts WHERE org_id = ? AND username = ?"), {r.org->id, user});
    const bool known = q.next();
    const qint64 account = known ? q.value(0).toLongLong() : 0;
    const QString email = known ? q.value(1).toString() : QString();
    const QString name = known ? q.value(2).toString() : QString();
    q.finish();
    if (known) {
        const QString token = randomId(QString(), 24);
        const qint64 now = portal.now();
        bool ok = portal.db.transaction([&] {
            portal.db.run(QStringLiteral("INSERT INTO password_resets (token_hash, account_id, created_ms, expires_ms, used) VALUES (?, ?, ?, ?, 0)"),
                          {hashOf(token), account, now, now + resetLifetimeMs});
            return true;
        });
        const QString link = portal.address.baseUrl(r.org->slug) + QStringLiteral("/auth/reset-password?token=") + token;
        const QString mail = QStringLiteral("From: %1 <noreply@ouderportaal.example>\r\nTo: %2\r\nSubject: Nieuw wachtwoord instellen\r\n"
                                            "Date: %3\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                                            "Beste %4,\r\n\r\nJe hebt gevraagd om een nieuw wachtwoord voor het ouderportaal van %1.\r\n"
                                            "Klik binnen een uur op deze link om een nieuw wachtwoord in te stellen:\r\n\r\n%5\r\n\r\n"
                                            "De link werkt één keer. Heb je dit niet zelf gevraagd? Dan kun je deze e-mail negeren.\r\n")
                                 .arg(r.org->name, email, QDateTime::fromMSecsSinceEpoch(now).toString(Qt::RFC2822Date), name, link);
        const QString dir = QDir(portal.dataDir).filePath(QStringLiteral("mail-outbox"));
        QDir().mkpath(dir);
        QSaveFile file(QDir(dir).filePath(QStringLiteral("%1-%2-wachtwoord.eml").arg(now).arg(account)));
        ok = ok && file.open(QIODevice::WriteOnly) && file.write(mail.toUtf8()) >= 0 && file.commit();
        if (!ok)
            return reply::error(500, QStringLiteral("web.general.message.internal_error"), QStringLiteral("Internal server error"));
    }
    Reply out = reply::envelope(QJsonValue::Null,
                                QJsonArray{reply::message(QStringLiteral("nestje.password.mail_sent"),
                                                          QStringLiteral("Als dit e-mailadres bij ons bekend is, ontvang je een e-mail met een link"
                                                                         " om een nieuw wachtwoord in te stellen."))});
    return out;
}

// Sets the password for a reset token; returns a Dutch refusal text, or empty on success.
static QString applyReset(Portal &portal, const QString &token, const QString &password)
{
    QString refusal;
    portal.db.transaction(
        [&] {
            QSqlQuery &q = portal.db.run(QStringLiteral("SELECT account_id, expires_ms, used FROM password_resets WHERE token_hash = ?"),
                                         {hashOf(token)});
            if (!q.next()) {
                q.finish();
                refusal = QStringLiteral("Deze link is ongeldig. Vraag een nieuwe aan via 'wachtwoord vergeten'.");
                return false;
            }
            const qint64 account = q.value(0).toLongLong();
            const bool expired = q.value(1).toLongLong() <= portal.now();
            const bool used = q.value(2).toInt() != 0;
            q.finish();
            if (used || expired) {
                refusal = used ? QStringLiteral("Deze link is al gebruikt. Vraag een nieuwe aan via 'wachtwoord vergeten'.")
                               : QStringLiteral("Deze link is verlopen. Vraag een nieuwe aan via 'wachtwoord vergeten'.");
                return false;
            }
            if (password.size() < 8) {
                refusal = QStringLiteral("Het wachtwoord moet minimaal 8 tekens bevatten.");
                return false;
            }
            const PasswordHash hash = PasswordHash::create(password);
            portal.db.run(QStringLiteral("UPDATE accounts SET password_hash = ?, password_salt = ?, password_iterations = ?, must_reset = 0 WHERE id = ?"),
                          {QString::fromLatin1(hash.hashHex), QString::fromLatin1(hash.saltHex), hash.iterations, account});
            portal.db.run(QStringLiteral("UPDATE password_resets SET used = 1 WHERE token_hash = ?"), {hashOf(token)});
            // Whoever knew the old password is logged out everywhere.
            portal.db.run(QStringLiteral("UPDATE auth_sessions SET revoked = 1 WHERE account_id = ?"), {account});
            return true;
        },
        nullptr, Database::Lock::Immediate);
    return refusal;
}

// PUT /auth-api/password/reset {token, newPassword}
static Reply reset(Portal &portal, Request &r)
{
    QString problem;
    const auto body = parseJsonObject(r.body, &problem);
    if (!body)
        return reply::badRequest(problem);
    if (!body->value(QLatin1String("token")).isString() || !body->value(QLatin1String("newPassword")).isString())
        return reply::badRequest(QStringLiteral("token and newPassword must be strings"));
    const QString refusal = applyReset(portal, body->value(QLatin1String("token")).toString(), body->value(QLatin1String("newPassword")).toString());
    if (!refusal.isEmpty())
        return reply::refusal(QStringLiteral("nestje.password.reset_refused"), refusal);
    return reply::envelope(QJsonObject{{QStringLiteral("changed"), true}});
}

static Reply html(const QString &title, const QString &body)
{
    Reply out;
    out.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    out.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    out.body = QStringLiteral("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                              "<title>%1</title></head><body style=\"font-family:sans-serif;max-width:28em;margin:3em auto\"><h1>%1</h1>%2</body></html>")
                   .arg(title.toHtmlEscaped(), body)
                   .toUtf8();
    return out;
}

// GET /auth/reset-password?token=…: the page the mail links to.
static Reply resetPage(Request &r)
{
    const QString token = r.query.queryItemValue(QStringLiteral("token"));
    return html(QStringLiteral("Nieuw wachtwoord"),
                QStringLiteral("<form method=\"post\" action=\"reset-password\"><input type=\"hidden\" name=\"token\" value=\"%1\">"
                               "<p><label>Nieuw wachtwoord<br><input type=\"password\" name=\"password\" minlength=\"8\" required></label></p>"
                               "<p><label>Nogmaals<br><input type=\"password\" name=\"password2\" minlength=\"8\" required></label></p>"
                               "<p>Het wachtwoord moet minimaal 8 tekens bevatten.</p><button>Wijzig wachtwoord</button></form>")
                    .arg(token.toHtmlEscaped()));
}

// POST /auth/reset-password (the form): token, password, password2.
static Reply resetForm(Portal &portal, Request &r)
{
    const QUrlQuery form(QString::fromUtf8(r.body));
    const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    if (password != form.queryItemValue(QStringLiteral("password2"), QUrl::FullyDecoded))
        return html(QStringLiteral("Nieuw wachtwoord"), QStringLiteral("<p>De twee wachtwoorden zijn niet gelijk. Ga terug en probeer het opnieuw.</p>"));
    const QString refusal = applyReset(portal, form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded), password);
    if (!refusal.isEmpty())
        return html(QStringLiteral("Nieuw wachtwoord"), QStringLiteral("<p>%1</p>").arg(refusal.toHtmlEscaped()));
    return html(QStringLiteral("Wachtwoord gewijzigd"),
                QStringLiteral("<p>Je wachtwoord is gewijzigd. Log in met je e-mailadres en je nieuwe wachtwoord.</p>"));
}

void addPasswordResetRoutes(Router &router, Portal &portal)
{
    router.put(QStringLiteral("/auth-api/password/forgot"), Access::Public, [&portal](Request &r) { return forgot(portal, r); });
    router.put(QStringLiteral("/auth-api/password/reset"), Access::Public, [&portal](Request &r) { return reset(portal, r); });
    router.get(QStringLiteral("/auth/reset-password"), Access::Public, [](Request &r) { return resetPage(r); });
    router.add(QHttpServerRequest::Method::Post, QStringLiteral("/auth/reset-password"), Access::Public,
               [&portal](Request &r) { return resetForm(portal, r); });
}

} // namespace nestje::server
