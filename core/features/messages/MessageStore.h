#pragma once

#include "db/Database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace nestje {

// Message threads (logbook overview rows) and the messages inside each thread.
class MessageStore
{
public:
    explicit MessageStore(Database &db) : m_db(db) {}

    // Upserts overview rows; `changedThreadIds` gets the threads whose details need fetching
    // (new, or a newer last message than the messages we hold). Returns false on a disk error.
    bool upsertThreads(const QJsonArray &rows, QStringList *changedThreadIds);
    // Replaces the messages of one thread with the thread's details (reference §5.P7).
    bool storeThreadDetails(const QString &threadId, const QJsonObject &details);
    int threadCount() const;
    int messageCount(const QString &threadId) const;

private:
    Database &m_db;
};

} // namespace nestje
