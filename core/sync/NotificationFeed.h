// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include "db/Database.h"
#include "sync/NotificationKinds.h"

#include <QList>
#include <QString>

namespace nestje {

// Something new worth a notification: a message, news, a newsletter, photos, a diary entry.
struct NewItem
{
    QString kind; // one of notificationKinds()
    QString id;   // unique per announcement: a second message in a thread is a new item
    QString title;
    QString body;
};

// A feature's candidates: what it holds that may be new. Each feature reads its own tables;
// the feed only combines them and remembers what it announced.
using NotificationSource = QList<NewItem> (*)(Database &db);
// Every feature's source, from the feature list (features/Features.cpp).
const QList<NotificationSource> &notificationSources();

// Finds what arrived since the last look and remembers what it announced, in the account's
// cache, so each item is announced once, even across restarts. The first look after the first
// sync only takes note: a new account does not get a year of history as notifications.
class NotificationFeed
{
public:
    explicit NotificationFeed(Database &db) : m_db(db) {}

    // `enabledKinds` from the account's notification settings; others are noted, not returned.
    QList<NewItem> takeNew(const QStringList &enabledKinds = notificationKinds());
    // What takeNew would return now, without noting it: the items that wait (quiet hours) and
    // are still new. Empty before the first look.
    QList<NewItem> waiting(const QStringList &enabledKinds = notificationKinds());
    // What is still new now, as "kind\nid": an item read in the app (a message, news) drops out,
    // so its notification can be taken back.
    QSet<QString> stillNew();

private:
    QList<NewItem> candidates();

    Database &m_db;
};

} // namespace nestje
