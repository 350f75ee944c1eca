#pragma once

#include "sync/NotificationFeed.h"

#include <QObject>

namespace nestje {

// Desktop notifications through the freedesktop Notifications service on the session bus
// (GNOME, KDE, XFCE, dunst …). Without such a service they are silently skipped.
class DesktopNotifications : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifications(QObject *parent = nullptr);

    // Shows the items of one account; more than a few become one summary, not a flood.
    void announce(const QString &organisation, const QList<NewItem> &items);
    void show(const QString &summary, const QString &body);

    static constexpr int maxSeparate = 3;
};

} // namespace nestje
