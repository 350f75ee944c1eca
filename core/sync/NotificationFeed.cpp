// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/NotificationFeed.h"

#include "sync/NotifiedStore.h"

namespace nestje {

QList<NewItem> NotificationFeed::candidates()
{
    QList<NewItem> items;
    for (NotificationSource source : notificationSources())
        items << source(m_db);
    return items;
}

QSet<QString> NotificationFeed::stillNew()
{
    QSet<QString> keys;
    for (const NewItem &item : candidates())
        keys.insert(item.kind + QLatin1Char('\n') + item.id);
    return keys;
}

QList<NewItem> NotificationFeed::waiting(const QStringList &enabledKinds)
{
    NotifiedStore store(m_db);
    QList<NewItem> items;
    if (!store.hasBaseline())
        return items;
    for (const NewItem &item : candidates()) {
        if (enabledKinds.contains(item.kind) && !store.wasAnnounced(item.kind, item.id))
            items << item;
    }
    return items;
}

QList<NewItem> NotificationFeed::takeNew(const QStringList &enabledKinds)
{
    NotifiedStore store(m_db);
    const bool baseline = !store.hasBaseline();
    QList<NewItem> fresh;
    m_db.transaction([&] {
        for (const NewItem &item : candidates()) {
            if (store.wasAnnounced(item.kind, item.id))
                continue;
            if (!store.markAnnounced(item.kind, item.id))
                return false;
            if (!baseline && enabledKinds.contains(item.kind))
                fresh << item;
        }
        return store.setBaseline();
    });
    return fresh;
}

} // namespace nestje
