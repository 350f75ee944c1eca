// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/Clock.h"

#include <QHash>
#include <QList>
#include <QString>

namespace nestje::server {

class Database;

// Slows password guessing without letting a stranger lock a parent out. Every password check
// (login, the current password of PUT parent/password) asks admit() first and reports its
// outcome with settle(); checks still running count as failures for their account and address,
// so a burst of parallel guesses cannot slip past the count.
//
// - Per account and client address: three failures are free (typos); after that each attempt
//   from that address for that account waits 1 s, 2 s, 4 s, … up to 15 minutes after the last
//   failure. Failures are remembered for a day; a success from that address clears them.
// - Per client address (IPv6: its /64), over all accounts: at most 30 failures an hour.
// - Nothing per account alone: a parent logging in from another address (their own phone,
//   home) with the right password is never refused because someone else guessed.
class LoginGuard
{
public:
    static constexpr int freeFailures = 3;
    static constexpr qint64 firstDelayMs = 1000;
    static constexpr qint64 maxDelayMs = 15 * 60 * 1000;
    static constexpr qint64 memoryMs = 24 * 60 * 60 * 1000;
    static constexpr int addressBudget = 30;
    static constexpr qint64 addressWindowMs = 60 * 60 * 1000;

    LoginGuard(Database &db, Clock clock);

    // Call once after the database is open (an index for the per-address budget).
    void initialise();

    // The key failures are counted under: the address, or for IPv6 its /64 (one household or
    // one server gets a whole /64 to pick addresses from).
    static QString clientKey(const QString &remote);

    // Before a password check: 0 when it may go ahead, otherwise the epoch ms from which this
    // client may try this account again (refused without hashing: waiting costs nothing).
    qint64 admit(qint64 orgId, const QString &username, const QString &remote);
    // After an admitted check. A failure is recorded (in the caller's transaction, if any);
    // a success forgets this address's failures for this account.
    void settle(qint64 orgId, const QString &username, const QString &remote, bool success);

    // Epoch ms until which the client at `remote` must wait before trying `username`, or 0.
    qint64 blockedUntil(qint64 orgId, const QString &username, const QString &remote);
    // The same for the latest accounts tried from `remote` (/auth-api/captcha without a name).
    qint64 blockedUntilForRemote(qint64 orgId, const QString &remote);

private:
    // Checks admitted and not settled yet (start times), per account and address. In memory:
    // they last a hashing's time; a lost one (a 503'd check) stops counting after a minute.
    static constexpr qint64 inFlightMs = 60 * 1000;
    static QString pairKey(qint64 orgId, const QString &username, const QString &key);
    QList<qint64> &inFlight(const QString &pair, qint64 now);

    qint64 pairUntil(qint64 orgId, const QString &username, const QString &key, qint64 now);
    qint64 addressUntil(const QString &key, qint64 now);
    void prune(qint64 now);

    Database &m_db;
    Clock m_now;
    qint64 m_lastPrune = 0;
    QHash<QString, QList<qint64>> m_inFlight;
};

} // namespace nestje::server
