// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/Writes.h"

#include <optional>

namespace nestje {

class Database;

// The writes table: every statement of the local-first write path (Writes decides what
// happens next). A write's payload and its steps' results are kept as JSON text.
class WriteStore
{
public:
    explicit WriteStore(Database &db)
        : m_db(db)
    {
    }

    bool isOpen() const;
    // Stores a new write as "sending"; its id, or 0 when the disk refused.
    qint64 insert(const QString &kind, const QJsonObject &payload, const QStringList &files,
                  const QString &key);
    std::optional<PendingWrite> write(qint64 id) const;
    // Of one kind, newest first.
    QList<PendingWrite> ofKind(const QString &kind) const;
    // Sending, but with no step in the outbox (a crash between two steps).
    QList<PendingWrite> interrupted() const;
    QList<PendingWrite> sent() const;
    // The write whose step is outbox item `item`.
    std::optional<PendingWrite> byOutboxItem(qint64 item) const;
    // The outbox item of its current step, 0 when none.
    qint64 outboxItem(qint64 id) const;

    void markSent(qint64 id);
    void markFailed(qint64 id, const QString &errorText);
    void markSending(qint64 id);
    void setOutboxItem(qint64 id, qint64 item);
    // The next step is due: `step` and the results so far; false when the disk refused.
    bool advance(qint64 id, int step, const QJsonArray &results);
    void remove(qint64 id);

private:
    Database &m_db;
};

} // namespace nestje
