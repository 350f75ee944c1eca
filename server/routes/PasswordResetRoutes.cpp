// SPDX-License-Identifier: GPL-3.0-or-later
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
#include "server/http/FormUrlEncoded.h"
#include "server/http/JsonBody.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/routes/Routes.h"
#include "server/routes/WriteSupport.h"
#include "server/storage/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>

#include <memory>

namespace nestje::server {

static constexpr qint64 resetLifetimeMs = 60 * 60 * 1000;
// Rate limits of "wachtwoord vergeten", per hour. Every request for a known address sends a mail
// to someone else's inbox, so the limits are about mail bombing more than guessing: three mails
// per account is one request and two retries (a mail in the spam folder); ten per client
// address leaves room for a household or an office behind one address.
static constexpr qint64 limitWindowMs = 60 * 60 * 1000;
static constexpr int mailsPerAccount = 3;
static constexpr int requestsPerAddress = 10;
static constexpr qsizetype maxPasswordLength = 200; // as PUT parent/password

static QString hashOf(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Requests per client address in the last hour, in memory: a restart forgets them, which costs
// an attacker a restart they cannot cause.
class AddressBudget
{
public:
    bool take(const QString &address, qint64 now)
    {
        if (m_seen.size() > 10000)
            prune(now); // keep memory bounded under a spray of addresses
        QList<qint64> &times = m_seen[address];
        times.removeIf([&](qint64 t) { return t <= now - limitWindowMs; });
        if (times.size() >= requestsPerAddress)
            return false;
        times.append(now);
        return true;
    }

private:
    void prune(qint64 now)
    {
        for (auto it = m_seen.begin(); it != m_seen.end();) {
            it->removeIf([&](qint64 t) { return t <= now - limitWindowMs; });
            it = it->isEmpty() ? m_seen.erase(it) : std::next(it);
        }
    }
    QHash<QString, QList<qint64>> m_seen;
};

static QString mailText(const Organisation &org, const QString &email, const QString &name, qint64 now, const QString &link)
{
    return QStringLiteral("From: %1 <noreply@ouderportaal.example>\r\nTo: %2\r\nSubject: Nieuw wachtwoord instellen\r\n"
                          "Date: %3\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                          "Beste %4,\r\n\r\nJe hebt gevraagd om een nieuw wachtwoord voor het ouderportaal van %1.\r\n"
                          "Klik binnen een uur op deze link om een nieuw wachtwoord in te stellen:\r\n\r\n%5\r\n\r\n"
                          "De link werkt één keer. Heb je dit niet zelf gevraagd? Dan kun je deze e-mail negeren.\r\n")
        .arg(org.name, email, QDateTime::fromMSecsSinceEpoch(now).toString(Qt::RFC2822Date), name, link);
}

// Writes one mail into the private outbox. The name carries a random part: two mails in the same
// millisecond for the same account must not overwrite each other.
static bool writeMail(const QString &dataDir, const QString &fileName, const QString &text)
{
    const QString dir = QDir(dataDir).filePath(QStringLiteral("mail-outbox"));
    if (!privatefiles::makeDirectory(dir))
        return false;
    QSaveFile file(QDir(dir).filePath(fileName));
    return file.open(QIODevice::WriteOnly) && privatefiles::restrict(file) && file.write(text.toUtf8()) >= 0 && file.commit();
}

// PUT /auth-api/password/forgot {username}: the same answer whether or not the address is known,
// so the route cannot be used to find out who has an account. It also takes the same time: an
// unknown address (or an account over its mail limit) goes through the same steps - a reset row
// inserted and rolled back, a mail written to a hidden decoy file - instead of answering early.
static Reply forgot(Portal &portal, AddressBudget &budget, Request &r)
{
    QString problem;
    const auto body = parseJsonObject(r.body, &problem);
    if (!body)
        return reply::badRequest(problem);
    if (!body->value(QLatin1String("username")).isString())
        return reply::badRequest(QStringLiteral("username must be a string"));
    const qint64 now = portal.now();
    if (!budget.take(r.remote, now)) {
        Reply out = reply::error(429, QStringLiteral("nestje.password.too_many_requests"),
                                 QStringLiteral("Er zijn te veel aanvragen gedaan. Probeer het over een uur opnieuw."));
        out.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(limitWindowMs / 1000)});
        return out;
    }
    const QString user = body->value(QLatin1String("username")).toString().trimmed().toLower();
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT id, email, fullname FROM accounts WHERE org_id = ? AND username = ?"), {r.org->id, user});
    const bool known = q.next();
    const qint64 account = known ? q.value(0).toLongLong() : 0;
    const QString email = known ? q.value(1).toString() : QString();
    const QString name = known ? q.value(2).toString() : QStringLiteral("ouder");
    q.finish();
    // Over the per-account limit: silently no mail (a refusal would tell the address is known);
    // the links already sent stay valid for their hour.
    const qint64 recent = portal.db.scalar(QStringLiteral("SELECT COUNT(*) FROM password_resets WHERE account_id = ? AND created_ms > ?"),
                                           {account, now - limitWindowMs})
                              .toLongLong();
    const bool send = known && recent < mailsPerAccount;

    const QString token = randomId(QString(), 24);
    const QString link = portal.address.baseUrl(r.org->slug) + QStringLiteral("/auth/reset-password?token=") + token;
    const QString mail = mailText(*r.org, email, name, now, link);
    const QString fileName = send ? QStringLiteral("%1-%2-%3-wachtwoord.eml").arg(now).arg(account).arg(randomId(QString(), 4))
                                  : QStringLiteral(".niet-verzonden.eml");
    bool written = false;
    portal.db.transaction([&] {
        portal.db.run(QStringLiteral("INSERT INTO password_resets (token_hash, account_id, created_ms, expires_ms, used) VALUES (?, ?, ?, ?, 0)"),
                      {hashOf(token), account, now, now + resetLifetimeMs});
        written = writeMail(portal.dataDir, fileName, mail);
        return send && written; // not sending: rolled back, after the same work
    });
    if (send && !written)
        return reply::error(500, QStringLiteral("web.general.message.internal_error"), QStringLiteral("Internal server error"));
    return reply::envelope(QJsonValue::Null,
                           QJsonArray{reply::message(QStringLiteral("nestje.password.mail_sent"),
                                                     QStringLiteral("Als dit e-mailadres bij ons bekend is, ontvang je een e-mail met een link"
                                                                    " om een nieuw wachtwoord in te stellen."))});
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
            const int state = q.value(2).toInt(); // 0 open, 1 used, 2 cancelled by a password change
            q.finish();
            if (state == 1) {
                refusal = QStringLiteral("Deze link is al gebruikt. Vraag een nieuwe aan via 'wachtwoord vergeten'.");
                return false;
            }
            if (state != 0) {
                refusal = QStringLiteral("Deze link werkt niet meer: je wachtwoord is intussen gewijzigd. Vraag zo nodig een nieuwe aan via "
                                         "'wachtwoord vergeten'.");
                return false;
            }
            if (expired) {
                refusal = QStringLiteral("Deze link is verlopen. Vraag een nieuwe aan via 'wachtwoord vergeten'.");
                return false;
            }
            if (password.size() < 8) {
                refusal = QStringLiteral("Het wachtwoord moet minimaal 8 tekens bevatten.");
                return false;
            }
            if (password.size() > maxPasswordLength) {
                refusal = QStringLiteral("Het nieuwe wachtwoord is te lang.");
                return false;
            }
            const PasswordHash hash = PasswordHash::create(password);
            portal.db.run(QStringLiteral("UPDATE accounts SET password_hash = ?, password_salt = ?, password_iterations = ?, must_reset = 0 WHERE id = ?"),
                          {QString::fromLatin1(hash.hashHex), QString::fromLatin1(hash.saltHex), hash.iterations, account});
            // The password change has cancelled every open link of the account (the trigger
            // password_change_cancels_resets, storage/Schema.cpp); this one is marked used.
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
    // The page carries a reset token: no scripts, no outside resources, posts only to itself,
    // never inside another site's frame (clickjacking), and no Referer with the token in it.
    out.headers.append({QByteArrayLiteral("Content-Security-Policy"),
                        QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none';"
                                          " base-uri 'none'")});
    out.headers.append({QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY")});
    out.headers.append({QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")});
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
    const QString password = formField(r.body, "password");
    if (password != formField(r.body, "password2"))
        return html(QStringLiteral("Nieuw wachtwoord"), QStringLiteral("<p>De twee wachtwoorden zijn niet gelijk. Ga terug en probeer het opnieuw.</p>"));
    const QString refusal = applyReset(portal, formField(r.body, "token"), password);
    if (!refusal.isEmpty())
        return html(QStringLiteral("Nieuw wachtwoord"), QStringLiteral("<p>%1</p>").arg(refusal.toHtmlEscaped()));
    return html(QStringLiteral("Wachtwoord gewijzigd"),
                QStringLiteral("<p>Je wachtwoord is gewijzigd. Log in met je e-mailadres en je nieuwe wachtwoord.</p>"));
}

void addPasswordResetRoutes(Router &router, Portal &portal)
{
    auto budget = std::make_shared<AddressBudget>();
    router.put(QStringLiteral("/auth-api/password/forgot"), Access::Public,
               [&portal, budget](Request &r) { return forgot(portal, *budget, r); });
    router.put(QStringLiteral("/auth-api/password/reset"), Access::Public, [&portal](Request &r) { return reset(portal, r); });
    router.get(QStringLiteral("/auth/reset-password"), Access::Public, [](Request &r) { return resetPage(r); });
    router.add(QHttpServerRequest::Method::Post, QStringLiteral("/auth/reset-password"), Access::Public,
               [&portal](Request &r) { return resetForm(portal, r); });
}

} // namespace nestje::server
