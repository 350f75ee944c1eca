// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/NotifiedStore.h"

#include "db/Database.h"

namespace nestje {

namespace {
const QString baselineKey = QStringLiteral("notifications_baseline");
} // namespace

bool NotifiedStore::hasBaseline() const
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_state WHERE key = ?"),
                       {baselineKey}) > 0;
}

bool NotifiedStore::setBaseline()
{
    return m_db.exec(QStringLiteral("INSERT OR REPLACE INTO sync_state VALUES (?, '1')"),
                     {baselineKey});
}

bool NotifiedStore::wasAnnounced(const QString &kind, const QString &id) const
{
    return m_db.scalar(
               QStringLiteral("SELECT COUNT(*) FROM notified WHERE kind = ? AND item_id = ?"),
               {kind, id}) > 0;
}

bool NotifiedStore::markAnnounced(const QString &kind, const QString &id)
{
    return m_db.exec(QStringLiteral("INSERT INTO notified VALUES (?, ?)"), {kind, id});
}

} // namespace nestje
