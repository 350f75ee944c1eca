// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QThreadPool>

#include <atomic>

struct sqlite3;

namespace nestje {

// The checkpoints of one cache's write-ahead log, on a worker thread of their own.
// SQLite copies the log back into the database file (a checkpoint, with an fsync) inside the
// commit that lets the log pass 1,000 pages, on the committing thread: the UI thread. In a first
// sync at --scale 10 the timeline's batches with a checkpoint held the UI thread 36-58 ms; the
// 90th percentile batch went from 36-37 to 23-27 ms with the checkpoints moved. This replaces
// SQLite's automatic checkpoints of the connection it is given by the same checkpoint, PASSIVE (it
// never waits for readers or writers), run on a connection of its own after such a commit.
class WalCheckpoints
{
public:
    // Takes over `connection`'s automatic checkpoints; the log lives beside `filePath`.
    WalCheckpoints(sqlite3 *connection, QString filePath);
    // Waits for a checkpoint under way, and gives the connection its automatic ones back, so
    // the connection can close (and the files go) right after.
    ~WalCheckpoints();
    WalCheckpoints(const WalCheckpoints &) = delete;
    WalCheckpoints &operator=(const WalCheckpoints &) = delete;

    // SQLite's own threshold (SQLITE_DEFAULT_WAL_AUTOCHECKPOINT), in pages of the log.
    static constexpr int pagesBeforeCheckpoint = 1000;

private:
    static int afterCommit(void *self, sqlite3 *connection, const char *database, int pages);
    void checkpoint();

    sqlite3 *m_connection;
    QString m_filePath;
    QThreadPool m_worker;
    std::atomic<bool> m_running{false}; // one at a time; the next commit asks again
};

} // namespace nestje
