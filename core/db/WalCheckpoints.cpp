// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/WalCheckpoints.h"

#include <QLoggingCategory>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace nestje {

WalCheckpoints::WalCheckpoints(sqlite3 *connection, QString filePath)
    : m_connection(connection)
    , m_filePath(std::move(filePath))
{
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(10000);
    // Replaces the hook sqlite3_wal_autocheckpoint() installed: the commit no longer checkpoints.
    sqlite3_wal_hook(m_connection, &WalCheckpoints::afterCommit, this);
}

WalCheckpoints::~WalCheckpoints()
{
    sqlite3_wal_hook(m_connection, nullptr, nullptr);
    m_worker.waitForDone();
    sqlite3_wal_autocheckpoint(m_connection, pagesBeforeCheckpoint);
}

int WalCheckpoints::afterCommit(void *self, sqlite3 *, const char *, int pages)
{
    auto *checkpoints = static_cast<WalCheckpoints *>(self);
    if (pages >= pagesBeforeCheckpoint && !checkpoints->m_running.exchange(true))
        checkpoints->m_worker.start([checkpoints] {
            checkpoints->checkpoint();
            checkpoints->m_running = false;
        });
    return SQLITE_OK;
}

void WalCheckpoints::checkpoint()
{
    sqlite3 *own = nullptr;
    const QByteArray path = m_filePath.toUtf8();
    // The cache exists: open it only to read and write, never to make it (or its permissions).
    if (sqlite3_open_v2(path.constData(), &own, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(own, 1000);
        // As SQL, not sqlite3_wal_checkpoint_v2(): a connection that has read nothing yet does
        // not know the file is in WAL mode, and the C call then does nothing (measured).
        if (sqlite3_exec(own, "PRAGMA wal_checkpoint(PASSIVE)", nullptr, nullptr, nullptr) !=
            SQLITE_OK)
            qCWarning(lcStore) << "checkpoint failed:" << sqlite3_errmsg(own);
    } else {
        qCWarning(lcStore) << "checkpoint: cannot open the cache:" << sqlite3_errmsg(own);
    }
    sqlite3_close(own);
}

} // namespace nestje
