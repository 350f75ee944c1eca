// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/AccountNotifications.h"

#include "features/account/AccountStore.h"
#include "text/PortalTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace nestje {

QList<NewItem> accountNotifications(Database &db)
{
    QList<NewItem> items;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    AccountStore store(db);
    QHash<QString, QString> names;
    for (const ChildRecord &child : store.children())
        names.insert(child.id, child.firstName);
    for (const CreditRecord &credit : store.expiringCredits(now, creditWarningMs)) {
        const QString until = QLocale().toString(portaltime::dayOf(credit.validUntil), QLocale::LongFormat);
        items << NewItem{QStringLiteral("credits"), credit.id + QLatin1Char(':') + QString::number(credit.validUntil),
                         QCoreApplication::translate("AccountNotifications", "Credit expires soon"),
                         QCoreApplication::translate("AccountNotifications", "%1 of %2: %3 %4 left, valid until %5.")
                             .arg(credit.typeLabel, names.value(credit.childId), QLocale().toString(credit.remaining, 'g', 4),
                                  credit.unit, until)};
    }
    return items;
}

} // namespace nestje
