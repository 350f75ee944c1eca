#include "server/auth/LoginGuard.h"

#include "server/storage/Database.h"

#include <QList>

namespace nestje::server {

LoginGuard::LoginGuard(Database &db, Clock clock)
    : m_db(db)
    , m_now(std::move(clock))
{
}

qint64 LoginGuard::blockedUntil(qint64 orgId, const QString &username)
{
    const qint64 now = m_now();
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT at_ms FROM login_failures WHERE org_id = ? AND username = ?"
                                           " AND at_ms > ? ORDER BY at_ms DESC"),
                            {orgId, username.toLower(), now - windowMs - lockMs});
    QList<qint64> times;
    while (q.next() && times.size() < maxFailures)
        times.append(q.value(0).toLongLong());
    q.finish();
    if (times.size() < maxFailures || times.first() - times.last() > windowMs)
        return 0;
    const qint64 until = times.first() + lockMs;
    return until > now ? until : 0;
}

qint64 LoginGuard::blockedUntilForRemote(qint64 orgId, const QString &remote)
{
    const qint64 now = m_now();
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT DISTINCT username FROM login_failures WHERE org_id = ?"
                                           " AND remote = ? AND at_ms > ?"),
                            {orgId, remote, now - windowMs - lockMs});
    QStringList users;
    while (q.next())
        users.append(q.value(0).toString());
    q.finish();
    qint64 latest = 0;
    for (const QString &user : users)
        latest = std::max(latest, blockedUntil(orgId, user));
    return latest;
}

void LoginGuard::recordFailure(qint64 orgId, const QString &username, const QString &remote)
{
    m_db.transaction([&] {
        // Old rows are no longer evidence of anything: prune as we go.
        m_db.run(QStringLiteral("DELETE FROM login_failures WHERE at_ms < ?"), {m_now() - windowMs - lockMs});
        m_db.run(QStringLiteral("INSERT INTO login_failures (org_id, username, remote, at_ms) VALUES (?, ?, ?, ?)"),
                 {orgId, username.toLower(), remote, m_now()});
        return true;
    });
}

void LoginGuard::clearFailures(qint64 orgId, const QString &username)
{
    m_db.transaction([&] {
        m_db.run(QStringLiteral("DELETE FROM login_failures WHERE org_id = ? AND username = ?"),
                 {orgId, username.toLower()});
        return true;
    });
}

} // namespace nestje::server
