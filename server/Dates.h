// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace nestje::server::dates {

// Konnect portals are Dutch: date-only values are local midnight in Europe/Amsterdam, as epoch ms.
inline const QTimeZone &amsterdam()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    return zone;
}

inline qint64 localMs(QDate date, QTime time = QTime(0, 0))
{
    return QDateTime(date, time, amsterdam()).toMSecsSinceEpoch();
}

inline QDate localDate(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, amsterdam()).date();
}

// `YYYYMMDD` as used in paths (calendar, administration, logbook ?from&to); invalid QDate if not.
inline QDate parsePathDate(const QString &text)
{
    if (text.size() != 8)
        return {};
    for (QChar c : text)
        if (!c.isDigit())
            return {};
    return QDate::fromString(text, QStringLiteral("yyyyMMdd"));
}

// The same date as an integer 20250701, which sorts and compares like the date.
inline int dayKey(QDate date)
{
    return date.year() * 10000 + date.month() * 100 + date.day();
}

} // namespace nestje::server::dates
