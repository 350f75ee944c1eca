// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace nestje::server {

struct Portal;

// "Wanneer op de gekozen datum geen beoordeling heeft plaatsgevonden, wordt de aanvraag
// automatisch teruggetrokken": requests expire on time even when nobody calls the server. One
// single-shot timer aims at the next expiry moment; it is re-armed after every parent write and
// after each sweep, and a sweep runs at start-up for whatever expired while the server was down.
class ExpiryScheduler : public QObject
{
    Q_OBJECT
public:
    // Long sleeps are cut into hours: the clock may be moved (tests, NTP), and staff commands in
    // another process may change the data.
    static constexpr qint64 maxSleepMs = 60 * 60 * 1000;

    explicit ExpiryScheduler(Portal &portal, QObject *parent = nullptr);
    void start();
    void arm();
    int sweep();

private:
    Portal &m_portal;
    QTimer m_timer;
};

} // namespace nestje::server
