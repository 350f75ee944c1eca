// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/auth/LoginGuard.h"

#include "server/storage/Database.h"

#include <QHostAddress>
#include <QStringList>

namespace nestje::server {

LoginGuard::LoginGuard(Database &db, Clock clock)
    : m_db(db)
    , m_now(std::move(clock))
{
}

void LoginGuard::initialise()
{
    m_db.run(QStringLiteral(
        "CREATE INDEX IF NOT EXISTS login_failures_remote ON login_failures (remote, at_ms)"));
}

QString LoginGuard::clientKey(const QString &remote)
{
    const QHostAddress address(remote);
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return remote;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

QString LoginGuard::pairKey(qint64 orgId, const QString &username, const QString &key)
{
    return QString::number(orgId) + QLatin1Char('\n') + username.toLower() + QLatin1Char('\n') +
           key;
}

QList<qint64> &LoginGuard::inFlight(const QString &pair, qint64 now)
{
    QList<qint64> &starts = m_inFlight[pair];
    starts.removeIf([now](qint64 start) { return start < now - inFlightMs; });
    return starts;
}

qint64 LoginGuard::pairUntil(qint64 orgId, const QString &username, const QString &key, qint64 now)
{
    QSqlQuery &q =
        m_db.run(QStringLiteral("SELECT COUNT(*), MAX(at_ms) FROM login_failures WHERE org_id = ?"
                                " AND username = ? AND remote = ? AND at_ms > ?"),
                 {orgId, username.toLower(), key, now - memoryMs});
    int failures = q.next() ? q.value(0).toInt() : 0;
    qint64 latest = failures > 0 ? q.value(1).toLongLong() : 0;
    q.finish();
    const QString pair = pairKey(orgId, username, key);
    if (m_inFlight.contains(pair)) {
        const QList<qint64> &starts = inFlight(pair, now);
        failures += int(starts.size());
        for (qint64 start : starts)
            latest = std::max(latest, start);
        if (starts.isEmpty())
            m_inFlight.remove(pair);
    }
    if (failures < freeFailures)
        return 0;
    const int doublings = std::min(failures - freeFailures, 20);
    const qint64 delay = std::min(maxDelayMs, firstDelayMs << doublings);
    return latest + delay > now ? latest + delay : 0;
}

qint64 LoginGuard::addressUntil(const QString &key, qint64 now)
{
    // The budget frees up as the oldest failures in the window age out.
    QSqlQuery &q =
        m_db.run(QStringLiteral("SELECT at_ms FROM login_failures WHERE remote = ? AND at_ms > ?"
                                " ORDER BY at_ms DESC LIMIT 1 OFFSET ?"),
                 {key, now - addressWindowMs, addressBudget - 1});
    const qint64 until = q.next() ? q.value(0).toLongLong() + addressWindowMs : 0;
    q.finish();
    return until > now ? until : 0;
}

qint64 LoginGuard::blockedUntil(qint64 orgId, const QString &username, const QString &remote)
{
    const qint64 now = m_now();
    const QString key = clientKey(remote);
    return std::max(pairUntil(orgId, username, key, now), addressUntil(key, now));
}

qint64 LoginGuard::blockedUntilForRemote(qint64 orgId, const QString &remote)
{
    const qint64 now = m_now();
    const QString key = clientKey(remote);
    QSqlQuery &q =
        m_db.run(QStringLiteral("SELECT DISTINCT username FROM login_failures WHERE org_id = ?"
                                " AND remote = ? AND at_ms > ?"),
                 {orgId, key, now - memoryMs});
    QStringList users;
    while (q.next())
        users.append(q.value(0).toString());
    q.finish();
    qint64 latest = addressUntil(key, now);
    for (const QString &user : std::as_const(users))
        latest = std::max(latest, pairUntil(orgId, user, key, now));
    return latest;
}

qint64 LoginGuard::admit(qint64 orgId, const QString &username, const QString &remote)
{
    const qint64 now = m_now();
    const QString key = clientKey(remote);
    const qint64 until = std::max(pairUntil(orgId, username, key, now), addressUntil(key, now));
    if (until > 0)
        return until;
    inFlight(pairKey(orgId, username, key), now).append(now);
    return 0;
}

void LoginGuard::settle(qint64 orgId, const QString &username, const QString &remote, bool success)
{
    const qint64 now = m_now();
    const QString key = clientKey(remote);
    const QString pair = pairKey(orgId, username, key);
    if (m_inFlight.contains(pair)) {
        QList<qint64> &starts = inFlight(pair, now);
        if (!starts.isEmpty())
            starts.removeFirst();
        if (starts.isEmpty())
            m_inFlight.remove(pair);
    }
    if (success) {
        m_db.run(QStringLiteral(
                     "DELETE FROM login_failures WHERE org_id = ? AND username = ? AND remote = ?"),
                 {orgId, username.toLower(), key});
        return;
    }
    prune(now);
    m_db.run(
        QStringLiteral(
            "INSERT INTO login_failures (org_id, username, remote, at_ms) VALUES (?, ?, ?, ?)"),
        {orgId, username.toLower(), key, now});
}

void LoginGuard::prune(qint64 now)
{
    if (now - m_lastPrune < 60 * 1000)
        return;
    m_lastPrune = now;
    m_db.run(QStringLiteral("DELETE FROM login_failures WHERE at_ms < ?"), {now - memoryMs});
}

} // namespace nestje::server
