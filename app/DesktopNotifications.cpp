// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopNotifications.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

#include <optional>

namespace nestje {

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
const QString appId = QStringLiteral("nl.nestje.Nestje"); // the desktop file and the hicolor icon

QDBusMessage notificationsCall(const QString &method)
{
    return QDBusMessage::createMethodCall(service, path, interface, method);
}

} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(service, path, interface, QStringLiteral("ActivationToken"), this,
                SLOT(onActivationToken(uint, QString)));
    bus.connect(service, path, interface, QStringLiteral("NotificationClosed"), this,
                SLOT(onNotificationClosed(uint, uint)));
    auto *watcher = new QDBusPendingCallWatcher(
        bus.asyncCall(notificationsCall(QStringLiteral("GetCapabilities"))), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                const QDBusPendingReply<QStringList> reply = *call;
                if (reply.isValid())
                    m_capabilities = reply.value();
                call->deleteLater();
            });
}

QString DesktopNotifications::escapeMarkup(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            escaped += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            escaped += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            escaped += QLatin1String("&gt;");
        else
            escaped += c;
    }
    return escaped;
}

void DesktopNotifications::show(const QString &summary, const QString &body, const QString &kind,
                                const QString &id, const QString &account)
{
    showKey(key(account, kind, id), summary, body);
}

void DesktopNotifications::showKey(const QString &itemKey, const QString &summary,
                                   const QString &body)
{
    m_withdrawnEarly.remove(itemKey);
    if (m_pending.contains(itemKey)) {
        // Sent now it would stack beside the first (whose id is not back yet to replace it).
        m_showNext.insert(itemKey, {summary, body});
        return;
    }
    m_pending.insert(itemKey);
    QDBusMessage call = notificationsCall(QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), appId}};
    // "default" is the click on the notification itself; its label is shown by few services.
    const QStringList actions{QStringLiteral("default"), tr("Open")};
    // Until the service has said it reads only plain text, escaping is the safe side.
    const bool bodyMarkup =
        m_capabilities.isEmpty() || m_capabilities.contains(QLatin1String("body-markup"));
    call << QStringLiteral("Nestje") << m_shown.value(itemKey, 0u) << appId << summary
         << (bodyMarkup ? escapeMarkup(body) : body) << actions << hints << int(-1);
    // Asynchronous: a missing or slow notification service must never block or fail the app.
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this,
        [this, itemKey](QDBusPendingCallWatcher *pending) {
            pending->deleteLater();
            m_pending.remove(itemKey);
            const QDBusPendingReply<uint> reply = *pending;
            const std::optional<std::pair<QString, QString>> next =
                m_showNext.contains(itemKey) ? std::optional(m_showNext.take(itemKey)) : std::nullopt;
            if (!reply.isValid()) {
                if (!m_withdrawnEarly.remove(itemKey) && next)
                    showKey(itemKey, next->first, next->second);
                return;
            }
            const uint notificationId = reply.value();
            m_keyOf.insert(notificationId, itemKey);
            m_shown.insert(itemKey, notificationId);
            if (m_withdrawnEarly.remove(itemKey)) // read in the app while the call was under way
                withdrawKey(itemKey);
            else if (next) // shown again meanwhile: now it can replace this one
                showKey(itemKey, next->first, next->second);
        });
}

void DesktopNotifications::withdraw(const QString &kind, const QString &id, const QString &account)
{
    withdrawKey(key(account, kind, id));
}

void DesktopNotifications::keepOnly(const QString &account, const QSet<QString> &stillNew)
{
    const QString prefix = account + QLatin1Char('\n');
    QStringList gone;
    for (const QString &itemKey :
         m_shown.keys() + QList<QString>(m_pending.begin(), m_pending.end())) {
        if (!itemKey.startsWith(prefix))
            continue;
        const QString item = itemKey.mid(prefix.size()); // "kind\nid"
        if (!item.endsWith(QLatin1Char('\n')) && !stillNew.contains(item))
            gone << itemKey;
    }
    for (const QString &itemKey : std::as_const(gone))
        withdrawKey(itemKey);
}

void DesktopNotifications::withdrawKey(const QString &itemKey)
{
    const auto shown = m_shown.constFind(itemKey);
    if (shown == m_shown.cend()) {
        if (m_pending.contains(itemKey))
            m_withdrawnEarly.insert(itemKey);
        return; // not showing (never shown, closed by the parent, or from an earlier run)
    }
    QDBusMessage call = notificationsCall(QStringLiteral("CloseNotification"));
    call << shown.value();
    QDBusConnection::sessionBus().asyncCall(call);
    m_keyOf.remove(shown.value());
    m_shown.erase(shown);
}

void DesktopNotifications::onActionInvoked(uint notificationId, const QString &action)
{
    const auto found = m_keyOf.constFind(notificationId);
    if (found == m_keyOf.cend() || action != QLatin1String("default"))
        return; // another app's notification, or an action we did not offer
    const QStringList parts = found.value().split(QLatin1Char('\n'));
    emit openRequested(parts.value(1), parts.value(2), parts.value(0));
}

void DesktopNotifications::onActivationToken(uint notificationId, const QString &token)
{
    // Sent just before ActionInvoked (spec 1.2): with it the window may take focus on Wayland.
    // Qt's Wayland plugin uses XDG_ACTIVATION_TOKEN on the next QWindow::requestActivate().
    if (m_keyOf.contains(notificationId) && !token.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", token.toUtf8());
}

void DesktopNotifications::onNotificationClosed(uint notificationId, uint)
{
    const QString itemKey = m_keyOf.take(notificationId);
    if (!itemKey.isNull())
        m_shown.remove(itemKey);
}

void DesktopNotifications::announce(const QString &organisation, const QList<NewItem> &items,
                                    const QString &account)
{
    if (items.size() <= maxSeparate) {
        for (const NewItem &item : items)
            show(item.title, item.body, item.kind, item.id, account);
        return;
    }
    // The summary opens the page of the kind they share (all photos: the timeline), else the app.
    QString kind = items.constFirst().kind;
    for (const NewItem &item : items) {
        if (item.kind != kind)
            kind.clear();
    }
    show(tr("%n new items from %1", "", int(items.size())).arg(organisation),
         tr("Messages, photos and news are waiting for you in Nestje."), kind, QString(), account);
}

} // namespace nestje
