// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// Stands in for the desktop's notification daemon on the private session bus of ./dev test,
// so the app's real D-Bus call is received and checked. It answers each Notify with its own id,
// and can click a notification (the ActionInvoked signal a real daemon sends).
class NotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList summaries;
    QStringList bodies;
    QList<uint> ids; // the id answered to each recorded Notify
    QList<uint> closed; // the ids the app took back (CloseNotification)

    // Takes org.freedesktop.Notifications on a connection of its own to the session bus of
    // ./dev test (so the app's calls arrive over the real bus); `why` says what failed.
    bool serve(QDBusConnection *bus, QString *why)
    {
        *bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                             QStringLiteral("notification-daemon"));
        if (!bus->isConnected())
            *why = QStringLiteral("needs the D-Bus session that ./dev test starts");
        else if (!bus->registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                      QDBusConnection::ExportAllSlots))
            *why = QStringLiteral("the notifications object could not be registered");
        else if (!bus->registerService(QStringLiteral("org.freedesktop.Notifications")))
            *why = QStringLiteral("org.freedesktop.Notifications is taken");
        else
            return true;
        return false;
    }

    // Sends what a daemon sends when the parent clicks notification `id`, over `bus` (the
    // connection that owns org.freedesktop.Notifications).
    static void click(const QDBusConnection &bus, uint id)
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        signal << id << QStringLiteral("default");
        bus.send(signal);
    }

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &, const QString &summary,
                const QString &body, const QStringList &, const QVariantMap &hints, int)
    {
        if (appName != QLatin1String("Nestje") || !hints.contains(QStringLiteral("desktop-entry")))
            return 0;
        summaries << summary;
        bodies << body;
        const uint id = replacesId != 0 ? replacesId : ++m_lastId;
        ids << id;
        return id;
    }
    void CloseNotification(uint id) { closed << id; }

private:
    uint m_lastId = 0;
};
