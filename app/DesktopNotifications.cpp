#include "DesktopNotifications.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QVariantMap>

namespace nestje {

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{
}

void DesktopNotifications::show(const QString &summary, const QString &body)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("nl.nestje.Nestje")}};
    call << QStringLiteral("Nestje") << uint(0) << QStringLiteral("nl.nestje.Nestje") << summary << body
         << QStringList() << hints << int(-1);
    // Fire and forget: a missing notification service must never block or fail the app.
    QDBusConnection::sessionBus().asyncCall(call);
}

void DesktopNotifications::announce(const QString &organisation, const QList<NewItem> &items)
{
    if (items.size() <= maxSeparate) {
        for (const NewItem &item : items)
            show(item.title, item.body);
        return;
    }
    show(tr("%n new items from %1", "", int(items.size())).arg(organisation),
         tr("Messages, photos and news are waiting for you in Nestje."));
}

} // namespace nestje
