// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/Exchange.h"

#include <QString>

#include <optional>

namespace nestje::server {

class Database;

// The `Idempotency-Key` header of parent writes (the app's outbox retries with the same key).
// The first answer to a key is stored per account in the write's own transaction, so a retry
// either finds nothing (the first attempt never committed: the write runs now) or finds the
// stored answer and gets it byte for byte, without running the write again.
namespace idempotency {

inline constexpr qint64 retentionMs = 7LL * 24 * 60 * 60 * 1000; // outbox retries end long before

// 1 to 255 printable ASCII characters (a UUID is typical).
bool validKey(const QByteArray &key);
// What the key was first used for: method, path and a hash of the body. The same key with a
// different request is refused (422) rather than silently answered with another write's result.
QString fingerprint(const Request &request);

struct Stored
{
    Reply reply;
    bool sameRequest = true;
};
std::optional<Stored> find(Database &db, qint64 accountId, const QString &key, const QString &fingerprint);
void store(Database &db, qint64 accountId, const QString &key, const QString &fingerprint, const Reply &reply,
           qint64 nowMs);
// Forgets keys older than the retention (run at start-up and by the expiry sweep).
void sweep(Database &db, qint64 nowMs);

} // namespace idempotency
} // namespace nestje::server
