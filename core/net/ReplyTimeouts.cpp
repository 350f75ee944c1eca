// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ReplyTimeouts.h"

#include <QNetworkReply>
#include <QPointer>

#include <algorithm>

namespace nestje {

ReplyTimeouts::ReplyTimeouts(int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_timeoutMs(timeoutMs)
{
    m_clock.start();
    m_tick.callOnTimeout(this, &ReplyTimeouts::check);
    setTimeout(timeoutMs);
}

void ReplyTimeouts::setTimeout(int ms)
{
    m_timeoutMs = ms;
    // A timeout fires at most a quarter late; the tick runs only while something is watched.
    m_tick.setInterval(std::max(50, ms / 4));
}

void ReplyTimeouts::watch(QNetworkReply *reply)
{
    m_watched.insert(reply, {m_clock.elapsed(), false});
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this, reply] { noteSign(reply, false); });
    connect(reply, &QNetworkReply::requestSent, this, [this, reply] { noteSign(reply, false); });
    connect(reply, &QNetworkReply::uploadProgress, this, [this, reply] { noteSign(reply, false); }); // our bytes
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { noteSign(reply, true); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply] { noteSign(reply, true); });
    connect(reply, &QObject::destroyed, this, [this, reply] { forget(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        // An answer heard; not one this cut off (its headers may have come).
        if (m_watched.contains(reply) && reply->error() != QNetworkReply::OperationCanceledError &&
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            m_portalHeard = m_clock.elapsed();
        forget(reply);
    });
    if (!m_tick.isActive()) {
        m_lastTick = m_clock.elapsed();
        m_tick.start();
    }
}

void ReplyTimeouts::forget(QNetworkReply *reply)
{
    m_watched.remove(reply);
    if (m_watched.isEmpty())
        m_tick.stop();
}

void ReplyTimeouts::noteSign(QNetworkReply *reply, bool fromPortal)
{
    const qint64 now = m_clock.elapsed();
    if (fromPortal)
        m_portalHeard = now;
    if (const auto found = m_watched.find(reply); found != m_watched.end())
        *found = {now, true};
}

void ReplyTimeouts::check()
{
    const qint64 now = m_clock.elapsed();
    // A tick far later than due means the event loop was busy (storing a page): answers that
    // arrived meanwhile still wait in it. They go first; this tick judges nothing.
    const bool late = now - m_lastTick > 2 * m_tick.interval();
    m_lastTick = now;
    if (late)
        return;
    QList<QPointer<QNetworkReply>> timedOut;
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        const qint64 quietSince =
            it->onItsWay ? it->since : std::max(it->since, m_portalHeard);
        if (now - quietSince >= m_timeoutMs)
            timedOut << it.key();
    }
    // abort() finishes the reply at once, which takes it out of m_watched.
    for (const QPointer<QNetworkReply> &reply : std::as_const(timedOut)) {
        if (reply)
            reply->abort();
    }
}

} // namespace nestje
