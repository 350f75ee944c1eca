// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/agenda/AgendaRecords.h"

#include <QString>

// How the agenda words its records for the pages: one place, so the calendar, the overview and
// the notifications say the same thing.
namespace nestje::agendatext {

// "do 3 dec.": a day where space is short (a period's parts, the overview).
QString shortDay(const QDate &day);
// "07:30 – 13:00" in the portal's zone (marked when the device is elsewhere).
QString times(qint64 start, qint64 end);
// What a planned part is: the portal's own words ("Optie extra", "Ziek", "Ruildag") when it
// sent them, otherwise from the code ("Gepland", "Afwezig", "Optie").
QString partStatus(const PlanningPart &part);
// "Extra dag", "Ruildag", "Afwezigheid".
QString requestType(const QString &type);
// "ziek", "vakantie", "overig" as the reason of an absence.
QString reason(const QString &code);
// "ma 1 dec" or "ma 1 – vr 5 dec": the days a request's bookings cover.
QString period(const QList<RequestBooking> &bookings);
// "5,5 uur": a value in the organisation's unit, as the portal names it.
QString amount(double value, const QString &unit);
// One booking as a line: "ma 1 dec · Ochtend 07:30 – 13:00 · 5,5 uur · Goedgekeurd".
QString bookingLine(const RequestBooking &booking);

} // namespace nestje::agendatext
