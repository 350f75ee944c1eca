// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/AgendaNotifications.h"

#include "db/Database.h"
#include <QJsonDocument>
#include <QJsonObject>

#include <QCoreApplication>

namespace nestje {

QList<NewItem> agendaNotifications(Database &db)
{
    QList<NewItem> items;
    if (QSqlQuery *q = db.select(QStringLiteral("SELECT id, status, json FROM requests WHERE status IN"
                                                " ('approved', 'rejected', 'expired')"))) {
        while (q->next()) {
            const QJsonObject request = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
            items << NewItem{QStringLiteral("planning"), q->value(0).toString() + QLatin1Char(':') + q->value(1).toString(),
                             QCoreApplication::translate("NotificationFeed", "Request: %1")
                                 .arg(request.value(QLatin1String("statusLabel")).toString()),
                             QCoreApplication::translate("NotificationFeed", "Your request has been handled. See the request overview.")};
        }
    }
    return items;
}

} // namespace nestje
