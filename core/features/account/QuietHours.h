// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/NotificationFeed.h"

#include <QtQml/qqmlregistration.h>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace nestje {

// Stille uren: a time of the day (the device's clock: it is the parent's night, wherever the
// portal is) in which notifications wait, kept on this device for every account.
struct QuietWindow
{
    bool enabled = false;
    int from = 22 * 60; // minutes after midnight
    int until = 7 * 60; // may be earlier than `from`: the window goes past midnight

    // Whether notifications wait at `local` (a window with from == until is empty).
    bool covers(const QDateTime &local) const;
    // When the window that covers `local` ends; invalid when it does not cover it.
    QDateTime end(const QDateTime &local) const;

    static QuietWindow remembered();
    void remember() const;
};

// Tells every QuietHours object and the gate that the setting changed.
class QuietHoursNotifier : public QObject
{
    Q_OBJECT
public:
    static QuietHoursNotifier *instance();
signals:
    void changed();
};

// The setting in Overig > Notificaties.
//
//     QuietHours { id: quiet }   quiet.enabled = true; quiet.from = 22 * 60; quiet.until = 7 * 60
class QuietHours : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY changed)
    Q_PROPERTY(int from READ from WRITE setFrom NOTIFY changed)
    Q_PROPERTY(int until READ until WRITE setUntil NOTIFY changed)
public:
    explicit QuietHours(QObject *parent = nullptr);

    bool enabled() const { return m_window.enabled; }
    int from() const { return m_window.from; }
    int until() const { return m_window.until; }
    void setEnabled(bool enabled);
    void setFrom(int minutes);
    void setUntil(int minutes);

    // "22:00" for 1320.
    Q_INVOKABLE QString timeText(int minutes) const;

signals:
    void changed();

private:
    void store(const QuietWindow &window);

    QuietWindow m_window;
};

// Between the syncs and the desktop: what would be notified during quiet hours waits, and is
// handed on once they end (or once the parent switched them off or moved them); outside quiet
// hours everything passes at once. Nothing is kept in memory: waiting items are the feed's items
// not yet announced (NotificationFeed::waiting), so what was read meanwhile is no longer new and
// is not shown, and what waited when the app quit is still there after a restart.
class QuietHoursGate : public QObject
{
    Q_OBJECT
public:
    // What the gate needs of the accounts (the app: Accounts and AccountSession).
    struct Feed
    {
        std::function<QStringList()> accounts;                      // those that notify
        std::function<QList<NewItem>(const QString &account)> look; // waiting, not noted
        std::function<QList<NewItem>(const QString &account)> take; // noted as announced
        std::function<void(const QString &account, const QList<NewItem> &items)> deliver;
    };

    explicit QuietHoursGate(Feed feed, QObject *parent = nullptr);

    // A sync of `account` ended: its new items are delivered now, or wait for the end of quiet
    // hours.
    void offer(const QString &account);
    // How many items wait, over every account.
    int heldCount() const;
    // Tests move the clock; the app uses the device's.
    void setClock(std::function<QDateTime()> clock);

    // Looks again at the clock and the setting; releases what waits when quiet hours are over.
    void recheck();

    static constexpr int recheckMs = 60 * 1000; // a setting moved by another process, a clock jump

private:
    void deliverNew(const QString &account);

    Feed m_feed;
    std::function<QDateTime()> m_clock;
    QTimer m_timer;
};

} // namespace nestje
