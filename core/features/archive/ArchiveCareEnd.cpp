// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/archive/ArchiveCareEnd.h"

#include "features/account/AccountStore.h"
#include "text/PortalTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace nestje::archivecare {

namespace {
// lupdate files a namespace-level tr() under the enclosing namespace: look up the same context
// (tst_translations::helpersLookUpTheContextLupdateFilesThemUnder checks it).
QString tr(const char *text)
{
    return QCoreApplication::translate("nestje::archivecare", text);
}
} // namespace

QList<CareEnding> endings(Database &db, const QDate &today)
{
    QList<CareEnding> found;
    const AccountStore store(db);
    for (const ChildRecord &child : store.children()) {
        const QList<PlacementRecord> placements = store.childDetails(child.id).placements;
        QDate lastDay;
        bool openEnded = placements.isEmpty();
        for (const PlacementRecord &placement : placements) {
            if (placement.endDate == 0) {
                openEnded = true;
                break;
            }
            const QDate end = portaltime::dayOf(placement.endDate);
            if (!lastDay.isValid() || end > lastDay)
                lastDay = end;
        }
        if (openEnded)
            lastDay = QDate();
        CareEnding ending;
        ending.childId = child.id;
        ending.name = child.firstName.isEmpty() ? child.fullName : child.firstName;
        ending.lastDay = lastDay;
        ending.keptUntil = lastDay.isValid() ? lastDay.addDays(keptDays) : QDate();
        ending.ended = !child.active || (lastDay.isValid() && lastDay < today);
        if (lastDay.isValid()) {
            // Not yet in sight, or already deleted by the portal: nothing to say.
            if (today < lastDay.addDays(-remindDaysBefore) || today > ending.keptUntil)
                continue;
        } else if (child.active) {
            continue; // care goes on
        }
        found.append(ending);
    }
    return found;
}

QString notice(const CareEnding &ending)
{
    const QLocale locale;
    if (!ending.lastDay.isValid())
        return tr("Care for %1 has ended. The organisation keeps the photos, the diary and the "
                  "messages for eight weeks after the end; save them now.")
            .arg(ending.name);
    const QString last = locale.toString(ending.lastDay, QStringLiteral("d MMMM yyyy"));
    const QString kept = locale.toString(ending.keptUntil, QStringLiteral("d MMMM yyyy"));
    return (ending.ended ? tr("Care for %1 ended on %2. The organisation keeps the photos, the "
                              "diary and the messages until %3; save them before then.")
                         : tr("Care for %1 ends on %2. The organisation keeps the photos, the "
                              "diary and the messages until %3; save them before then."))
        .arg(ending.name, last, kept);
}

QList<NewItem> notifications(Database &db)
{
    QList<NewItem> items;
    for (const CareEnding &ending : endings(db, portaltime::today())) {
        const QString when =
            ending.lastDay.isValid() ? portaltime::ymd(ending.lastDay) : QStringLiteral("inactive");
        items << NewItem{QStringLiteral("archive"), ending.childId + QLatin1Char(':') + when,
                         tr("Save everything of %1").arg(ending.name), notice(ending)};
    }
    return items;
}

} // namespace nestje::archivecare
