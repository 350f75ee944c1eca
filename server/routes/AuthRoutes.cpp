// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Portal.h"
#include "server/auth/PasswordHash.h"
#include "server/http/JsonBody.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/routes/Routes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nestje::server {

static const QByteArray refreshCookie = QByteArrayLiteral("__Host-refresh_token");

// The bare login/refresh answer (A1, A2, A3) plus the rotated refresh cookie. The refresh token
// goes in both places: web clients use the cookie, app clients the body (protocol §2.1).
static Reply tokenReply(Portal &portal, const Organisation &org, const TokenService::Issued &issued)
{
    Reply r = reply::json(QJsonObject{
        {QStringLiteral("authToken"), QString::fromLatin1(issued.accessToken)},
        {QStringLiteral("expiration"), issued.accessExpires},
        {QStringLiteral("refreshToken"), QString::fromLatin1(issued.refreshToken)},
        {QStringLiteral("domainServerName"), portal.address.domainServerName(org.slug)},
        {QStringLiteral("redirectUrl"), QStringLiteral("/parent")},
        {QStringLiteral("mustResetPassword"), false},
    });
    r.headers.append({QByteArrayLiteral("Set-Cookie"),
                      refreshCookie + '=' + issued.refreshToken + "; Max-Age="
                          + QByteArray::number(issued.refreshLifetimeMs / 1000)
                          + "; Path=/; Secure; HttpOnly; SameSite=Strict"});
    r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return r;
}

static Reply rejected(const QString &code, const QString &text)
{
    return reply::error(401, code, text);
}

// Refused before any hashing: the answer the app shows as "locked, try again at …".
static Reply blocked(Portal &portal, qint64 until)
{
    Reply r = rejected(QStringLiteral("auth.login.blocked"), QStringLiteral("Too many failed attempts; try again later"));
    const qint64 seconds = std::max<qint64>(1, (until - portal.now() + 999) / 1000);
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
    return r;
}

// What a login's password check needs on the worker thread, and what it finds out there.
struct LoginCheck
{
    QString password;
    PasswordHash stored;
    bool found = false;
    bool verified = false;
    PasswordHash upgraded; // set when the stored hash was PBKDF2 (or weaker argon2id)
};

static Reply login(Portal &portal, Request &request)
{
    QString problem;
    const auto body = parseJsonObject(request.body, &problem);
    if (!body)
        return reply::badRequest(problem);
    const QJsonValue username = body->value(QLatin1String("username"));
    const QJsonValue password = body->value(QLatin1String("password"));
    if (!username.isString() || !password.isString() || username.toString().isEmpty())
        return reply::badRequest(QStringLiteral("username and password must be strings"));
    const QString user = username.toString().trimmed().toLower();
    const Organisation &org = *request.org;

    if (const qint64 until = portal.loginGuard.admit(org.id, user, request.remote))
        return blocked(portal, until);

    QSqlQuery &q = portal.db.run(
        QStringLiteral("SELECT id, family_id, username, password_hash, password_salt, password_iterations,"
                       " role, must_reset FROM accounts WHERE org_id = ? AND username = ?"),
        {org.id, user});
    auto check = std::make_shared<LoginCheck>();
    check->password = password.toString();
    check->found = q.next();
    TokenService::Account account;
    QString role;
    bool mustReset = false;
    if (check->found) {
        account = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
        check->stored = {q.value(3).toByteArray(), q.value(4).toByteArray(), q.value(5).toInt()};
        role = q.value(6).toString();
        mustReset = q.value(7).toInt() != 0;
    }
    q.finish();
    // App-style clients (X-Client-Name, as the official OuderApp sends) get the long session.
    const bool appStyle = !request.header(QByteArrayLiteral("X-Client-Name")).isEmpty();
    const QString slug = org.slug;
    const QString remote = request.remote;

    Reply deferred;
    deferred.deferred = std::make_shared<Deferred>(Deferred{
        [check] {
            // An unknown user costs the same as a known one: timing does not tell which e-mail
            // addresses have an account.
            const PasswordHash &hash = check->found ? check->stored : PasswordHash::dummy();
            check->verified = hash.verify(check->password) && check->found;
            if (check->verified && check->stored.needsUpgrade())
                check->upgraded = PasswordHash::create(check->password);
            check->password.clear();
        },
        [&portal, check, account, role, mustReset, appStyle, slug, remote, user]() -> Reply {
            const Organisation *org = portal.organisation(slug);
            if (!org)
                return reply::notFound();
            portal.loginGuard.settle(org->id, user, remote, check->verified);
            if (!check->verified)
                return rejected(QStringLiteral("auth.login.bad_credentials"), QStringLiteral("Bad credentials"));
            if (!check->upgraded.hashHex.isEmpty()) {
                // Only if nobody changed the password while this login was hashing.
                portal.db.run(QStringLiteral("UPDATE accounts SET password_hash = ?, password_salt = ?, password_iterations = ?"
                                             " WHERE id = ? AND password_hash = ?"),
                              {QString::fromLatin1(check->upgraded.hashHex), QString::fromLatin1(check->upgraded.saltHex),
                               check->upgraded.iterations, account.id, QString::fromLatin1(check->stored.hashHex)});
            }
            const TokenService::Issued issued = portal.tokens.startSession(account, *org, appStyle);
            Reply r = tokenReply(portal, *org, issued);
            if (mustReset || role != QLatin1String("parent")) {
                QJsonObject object = QJsonDocument::fromJson(r.body).object();
                object.insert(QStringLiteral("mustResetPassword"), mustReset);
                if (role != QLatin1String("parent"))
                    object.insert(QStringLiteral("redirectUrl"), QStringLiteral("/employee"));
                r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
            }
            return r;
        }});
    return deferred;
}

static Reply refresh(Portal &portal, Request &request)
{
    // App style sends {refreshToken, username, …}; web style an empty body (or none, for GET)
    // and the cookie. The access token in Authorization may be expired and is not required.
    QString problem;
    const auto body = parseJsonObject(request.body, &problem, true);
    if (!body)
        return reply::badRequest(problem);
    const QJsonValue bodyToken = body->value(QLatin1String("refreshToken"));
    if (!bodyToken.isUndefined() && !bodyToken.isNull() && !bodyToken.isString())
        return reply::badRequest(QStringLiteral("refreshToken must be a string"));
    QByteArray token = bodyToken.toString().toLatin1();
    if (token.isEmpty())
        token = request.cookie(refreshCookie);
    if (token.isEmpty())
        return rejected(QStringLiteral("auth.token.missing"), QStringLiteral("No refresh token"));

    TokenService::Issued issued;
    switch (portal.tokens.refresh(token, *request.org, &issued)) {
    case TokenService::RefreshResult::Ok:
        return tokenReply(portal, *request.org, issued);
    case TokenService::RefreshResult::Expired:
        return rejected(QStringLiteral("auth.token.expired"), QStringLiteral("Session expired"));
    case TokenService::RefreshResult::Reused:
    case TokenService::RefreshResult::Revoked:
        return rejected(QStringLiteral("auth.token.revoked"), QStringLiteral("Session revoked"));
    case TokenService::RefreshResult::Unknown:
        break;
    }
    return rejected(QStringLiteral("auth.token.invalid"), QStringLiteral("Unknown refresh token"));
}

void addAuthRoutes(Router &router, Portal &portal)
{
    router.put(QStringLiteral("/auth-api/login"), Access::Public,
               [&portal](Request &r) { return login(portal, r); });
    router.put(QStringLiteral("/auth-api/token"), Access::Public,
               [&portal](Request &r) { return refresh(portal, r); });
    router.get(QStringLiteral("/auth-api/token"), Access::Public,
               [&portal](Request &r) { return refresh(portal, r); });

    router.get(QStringLiteral("/auth-api/user"), Access::Parent, [](Request &r) {
        return reply::json(QJsonObject{{QStringLiteral("username"), r.caller.username}});
    });

    // Called before a login (KH) and after a refused one (Nestje): must this client wait before
    // trying this account (or the accounts it tried lately) again?
    router.get(QStringLiteral("/auth-api/captcha"), Access::Public, [&portal](Request &r) {
        const QString username = r.query.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
        const qint64 until = username.isEmpty()
                                 ? portal.loginGuard.blockedUntilForRemote(r.org->id, r.remote)
                                 : portal.loginGuard.blockedUntil(r.org->id, username.trimmed().toLower(), r.remote);
        if (until == 0)
            return reply::envelope(QJsonValue::Null);
        return reply::envelope(QJsonObject{{QStringLiteral("blockedUntil"), until}});
    });

    router.get(QStringLiteral("/auth-api/customerdomainname"), Access::Public,
               [](Request &r) { return reply::envelope(r.org->slug); });

    // Extension: no SSO in the reference server.
    router.get(QStringLiteral("/auth-api/sso/settings"), Access::Public, [](Request &) {
        return reply::envelope(QJsonObject{{QStringLiteral("ssoEnabled"), false},
                                           {QStringLiteral("providers"), QJsonArray()}});
    });

    // Extension: end this login (revokes its refresh family and its access tokens).
    router.put(QStringLiteral("/auth-api/logout"), Access::Parent, [&portal](Request &r) {
        portal.tokens.revokeSession(r.caller.sessionId);
        Reply out = reply::envelope(QJsonValue::Null);
        out.headers.append({QByteArrayLiteral("Set-Cookie"),
                            refreshCookie + "=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Strict"});
        return out;
    });
}

} // namespace nestje::server
