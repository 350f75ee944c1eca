// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/MessageTimes.h"

#include "text/PortalTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace nestje::messagetimes {

QString listTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDate day = portaltime::dayOf(ms);
    const QDate today = portaltime::today();
    const qint64 ago = day.daysTo(today);
    if (ago == 0)
        return portaltime::timeOfDay(ms);
    if (ago == 1)
        return portaltime::dayLabel(day, today).toLower();
    const QLocale locale;
    if (ago > 1 && ago < 7)
        return locale.dayName(day.dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(day, day.year() == today.year() ? QStringLiteral("d MMM")
                                                           : QStringLiteral("d MMM yyyy"));
}

QString messageTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return portaltime::dayLabel(portaltime::dayOf(ms), portaltime::today()) + QLatin1Char(' ') +
           portaltime::timeOfDay(ms);
}

} // namespace nestje::messagetimes
