// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/Clock.h"
#include "server/http/Exchange.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace nestje::server {

class Database;

// Access tokens (HS256 JWT, 15 minutes) and refresh sessions. A login starts a session, which is
// one refresh token family: every refresh rotates the refresh token, and presenting a token that
// was already rotated away (a stolen copy, or a replay) revokes the whole family, except once
// within rotationGraceMs of its rotation (a client that died before storing the new token).
// A failed commit throws DatabaseError (a 500): nothing is answered that was not stored.
class TokenService
{
public:
    static constexpr qint64 accessLifetimeMs = 15 * 60 * 1000;
    static constexpr qint64 webSessionLifetimeMs = 60 * 60 * 1000;            // browser cookie
    static constexpr qint64 appSessionLifetimeMs = 30LL * 24 * 60 * 60 * 1000; // X-Client-Name
    static constexpr qint64 rotationGraceMs = 20 * 1000;

    TokenService(Database &db, Clock clock);

    // Loads or creates the signing secret. Call once after the database is open.
    void initialise();

    struct Issued
    {
        QByteArray accessToken;
        qint64 accessExpires = 0;
        QByteArray refreshToken;
        qint64 refreshLifetimeMs = 0;
        qint64 accountId = 0;
    };
    struct Account
    {
        qint64 id = 0;
        qint64 familyId = 0;
        QString username;
    };

    Issued startSession(const Account &account, const Organisation &org, bool appStyle);

    enum class RefreshResult { Ok, Unknown, Expired, Reused, Revoked };
    RefreshResult refresh(const QByteArray &refreshToken, const Organisation &org, Issued *issued);

    // Revokes the session behind a valid access token (logout).
    void revokeSession(const QString &sessionId);

    // The parent behind `Authorization: Bearer …` for `org`, if the token is valid, unexpired,
    // issued for this organisation and its session is not revoked.
    std::optional<Caller> authenticate(const QByteArray &authorizationHeader, const Organisation &org);

private:
    QByteArray accessToken(const Account &account, const Organisation &org, const QString &sessionId,
                           qint64 expires) const;
    QByteArray newRefreshToken(const QString &sessionId, qint64 expires);

    Database &m_db;
    Clock m_now;
    QByteArray m_secret;
};

} // namespace nestje::server
