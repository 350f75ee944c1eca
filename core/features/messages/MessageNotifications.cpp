// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/MessageNotifications.h"

#include "features/messages/MessageStore.h"

#include <QCoreApplication>

namespace nestje {

QList<NewItem> messageNotifications(Database &db)
{
    QList<NewItem> items;
    for (const MessageThread &t : MessageStore(db).unreadFromOrganisation())
        items << NewItem{
            QStringLiteral("messages"), t.id + QLatin1Char('@') + QString::number(t.date),
            QCoreApplication::translate("NotificationFeed", "Message from %1").arg(t.lastWriter),
            t.subject + QStringLiteral(": ") + t.lastText.simplified().left(160)};
    return items;
}

} // namespace nestje
