// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nestje::messagetimes {

// In the list of conversations: "14:05" today, "gisteren", "ma" this week, "4 nov." earlier,
// "4 nov. 2025" in another year; on the portal's calendar.
QString listTime(qint64 ms);
// Above a message: "Vandaag 14:05", "dinsdag 4 november 09:12".
QString messageTime(qint64 ms);

} // namespace nestje::messagetimes
