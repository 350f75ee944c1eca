// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/MessageNotifications.h"

#include "db/Database.h"
#include "text/HtmlText.h"

#include <QCoreApplication>

namespace nestje {

QList<NewItem> messageNotifications(Database &db)
{
    QList<NewItem> items;
    if (QSqlQuery *q = db.select(QStringLiteral("SELECT id, date, subject, last_written, last_message FROM threads"
                                                " WHERE unread = 1 AND last_from_parent = 0"))) {
        while (q->next())
            items << NewItem{QStringLiteral("messages"), q->value(0).toString() + QLatin1Char('@') + q->value(1).toString(),
                             QCoreApplication::translate("NotificationFeed", "Message from %1").arg(q->value(3).toString()),
                             q->value(2).toString() + QStringLiteral(": ") + plainTextFromHtml(q->value(4).toString()).simplified().left(160)};
    }
    return items;
}

} // namespace nestje
