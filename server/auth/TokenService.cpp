// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/auth/TokenService.h"

#include "server/auth/Jwt.h"
#include "server/storage/Database.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>

namespace nestje::server {

static QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Only a hash of a refresh token is stored: a copy of the database cannot be replayed.
static QString tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

// Every write here must land: a session that was not stored cannot be refreshed, a rotation
// that was not stored would let the old token live on. A failed commit is a 500, never an answer.
static void mustCommit(bool committed, const QString &problem, const char *what)
{
    if (!committed)
        throw DatabaseError{QStringLiteral("%1 was not committed: %2").arg(QLatin1String(what), problem)};
}

TokenService::TokenService(Database &db, Clock clock)
    : m_db(db)
    , m_now(std::move(clock))
{
}

void TokenService::initialise()
{
    QString secret = m_db.meta(QStringLiteral("jwt_secret"));
    if (secret.isEmpty()) {
        secret = QString::fromLatin1(randomToken(32));
        QString problem;
        mustCommit(m_db.transaction(
                       [&] {
                           m_db.setMeta(QStringLiteral("jwt_secret"), secret);
                           return true;
                       },
                       &problem),
                   problem, "the signing secret");
    }
    m_secret = secret.toLatin1();
}

QByteArray TokenService::accessToken(const Account &account, const Organisation &org,
                                     const QString &sessionId, qint64 expires) const
{
    const qint64 now = m_now();
    return jwt::sign({{QStringLiteral("sub"), QString::number(account.id)},
                      {QStringLiteral("fam"), QString::number(account.familyId)},
                      {QStringLiteral("usr"), account.username},
                      {QStringLiteral("org"), org.slug},
                      {QStringLiteral("sid"), sessionId},
                      {QStringLiteral("iat"), now / 1000},
                      {QStringLiteral("exp"), expires / 1000},
                      {QStringLiteral("jti"), QString::fromLatin1(randomToken(9))}},
                     m_secret);
}

QByteArray TokenService::newRefreshToken(const QString &sessionId, qint64 expires)
{
    const QByteArray token = randomToken(32);
    m_db.run(QStringLiteral("INSERT INTO refresh_tokens (token_hash, session_id, issued_ms, expires_ms, used)"
                            " VALUES (?, ?, ?, ?, 0)"),
             {tokenHash(token), sessionId, m_now(), expires});
    return token;
}

TokenService::Issued TokenService::startSession(const Account &account, const Organisation &org, bool appStyle)
{
    const qint64 now = m_now();
    Issued issued;
    issued.accountId = account.id;
    issued.refreshLifetimeMs = appStyle ? appSessionLifetimeMs : webSessionLifetimeMs;
    const QString sessionId = QString::fromLatin1(randomToken(12));
    QString problem;
    mustCommit(m_db.transaction(
                   [&] {
                       m_db.run(QStringLiteral("INSERT INTO auth_sessions (id, account_id, app_style, created_ms, expires_ms, revoked)"
                                               " VALUES (?, ?, ?, ?, ?, 0)"),
                                {sessionId, account.id, appStyle ? 1 : 0, now, now + issued.refreshLifetimeMs});
                       issued.refreshToken = newRefreshToken(sessionId, now + issued.refreshLifetimeMs);
                       return true;
                   },
                   &problem, Database::Lock::Deferred, Database::Effect::AuthOnly),
               problem, "the new session");
    issued.accessExpires = now + accessLifetimeMs;
    issued.accessToken = accessToken(account, org, sessionId, issued.accessExpires);
    return issued;
}

TokenService::RefreshResult TokenService::refresh(const QByteArray &refreshToken, const Organisation &org,
                                                  Issued *issued)
{
    const qint64 now = m_now();
    RefreshResult result = RefreshResult::Unknown;
    QString problem;
    const bool committed = m_db.transaction([&] {
        QSqlQuery &q = m_db.run(
            QStringLiteral("SELECT t.session_id, t.expires_ms, t.used, s.revoked, s.app_style, a.id, a.family_id,"
                           " a.username FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id"
                           " JOIN accounts a ON a.id = s.account_id WHERE t.token_hash = ? AND a.org_id = ?"),
            {tokenHash(refreshToken), org.id});
        if (!q.next())
            return true;
        const QString sessionId = q.value(0).toString();
        const qint64 expires = q.value(1).toLongLong();
        // 0: live; 1: rotated (legacy rows) or its grace spent; otherwise: when it was rotated.
        const qint64 used = q.value(2).toLongLong();
        const bool revoked = q.value(3).toInt() != 0;
        const bool appStyle = q.value(4).toInt() != 0;
        const Account account{q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toString()};
        q.finish();
        if (revoked) {
            result = RefreshResult::Revoked;
            return true;
        }
        // A client killed after we rotated but before it stored the new token comes back with
        // this one: accepted once more within the grace period. Any other reuse means someone
        // holds a copy: end the whole login.
        const bool graceUse = used > 1 && now - used <= rotationGraceMs;
        if (used != 0 && !graceUse) {
            m_db.run(QStringLiteral("UPDATE auth_sessions SET revoked = 1 WHERE id = ?"), {sessionId});
            result = RefreshResult::Reused;
            return true;
        }
        if (expires <= now) {
            result = RefreshResult::Expired;
            return true;
        }
        m_db.run(QStringLiteral("UPDATE refresh_tokens SET used = ? WHERE token_hash = ?"),
                 {graceUse ? qint64(1) : std::max<qint64>(now, 2), tokenHash(refreshToken)});
        // Sliding session: each refresh grants a fresh lifetime, as the portal's cookie does.
        issued->accountId = account.id;
        issued->refreshLifetimeMs = appStyle ? appSessionLifetimeMs : webSessionLifetimeMs;
        m_db.run(QStringLiteral("UPDATE auth_sessions SET expires_ms = ? WHERE id = ?"),
                 {now + issued->refreshLifetimeMs, sessionId});
        issued->refreshToken = newRefreshToken(sessionId, now + issued->refreshLifetimeMs);
        issued->accessExpires = now + accessLifetimeMs;
        issued->accessToken = accessToken(account, org, sessionId, issued->accessExpires);
        result = RefreshResult::Ok;
        return true;
    }, &problem, Database::Lock::Deferred, Database::Effect::AuthOnly);
    // A rotation (or a revocation after a reuse) that was not stored must not be answered.
    mustCommit(committed, problem, "the refresh token rotation");
    return result;
}

void TokenService::revokeSession(const QString &sessionId)
{
    QString problem;
    mustCommit(m_db.transaction(
                   [&] {
                       m_db.run(QStringLiteral("UPDATE auth_sessions SET revoked = 1 WHERE id = ?"), {sessionId});
                       return true;
                   },
                   &problem, Database::Lock::Deferred, Database::Effect::AuthOnly),
               problem, "the logout");
}

std::optional<Caller> TokenService::authenticate(const QByteArray &authorizationHeader, const Organisation &org)
{
    static const QByteArray bearer = QByteArrayLiteral("bearer ");
    if (authorizationHeader.size() <= bearer.size()
        || authorizationHeader.left(bearer.size()).toLower() != bearer)
        return std::nullopt;
    const auto claims = jwt::verify(authorizationHeader.mid(bearer.size()).trimmed(), m_secret);
    if (!claims)
        return std::nullopt;
    const qint64 expSeconds = claims->value(QLatin1String("exp")).toInteger();
    if (expSeconds * 1000 <= m_now() || claims->value(QLatin1String("org")).toString() != org.slug)
        return std::nullopt;
    Caller caller;
    caller.accountId = claims->value(QLatin1String("sub")).toString().toLongLong();
    caller.familyId = claims->value(QLatin1String("fam")).toString().toLongLong();
    caller.username = claims->value(QLatin1String("usr")).toString();
    caller.sessionId = claims->value(QLatin1String("sid")).toString();
    // A revoked login (reuse detected, logout) ends its access tokens at once, not after 15 min.
    const QVariant revoked = m_db.scalar(QStringLiteral("SELECT revoked FROM auth_sessions WHERE id = ?"),
                                         {caller.sessionId});
    if (!revoked.isValid() || revoked.toInt() != 0)
        return std::nullopt;
    return caller;
}

} // namespace nestje::server
