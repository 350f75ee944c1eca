// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Database.h"
#include "features/agenda/AgendaRecords.h"

#include <QDate>
#include <QList>

namespace nestje {

// The calendar: planned, absent and tentative day parts per child (reference §5.P12). Writes
// announce "planning" after their commit.
class PlanningStore
{
public:
    explicit PlanningStore(Database &db)
        : m_db(db)
    {
    }

    // Replaces every part on the days [from, until] (inclusive) with `parts`.
    bool replaceWindow(const QDate &from, const QDate &until, const QList<PlanningPart> &parts);
    int partCount() const;
    // What a write's answer says about the calendar, until the next sync brings the portal's
    // own planning: a reported absence makes the parts it covers absent, an extra day adds its
    // part as an option (or planned, when approved at once), a cancellation undoes either.
    bool applyRequest(const AgendaRequest &request);

    // The parts on the days [from, until], by day, start and child; of one child when given.
    QList<PlanningPart> parts(const QDate &from, const QDate &until,
                              const QString &childId = {}) const;
    // The children with planning: {id, first name}, by name.
    QList<QPair<QString, QString>> children() const;
    // The organisation's closing days and school holidays, all replaced at once (announces
    // "planning": the calendar shows them between the parts).
    bool replaceClosures(const QList<Closure> &closures);
    // Those that touch [from, until], by first day.
    QList<Closure> closures(const QDate &from, const QDate &until) const;
    // The first and last day that hold a part (null dates when none).
    QDate firstDay() const;
    QDate lastDay() const;

private:
    Database &m_db;
};

} // namespace nestje
