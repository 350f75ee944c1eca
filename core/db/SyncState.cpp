// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/SyncState.h"

#include "db/Database.h"

namespace nestje {

QString SyncState::value(const QString &key, const QString &fallback) const
{
    if (!m_db.isOpen())
        return fallback;
    QSqlQuery *q = m_db.select(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    const QString result = q && q->next() ? q->value(0).toString() : fallback;
    if (q)
        q->finish();
    return result;
}

bool SyncState::setValue(const QString &key, const QString &value)
{
    return m_db.exec(QStringLiteral("INSERT OR REPLACE INTO sync_state VALUES (?, ?)"), {key, value});
}

} // namespace nestje
