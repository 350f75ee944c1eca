// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerFixture.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonObject>

namespace nestje::server::testing {

// Small helpers for the request tests: envelope access and finding a suitable day through the
// server's own option routes (the tests never compute day parts themselves).
inline QJsonObject payloadOf(const Response &r)
{
    return r.object().value(QLatin1String("payload")).toObject();
}
inline QJsonArray payloadArray(const Response &r)
{
    return r.object().value(QLatin1String("payload")).toArray();
}
inline bool ok(const Response &r)
{
    return r.status == 200 && r.object().value(QLatin1String("result")).toBool();
}
inline QString codeOf(const Response &r)
{
    return r.object().value(QLatin1String("messages")).toArray().first().toObject().value(QLatin1String("messageCode")).toString();
}
inline QString textOf(const Response &r)
{
    return r.object().value(QLatin1String("messages")).toArray().first().toObject().value(QLatin1String("text")).toString();
}
// Dates in the protocol are Amsterdam local midnight; the test machine may run in UTC.
inline QDate amsterdamDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))).date();
}
inline QString ymd(QDate d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

// How far to move the clock from `now` to the next `weekday` (1 = Monday) at `at`, Amsterdam time,
// at least a day ahead, on a day that is not one of the demo's closing days, nor is the day after.
// Tests that depend on the time of day (lead times) set their fixture's clock with it.
qint64 offsetToNext(qint64 now, int weekday, QTime at);

// The options day for one child, from request/extraday/options.
QJsonObject childOptions(ServerFixture &server, const QByteArray &token, const QString &slug, QDate date, const QString &childId);
// The first date from today + minDays (up to maxDays), after `after`, on which `code` is bookable
// for the child (not already planned, a place left); `holiday`: -1 any day, 0 school days only,
// 1 school holidays only.
QDate freeDay(ServerFixture &server, const QByteArray &token, const QString &slug, const QString &childId, const QString &code,
              int minDays, int maxDays = 85, int holiday = -1, QDate after = {});
QString optionId(const QJsonObject &child, const QString &code);
// The first day from today + minDays on which the child has planned parts; returns its parts.
QJsonArray plannedParts(ServerFixture &server, const QByteArray &token, const QString &slug, const QString &childId, int minDays,
                        QDate *date);

QJsonObject booking(const QString &childId, QDate date, const QString &optionId, const QJsonObject &payment);
inline QJsonObject invoice()
{
    return {{QStringLiteral("type"), QStringLiteral("invoice")}};
}
inline QJsonObject credit(qint64 id)
{
    return {{QStringLiteral("type"), QStringLiteral("credit")}, {QStringLiteral("creditId"), id}};
}
// The id of the child's first credit of `type` (kdv-flex, vakantiepret, …) and its remaining.
qint64 creditOf(ServerFixture &server, const QByteArray &token, const QString &slug, const QString &childId, const QString &type,
                double *remaining = nullptr);

} // namespace nestje::server::testing
