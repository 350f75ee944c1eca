// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/NotificationFeed.h"

namespace nestje {

namespace {
const QString baselineKey = QStringLiteral("notifications_baseline");
} // namespace

QList<NewItem> NotificationFeed::candidates()
{
    QList<NewItem> items;
    for (NotificationSource source : notificationSources())
        items << source(m_db);
    return items;
}

QList<NewItem> NotificationFeed::takeNew(const QStringList &enabledKinds)
{
    const bool baseline = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_state WHERE key = ?"), {baselineKey}) == 0;
    QList<NewItem> fresh;
    m_db.transaction([&] {
        for (const NewItem &item : candidates()) {
            if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM notified WHERE kind = ? AND item_id = ?"),
                            {item.kind, item.id}) > 0)
                continue;
            if (!m_db.exec(QStringLiteral("INSERT INTO notified VALUES (?, ?)"), {item.kind, item.id}))
                return false;
            if (!baseline && enabledKinds.contains(item.kind))
                fresh << item;
        }
        return m_db.exec(QStringLiteral("INSERT OR REPLACE INTO sync_state VALUES (?, '1')"), {baselineKey});
    });
    return fresh;
}

} // namespace nestje
