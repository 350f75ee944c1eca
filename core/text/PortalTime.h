// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// The portal's calendar. Konnect portals are Dutch: a date-only value is a local midnight in
// Europe/Amsterdam, and "today", day headings, file names and EXIF dates follow that calendar
// whatever zone the device is in (a parent abroad, a laptop left on UTC).
namespace nestje::portaltime {

const QTimeZone &zone();
// A day as the portal's routes write it: "20261129".
QString ymd(const QDate &day);
// The portal's day of an instant (ms since the epoch).
QDate dayOf(qint64 msSinceEpoch);
QDate today();
// The instant the portal's `day` begins (Amsterdam midnight), in ms since the epoch.
qint64 startOfDay(const QDate &day);
// An instant as the portal's wall-clock time.
QDateTime local(qint64 msSinceEpoch);
// "14:05", and "14:05 (NL)" when the device's zone shows another time for that instant, so a
// parent abroad knows the times are the daycare's.
QString timeOfDay(qint64 msSinceEpoch);
// "07:30 – 18:00", marked once for the two: "07:30 – 18:00 (NL)" (a mark on each time did not
// fit a phone's row and read as two remarks).
QString timeRange(qint64 startMs, qint64 endMs);
// `clock` ("14:05", "07:30 – 18:00") marked as the daycare's: "14:05 (NL)". For a device
// elsewhere (deviceIsElsewhere()).
QString markedAsPortals(const QString &clock);
// A date with its time, for a record's dates ("Aangevraagd op", "Verloopt op"): "27 nov. 2026
// 12:30", marked as the daycare's clock for a device elsewhere: "27 nov. 2026 12:30 (NL)".
QString dateAndTime(qint64 msSinceEpoch);
// Whether the device's clock is in another zone than the portal's at this moment.
bool deviceIsElsewhere();
// "Vandaag", "Gisteren", "dinsdag 4 november", with the year when it is not this year.
QString dayLabel(const QDate &day, const QDate &today);
// An instant within a sentence, on the portal's calendar and clock: "vandaag 14:05",
// "gisteren 14:05 (NL)", "dinsdag 4 november 14:05" ("Bijgewerkt vandaag 14:05").
QString moment(qint64 msSinceEpoch);

} // namespace nestje::portaltime
