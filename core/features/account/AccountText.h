// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How Overig words dates and amounts (in the portal's calendar, in the app's language).
namespace nestje::accounttext {

// "12 maart 2026"; "" for 0.
QString day(qint64 ms);
// "11 uur", "4,5 punten": the organisation's own unit word.
QString amount(double value, const QString &unit);

} // namespace nestje::accounttext
