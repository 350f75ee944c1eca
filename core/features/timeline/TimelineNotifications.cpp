// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/TimelineNotifications.h"

#include "db/Database.h"
#include "features/timeline/TimelineStore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace nestje {

QList<NewItem> timelineNotifications(Database &db)
{
    QList<NewItem> items;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - 2 * 24 * 3600 * 1000LL;
    for (const RecentStaffCard &card : TimelineStore(db).recentStaffCards(since)) {
        items << NewItem{card.photo ? QStringLiteral("photos") : QStringLiteral("journal"), card.key,
                         card.photo ? QCoreApplication::translate("NotificationFeed", "New photos") : QCoreApplication::translate("NotificationFeed", "New diary entry"),
                         card.photo ? QCoreApplication::translate("NotificationFeed", "%n new photo(s) of today", nullptr, card.photoCount) : QCoreApplication::translate("NotificationFeed", "The group wrote in the diary.")};
    }
    return items;
}

} // namespace nestje
