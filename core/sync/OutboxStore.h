// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/Outbox.h"

#include <optional>

namespace nestje {

class Database;

// The outbox table: every statement of the durable queue (Outbox decides what to send when).
// A request body is kept as JSON text and handed back as it was.
class OutboxStore
{
public:
    explicit OutboxStore(Database &db)
        : m_db(db)
    {
    }

    // Items a crash caught "sending" wait again (their Idempotency-Key makes resending safe).
    void resetSending();
    // Stores a new waiting item; its id, or 0 when the disk refused.
    qint64 insert(const QString &kind, const ApiCall &call, const QByteArray &idempotencyKey);
    Outbox::Item item(qint64 id) const;
    QList<Outbox::Item> items(const QString &kind) const;
    int pendingCount() const;
    // The oldest waiting item due at `now` (ms since the epoch).
    std::optional<Outbox::Item> nextDue(qint64 now) const;
    // When the next waiting item is due (ms since the epoch), 0 when none waits.
    qint64 nextAttemptAt() const;

    void makeWaitingDue();
    void retryFailed(qint64 id);
    void discardFailed(qint64 id);
    void forgetSent(qint64 id);
    void record(qint64 id, Outbox::State state, const QString &errorText, const QJsonValue &result,
                bool countAttempt, qint64 nextAttemptAt);

private:
    Database &m_db;
};

} // namespace nestje
