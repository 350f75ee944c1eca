// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/WorkerPool.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace nestje::server {

// Linux nice values are per thread: a hashing thread yields the CPU to the event thread, so a
// queue of logins slows down logins, not everyone else's requests.
static void yieldToTheEventThread()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        (void)setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
    }
#endif
}

WorkerPool::WorkerPool(int threads, int maxQueued)
    : m_maxQueued(maxQueued)
{
    m_pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount() / 2));
    m_pool.setExpiryTimeout(
        -1); // threads stay: starting one per login would cost more than it saves
}

WorkerPool::~WorkerPool()
{
    m_pool.clear();
    m_pool.waitForDone();
}

bool WorkerPool::submit(QObject *context, std::function<void()> work, std::function<void()> done)
{
    if (m_pending.load() >= m_maxQueued + m_pool.maxThreadCount())
        return false;
    ++m_pending;
    // `context` owns this pool, and the destructor waits for running work: it outlives every
    // call posted here, and Qt drops posted calls when it is deleted.
    m_pool.start([this, context, work = std::move(work), done = std::move(done)]() mutable {
        yieldToTheEventThread();
        try {
            work();
        } catch (...) {
            // `done` sees the work's result unset and answers with an error.
            qWarning("nestje.server: background work failed");
        }
        --m_pending;
        QMetaObject::invokeMethod(context, std::move(done), Qt::QueuedConnection);
    });
    return true;
}

} // namespace nestje::server
