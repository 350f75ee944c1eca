// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QTime>

namespace nestje::server::seed {

enum class AgeBand { Baby, Toddler, SchoolChild };

// The day-rhythm HTML of one child's day in the portal's observed format (protocol §5.P4): a
// series of <table class='day-rythm-moment'> with an icon div `dagritme-<name>`, a title span
// "HH:MM[ - HH:MM] label", an optional "(N minutes)" subtitle, a description and remarks.
// Moments after `until` are left out, and a sleep still going on at `until` has no end time:
// that is how today's card looks while the daycare is still adding to it.
QString dayRhythm(QRandomGenerator &rng, AgeBand band, const QString &firstName, QTime from, QTime to,
                  QTime until, bool summer, bool warm);

// One moment in the same format (staff commands and the simulation add moments during the day).
// `end` invalid: a point in time, or a sleep still going on.
QString dayRhythmMoment(QTime start, QTime end, const QString &icon, const QString &label, const QString &description,
                        const QString &remarks = {});

} // namespace nestje::server::seed
