// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/TimelineNotifications.h"

#include "db/Database.h"
#include <QDateTime>

#include <QCoreApplication>

namespace nestje {

QList<NewItem> timelineNotifications(Database &db)
{
    QList<NewItem> items;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - 2 * 24 * 3600 * 1000LL;
    if (QSqlQuery *q = db.select(QStringLiteral("SELECT c.card_key, c.type, (SELECT COUNT(*) FROM photos p WHERE"
                                                " p.card_key = c.card_key) FROM cards c WHERE c.date >= ?"
                                                " AND c.type IN ('photo', 'journal') AND c.by_parent = 0"),
                                 {since})) {
        while (q->next()) {
            const bool photo = q->value(1).toString() == QLatin1String("photo");
            const int count = q->value(2).toInt();
            items << NewItem{photo ? QStringLiteral("photos") : QStringLiteral("journal"), q->value(0).toString(),
                             photo ? QCoreApplication::translate("NotificationFeed", "New photos") : QCoreApplication::translate("NotificationFeed", "New diary entry"),
                             photo ? QCoreApplication::translate("NotificationFeed", "%n new photo(s) of today", nullptr, count) : QCoreApplication::translate("NotificationFeed", "The group wrote in the diary.")};
        }
    }
    return items;
}

} // namespace nestje
