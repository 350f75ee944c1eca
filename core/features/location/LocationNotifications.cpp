// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/LocationNotifications.h"

#include "db/Database.h"
#include "text/HtmlText.h"

#include <QCoreApplication>

namespace nestje {

QList<NewItem> locationNotifications(Database &db)
{
    QList<NewItem> items;
    if (QSqlQuery *q = db.select(QStringLiteral("SELECT id, title, snippet FROM news WHERE is_new = 1"))) {
        while (q->next())
            items << NewItem{QStringLiteral("news"), q->value(0).toString(), QCoreApplication::translate("NotificationFeed", "News: %1").arg(q->value(1).toString()),
                             plainTextFromHtml(q->value(2).toString()).simplified().left(160)};
    }
    if (QSqlQuery *q = db.select(QStringLiteral("SELECT id, subject FROM newsletters WHERE unread = 1"))) {
        while (q->next())
            items << NewItem{QStringLiteral("newsletters"), q->value(0).toString(), QCoreApplication::translate("NotificationFeed", "New newsletter"),
                             q->value(1).toString()};
    }
    return items;
}

} // namespace nestje
