// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/NotificationFeed.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace nestje {

// Desktop notifications through the freedesktop Notifications service on the session bus
// (GNOME, KDE, Phosh, XFCE, dunst …). Without such a service they are silently skipped.
// Each shows the app's icon and name (app_icon and the desktop-entry hint name
// nl.nestje.Nestje), its body is escaped when the service reads markup, clicking it (the
// "default" action) emits openRequested with the item, and withdraw() takes it back once the
// item has been read in the app.
class DesktopNotifications : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifications(QObject *parent = nullptr);

    // Shows the items of one account; more than a few become one summary, not a flood.
    // `account` comes back with a click, so the item opens in the account it belongs to.
    void announce(const QString &organisation, const QList<NewItem> &items,
                  const QString &account = {});
    // One notification. `kind` and `id` name what clicking it opens; a second notification for
    // the same item of the same account replaces the first. An empty id stands for the kind's
    // page as a whole.
    void show(const QString &summary, const QString &body, const QString &kind = {},
              const QString &id = {}, const QString &account = {});
    // Closes the notification of this item, if one is showing (the parent has read the item).
    Q_INVOKABLE void withdraw(const QString &kind, const QString &id, const QString &account = {});
    // Closes every notification of `account`'s items that are no longer new ("kind\nid" not in
    // `stillNew`, from NotificationFeed::stillNew): read in the app meanwhile. A summary of
    // several items (no id) stays.
    void keepOnly(const QString &account, const QSet<QString> &stillNew);

    // What the notification service said it can do (GetCapabilities); empty until it answered.
    QStringList serverCapabilities() const { return m_capabilities; }

    // The body-markup subset of the Desktop Notifications spec: &, < and > must be escaped.
    static QString escapeMarkup(const QString &text);

    static constexpr int maxSeparate = 3;

signals:
    // The parent clicked a notification: show this item (e.g. "messages", "12@1700000000") of
    // `account`. Empty `id`: the page of `kind`; both empty: just the app.
    void openRequested(const QString &kind, const QString &id, const QString &account);

private slots:
    void onActionInvoked(uint notificationId, const QString &action);
    void onActivationToken(uint notificationId, const QString &token);
    void onNotificationClosed(uint notificationId, uint reason);

private:
    // Two accounts (two portals) may use the same ids: the account is part of an item's key.
    void showKey(const QString &itemKey, const QString &summary, const QString &body);
    static QString key(const QString &account, const QString &kind, const QString &id)
    {
        return account + QLatin1Char('\n') + kind + QLatin1Char('\n') + id;
    }
    void withdrawKey(const QString &itemKey);

    QStringList m_capabilities;
    QHash<uint, QString> m_keyOf;   // the service's notification id -> our item key
    QHash<QString, uint> m_shown;   // item key -> the service's notification id
    QSet<QString> m_pending;        // Notify sent, the service's id not known yet
    QSet<QString> m_withdrawnEarly; // of those, withdrawn before the id came back
    // Of those, shown again meanwhile: the newest summary and body, sent once the id is here so
    // that it replaces the first instead of stacking beside it.
    QHash<QString, std::pair<QString, QString>> m_showNext;
};

} // namespace nestje
