// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/PortalTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace nestje::portaltime {

const QTimeZone &zone()
{
    static const QTimeZone amsterdam("Europe/Amsterdam");
    return amsterdam;
}

QString ymd(const QDate &day)
{
    return day.toString(QStringLiteral("yyyyMMdd"));
}

QDate dayOf(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, zone()).date();
}

QDate today()
{
    return dayOf(QDateTime::currentMSecsSinceEpoch());
}

qint64 startOfDay(const QDate &day)
{
    return day.startOfDay(zone()).toMSecsSinceEpoch();
}

QDateTime local(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, zone());
}

bool deviceIsElsewhere()
{
    const QDateTime now = QDateTime::currentDateTime();
    return zone().offsetFromUtc(now) != now.offsetFromUtc();
}

QString timeOfDay(qint64 msSinceEpoch)
{
    const QString time = local(msSinceEpoch).toString(QStringLiteral("HH:mm"));
    return deviceIsElsewhere() ? markedAsPortals(time) : time;
}

QString markedAsPortals(const QString &clock)
{
    //: A time of day at the daycare, shown to a parent whose device is in another time zone
    return QCoreApplication::translate("PortalTime", "%1 (NL)").arg(clock);
}

QString dateAndTime(qint64 msSinceEpoch)
{
    const QString text =
        QLocale().toString(local(msSinceEpoch), QStringLiteral("d MMM yyyy HH:mm"));
    return deviceIsElsewhere() ? markedAsPortals(text) : text;
}

QString timeRange(qint64 startMs, qint64 endMs)
{
    const QString range = local(startMs).toString(QStringLiteral("HH:mm")) + QStringLiteral(" – ") +
                          local(endMs).toString(QStringLiteral("HH:mm"));
    return deviceIsElsewhere() ? markedAsPortals(range) : range;
}

QString dayLabel(const QDate &day, const QDate &today)
{
    if (!day.isValid())
        return {};
    if (day == today)
        return QCoreApplication::translate("TimelineModel", "Today");
    if (day == today.addDays(-1))
        return QCoreApplication::translate("TimelineModel", "Yesterday");
    const QLocale locale;
    return locale.toString(day, day.year() == today.year() ? QStringLiteral("dddd d MMMM")
                                                           : QStringLiteral("dddd d MMMM yyyy"));
}

QString moment(qint64 msSinceEpoch)
{
    const QDate day = dayOf(msSinceEpoch);
    QString label = dayLabel(day, today());
    // "Vandaag" starts a heading; inside a sentence it is "vandaag". A weekday keeps the case
    // its language gives it ("dinsdag", "Tuesday").
    if ((day == today() || day == today().addDays(-1)) && !label.isEmpty())
        label[0] = label[0].toLower();
    return label + QLatin1Char(' ') + timeOfDay(msSinceEpoch);
}

} // namespace nestje::portaltime
