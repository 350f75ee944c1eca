// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/AgendaNotifications.h"

#include "features/agenda/RequestStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace nestje {

QList<NewItem> agendaNotifications(Database &db)
{
    QList<NewItem> items;
    for (const AgendaRequest &request : RequestStore(db).requests()) {
        // The id keeps the form of the version before typed records ("<request>:<status>"), so
        // decisions already announced are not announced again after the upgrade.
        if (request.type == QLatin1String("absence") ||
            (request.status != QLatin1String("approved") &&
             request.status != QLatin1String("rejected") &&
             request.status != QLatin1String("expired")))
            continue;
        QStringList names;
        QStringList messages;
        for (const RequestChild &child : request.children) {
            names << child.firstName;
            for (const RequestBooking &booking : child.bookings) {
                if (!booking.staffMessage.isEmpty() && !messages.contains(booking.staffMessage))
                    messages << booking.staffMessage;
            }
        }
        const QString who = QLocale().createSeparatedList(names);
        const QString title =
            request.type == QLatin1String("swap")
                ? QCoreApplication::translate("NotificationFeed", "Swap day for %1: %2")
                : QCoreApplication::translate("NotificationFeed", "Extra day for %1: %2");
        items << NewItem{QStringLiteral("planning"), request.id + QLatin1Char(':') + request.status,
                         title.arg(who, request.statusLabel),
                         messages.isEmpty()
                             ? QCoreApplication::translate(
                                   "NotificationFeed",
                                   "Your request has been handled. See the request overview.")
                             : messages.join(QLatin1Char('\n'))};
    }
    return items;
}

} // namespace nestje
