// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace nestje {

// One moment of a day-rhythm card ("09:00 (Fles)voeding", "10:10 - 10:48 Slapen").
struct DayRhythmMoment
{
    QString icon;      // e.g. "flesje", "slapen-bedje"
    QString category;  // bottle, sleep, diaper, toilet, medication, temperature, sunscreen, food, drink, activity, other
    QString startTime; // "HH:MM"
    QString endTime;   // "" while ongoing or for a point in time
    QString title;     // the label after the times
    QString subtitle;  // "(38 minutes)"
    QString description;
    QString remarks;
};

// Parses the portal's dayRythmContent HTML (reference §5.P4): a sequence of
// <table class='day-rythm-moment'> blocks. Unknown icons map to "other", never to an error.
QList<DayRhythmMoment> parseDayRhythm(const QString &html);
QString dayRhythmCategory(const QString &icon);

} // namespace nestje
