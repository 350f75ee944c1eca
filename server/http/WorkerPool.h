// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace nestje::server {

// A few threads for slow, self-contained work (password hashing), so the event thread keeps
// answering everyone else. Bounded twice: a fixed number of threads (CPU) and a queue limit
// (memory and waiting time); beyond the limit, work is refused and the caller answers 503.
class WorkerPool
{
public:
    WorkerPool(int threads, int maxQueued);
    ~WorkerPool(); // waits for running work

    // Runs `work` on a worker, then `done` on `context`'s thread (dropped if `context` is gone
    // by then). False, and nothing runs, when the queue is full.
    bool submit(QObject *context, std::function<void()> work, std::function<void()> done);

    int threads() const { return m_pool.maxThreadCount(); }
    int pending() const { return m_pending.load(); }

private:
    QThreadPool m_pool;
    int m_maxQueued;
    std::atomic<int> m_pending{0};
};

} // namespace nestje::server
