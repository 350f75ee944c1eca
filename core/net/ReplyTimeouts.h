// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class QNetworkReply;

namespace nestje {

// Gives up on requests the portal no longer answers, and only on those.
// Qt's own transfer timeout counts from the moment a request is handed to Qt, also while it
// waits in Qt's queue for a connection to the portal (six at a time over HTTP/1.1). A first sync asks for dozens
// of things at once, so on a slow link (four seconds an answer, as on a crowded train) the ones
// at the back passed 20 s in the queue and failed as "no connection" although the portal was
// answering all along. Here a request that is on its way (connecting or sent) times out after
// `timeout` without any sign of it; one still queued only when nothing from the portal has
// arrived for `timeout` (a portal that answers no one: all go, as soon as with Qt's timeout).
class ReplyTimeouts : public QObject
{
    Q_OBJECT
public:
    explicit ReplyTimeouts(int timeoutMs, QObject *parent = nullptr);

    void setTimeout(int ms);
    int timeout() const { return m_timeoutMs; }
    // Watches `reply` until it finishes; a timed-out one is aborted (OperationCanceledError).
    // Its request must not carry Qt's transfer timeout.
    void watch(QNetworkReply *reply);

private:
    struct Watched
    {
        qint64 since = 0;     // asked, or the last sign of it once on its way
        bool onItsWay = false; // connecting or sent: no longer waiting in Qt's queue
    };
    void noteSign(QNetworkReply *reply, bool fromPortal);
    void forget(QNetworkReply *reply);
    void check();

    int m_timeoutMs;
    QElapsedTimer m_clock;
    qint64 m_portalHeard = 0; // the last time anything arrived from the portal
    qint64 m_lastTick = 0;
    QHash<QNetworkReply *, Watched> m_watched;
    QTimer m_tick;
};

} // namespace nestje
