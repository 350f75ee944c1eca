// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/LocationNotifications.h"

#include "features/location/LocationStore.h"

#include <QCoreApplication>

namespace nestje {

QList<NewItem> locationNotifications(Database &db)
{
    // Opens as App.open("locatie", "news/<id>") or "newsletter/<id>" (app/NotificationLinks).
    QList<NewItem> items;
    const LocationStore store(db);
    for (const NewsItem &news : store.news()) {
        if (news.isNew)
            items << NewItem{
                QStringLiteral("news"), news.id,
                QCoreApplication::translate("NotificationFeed", "News: %1").arg(news.title),
                news.snippet.left(160)};
    }
    for (const Newsletter &letter : store.newsletters()) {
        if (letter.unread)
            items << NewItem{QStringLiteral("newsletters"), letter.id,
                             QCoreApplication::translate("NotificationFeed", "New newsletter"),
                             letter.subject};
    }
    return items;
}

} // namespace nestje
