// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/NotificationFeed.h"

#include <QDate>
#include <QList>
#include <QString>

namespace nestje {

class Database;

// A child whose care ends or has ended. The portal deletes a child's photos, diary and
// messages eight weeks after the care ends (manuals 002 and 004), so the parent is reminded
// in time to save everything.
struct CareEnding
{
    QString childId;
    QString name;
    QDate lastDay;      // the last placement's end; invalid when the portal only says "inactive"
    QDate keptUntil;    // lastDay + eight weeks; invalid when lastDay is
    bool ended = false; // the end has passed (or the child is listed as inactive)
};

namespace archivecare {

constexpr int keptDays = 8 * 7;      // what the portal keeps after the end
constexpr int remindDaysBefore = 28; // how early before the end the parent hears of it

// Children whose care ends within four weeks of `today` or has ended, and whose data the portal
// still keeps: from the placements' end dates (every placement has one, the latest counts)
// and from the portal listing the child as inactive. Read from AccountStore.
QList<CareEnding> endings(Database &db, const QDate &today);

// The one sentence the archive page and the notification say about `ending`.
QString notice(const CareEnding &ending);

// The feature's NotificationSource: one "archive" notification per child and end date.
QList<NewItem> notifications(Database &db);

} // namespace archivecare

} // namespace nestje
