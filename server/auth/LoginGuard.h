#pragma once

#include "server/Clock.h"

#include <QString>

namespace nestje::server {

class Database;

// Brute-force protection: 5 failed logins for one account within 15 minutes lock that account
// for 15 minutes after the last failure. The portal reports the lock via /auth-api/captcha
// `blockedUntil`; a locked account's login is refused even with the right password.
class LoginGuard
{
public:
    static constexpr int maxFailures = 5;
    static constexpr qint64 windowMs = 15 * 60 * 1000;
    static constexpr qint64 lockMs = 15 * 60 * 1000;

    LoginGuard(Database &db, Clock clock);

    // Epoch ms until which the account is locked, or 0.
    qint64 blockedUntil(qint64 orgId, const QString &username);
    // The latest lock caused from `remote`: /auth-api/captcha is asked without a user name.
    qint64 blockedUntilForRemote(qint64 orgId, const QString &remote);

    void recordFailure(qint64 orgId, const QString &username, const QString &remote);
    void clearFailures(qint64 orgId, const QString &username);

private:
    Database &m_db;
    Clock m_now;
};

} // namespace nestje::server
