// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/RequestStore.h"

#include "db/Database.h"
#include "net/JsonValues.h"

#include <QJsonDocument>

namespace nestje {

bool RequestStore::replaceRequests(const QJsonArray &requests)
{
    return m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM requests")))
            return false;
        for (const QJsonValue &value : requests) {
            const QJsonObject request = value.toObject();
            if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO requests VALUES (?, ?, ?, ?, ?)"),
                           {json::id(request.value(QLatin1String("requestId"))),
                            request.value(QLatin1String("type")).toString(),
                            request.value(QLatin1String("status")).toString(),
                            json::dateMs(request.value(QLatin1String("firstStartTime"))), json::compact(request)}))
                return false;
        }
        return true;
    });
}

int RequestStore::requestCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM requests")));
}

} // namespace nestje
