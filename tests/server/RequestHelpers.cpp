// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestHelpers.h"

namespace nestje::server::testing {

QJsonObject childOptions(ServerFixture &server, const QByteArray &token, const QString &slug, QDate date, const QString &childId)
{
    const Response r = server.parentGet(QStringLiteral("request/extraday/options/%1/until/%1").arg(ymd(date)), token, slug);
    for (const QJsonValue &d : payloadOf(r).value(QLatin1String("days")).toArray())
        for (const QJsonValue &c : d.toObject().value(QLatin1String("children")).toArray())
            if (c.toObject().value(QLatin1String("childId")).toString() == childId) {
                QJsonObject o = c.toObject();
                o.insert(QStringLiteral("schoolHoliday"), d.toObject().value(QLatin1String("schoolHoliday")));
                o.insert(QStringLiteral("closed"), d.toObject().value(QLatin1String("closed")));
                return o;
            }
    return {};
}

qint64 offsetToNext(qint64 now, int weekday, QTime at)
{
    const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    // calendar.closedDates of the demo (docs/api.md Rules).
    const QStringList closed{QStringLiteral("01-01"), QStringLiteral("04-27"),
                             QStringLiteral("12-25"), QStringLiteral("12-26")};
    QDate day = amsterdamDate(now).addDays(1);
    while (day.dayOfWeek() != weekday || closed.contains(day.toString(QStringLiteral("MM-dd"))) ||
           closed.contains(day.addDays(1).toString(QStringLiteral("MM-dd"))))
        day = day.addDays(1);
    return QDateTime(day, at, amsterdam).toMSecsSinceEpoch() - now;
}

QString optionId(const QJsonObject &child, const QString &code)
{
    for (const QJsonValue &o : child.value(QLatin1String("options")).toArray())
        if (o.toObject().value(QLatin1String("code")).toString() == code)
            return o.toObject().value(QLatin1String("optionId")).toString();
    return {};
}

QDate freeDay(ServerFixture &server, const QByteArray &token, const QString &slug, const QString &childId, const QString &code,
              int minDays, int maxDays, int holiday, QDate after)
{
    const QDate today = amsterdamDate(server.now());
    QDate from = today.addDays(minDays);
    if (after.isValid() && after >= from)
        from = after.addDays(1);
    for (; from <= today.addDays(maxDays); from = from.addDays(30)) {
        const QDate to = std::min(from.addDays(29), today.addDays(maxDays));
        const Response r = server.parentGet(QStringLiteral("request/extraday/options/%1/until/%2").arg(ymd(from), ymd(to)), token, slug);
        for (const QJsonValue &d : payloadOf(r).value(QLatin1String("days")).toArray()) {
            const QJsonObject day = d.toObject();
            if (day.value(QLatin1String("closed")).toBool()
                || (holiday >= 0 && day.value(QLatin1String("schoolHoliday")).toBool() != (holiday == 1)))
                continue;
            for (const QJsonValue &c : day.value(QLatin1String("children")).toArray()) {
                const QJsonObject child = c.toObject();
                if (child.value(QLatin1String("childId")).toString() != childId)
                    continue;
                for (const QJsonValue &o : child.value(QLatin1String("options")).toArray())
                    if (o.toObject().value(QLatin1String("code")).toString() == code && o.toObject().value(QLatin1String("available")).toBool()
                        && !o.toObject().value(QLatin1String("alreadyPlanned")).toBool())
                        return amsterdamDate(qint64(day.value(QLatin1String("date")).toDouble()));
            }
        }
    }
    return {};
}

QJsonArray plannedParts(ServerFixture &server, const QByteArray &token, const QString &slug, const QString &childId, int minDays,
                        QDate *date)
{
    const QDate today = amsterdamDate(server.now());
    const Response r = server.parentGet(QStringLiteral("absence/options/%1/until/%2").arg(ymd(today.addDays(minDays)), ymd(today.addDays(minDays + 20))),
                                        token, slug);
    QJsonArray parts;
    qint64 day = 0;
    for (const QJsonValue &v : payloadOf(r).value(QLatin1String("parts")).toArray()) {
        const QJsonObject part = v.toObject();
        if (part.value(QLatin1String("childId")).toString() != childId)
            continue;
        const qint64 d = qint64(part.value(QLatin1String("date")).toDouble());
        if (day == 0)
            day = d;
        if (d == day)
            parts.append(part);
    }
    if (date)
        *date = amsterdamDate(day);
    return parts;
}

QJsonObject booking(const QString &childId, QDate date, const QString &optionId, const QJsonObject &payment)
{
    return {{QStringLiteral("childId"), childId}, {QStringLiteral("date"), ymd(date)}, {QStringLiteral("optionId"), optionId},
            {QStringLiteral("payment"), payment}};
}

qint64 creditOf(ServerFixture &server, const QByteArray &token, const QString &slug, const QString &childId, const QString &type,
                double *remaining)
{
    const Response r = server.parentGet(QStringLiteral("credits/") + childId, token, slug);
    for (const QJsonValue &c : payloadOf(r).value(QLatin1String("credits")).toArray()) {
        const QJsonObject credit = c.toObject();
        if (credit.value(QLatin1String("type")).toString() == type && credit.value(QLatin1String("status")).toString() != QLatin1String("expired")) {
            if (remaining)
                *remaining = credit.value(QLatin1String("remaining")).toDouble();
            return credit.value(QLatin1String("creditId")).toInteger();
        }
    }
    return 0;
}

} // namespace nestje::server::testing
