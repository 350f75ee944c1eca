// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/AccountText.h"

#include "text/PortalTime.h"

#include <QLocale>

namespace nestje::accounttext {

QString day(qint64 ms)
{
    return ms ? QLocale().toString(portaltime::dayOf(ms), QStringLiteral("d MMMM yyyy")) : QString();
}

QString amount(double value, const QString &unit)
{
    const QString number = QLocale().toString(value, 'f', qFuzzyCompare(value, double(qRound64(value))) ? 0 : 1);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

} // namespace nestje::accounttext
