// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/planning/ExpiryScheduler.h"

#include "server/Portal.h"
#include "server/planning/RequestBook.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcExpiry, "nestje.server.expiry")

namespace nestje::server {

ExpiryScheduler::ExpiryScheduler(Portal &portal, QObject *parent)
    : QObject(parent)
    , m_portal(portal)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        sweep();
        arm();
    });
}

void ExpiryScheduler::start()
{
    sweep();
    arm();
}

int ExpiryScheduler::sweep()
{
    int expired = 0;
    QString problem;
    const bool ok = m_portal.db.transaction(
        [&] {
            expired = requests::expireDue(m_portal, m_portal.now());
            return true;
        },
        &problem, Database::Lock::Immediate);
    if (!ok)
        qCWarning(lcExpiry) << "expiry sweep failed, retried at the next arm:" << problem;
    return expired;
}

void ExpiryScheduler::arm()
{
    qint64 next = 0;
    try {
        next = requests::nextExpiry(m_portal);
    } catch (const DatabaseError &e) {
        qCWarning(lcExpiry) << "cannot read the next expiry:" << e.message;
        next = m_portal.now() + 60 * 1000;
    }
    if (next == 0) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(next - m_portal.now() + 5, 0, maxSleepMs);
    m_timer.start(std::chrono::milliseconds(wait));
}

} // namespace nestje::server
