// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Dates.h"
#include "server/Portal.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/planning/Planner.h"
#include "server/routes/FamilyData.h"
#include "server/routes/Routes.h"

#include <QHash>
#include <QMap>

namespace nestje::server {

static constexpr qint64 maxCalendarDays = 400; // RZ asks for today ± 100 days; leave room

// P12: envelope {days:[{date, children:[{child, combinedPlanningParts:[{planningParts}]}]}]}.
// `until` is inclusive. Days without planning for any child are left out. `date` on a day is
// a Nestje addition (the reference says days surely carry one, but no client reads it).
static Reply calendar(Portal &portal, Request &r)
{
    const QDate from = dates::parsePathDate(r.params.at(0));
    const QDate to = dates::parsePathDate(r.params.at(1));
    if (!from.isValid() || !to.isValid() || to < from)
        return reply::badRequest(QStringLiteral("expected calendar/<YYYYMMDD>/until/<YYYYMMDD>, from <= until"));
    if (from.daysTo(to) > maxCalendarDays)
        return reply::badRequest(QStringLiteral("the calendar window is limited to %1 days").arg(maxCalendarDays));

    const QList<ChildRow> children = familyChildren(portal, r);
    if (children.isEmpty())
        return reply::envelope(QJsonObject{{QStringLiteral("days"), QJsonArray()}});
    QHash<QString, QJsonObject> childObjects;
    QStringList ids;
    for (const ChildRow &c : children) {
        childObjects.insert(c.id, QJsonObject{{QStringLiteral("id"), c.id},
                                              {QStringLiteral("firstName"), c.firstName},
                                              {QStringLiteral("fullname"), c.firstName + QLatin1Char(' ') + c.lastName}});
        ids.append(c.id);
    }
    QSqlQuery &q = portal.db.prepared(
        QStringLiteral("SELECT day, child_id, start_ms, end_ms, code, extra_info, to_confirm FROM planning"
                       " WHERE child_id IN (%1) AND org_id = ? AND day >= ? AND day <= ? ORDER BY day, child_id, start_ms")
            .arg(placeholders(ids.size())));
    q.finish();
    int i = 0;
    for (const QString &id : std::as_const(ids))
        q.bindValue(i++, id);
    q.bindValue(i++, r.org->id);
    q.bindValue(i++, dates::dayKey(from));
    q.bindValue(i++, dates::dayKey(to));
    if (!q.exec())
        throw DatabaseError{QStringLiteral("planning query failed")};
    // day -> child -> parts, in order
    QMap<int, QMap<QString, QJsonArray>> days;
    while (q.next()) {
        days[q.value(0).toInt()][q.value(1).toString()].append(QJsonObject{
            {QStringLiteral("startTime"), q.value(2).toLongLong()},
            {QStringLiteral("endTime"), q.value(3).toLongLong()},
            {QStringLiteral("extraInfo"), q.value(5).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(5).toString())},
            {QStringLiteral("plannedAttendanceCode"), QJsonObject{{QStringLiteral("code"), q.value(4).toString()}}},
            {QStringLiteral("toConfirmProduct"), q.value(6).toInt() != 0}});
    }
    q.finish();
    QJsonArray dayList;
    for (auto day = days.cbegin(); day != days.cend(); ++day) {
        QJsonArray childList;
        for (auto child = day->cbegin(); child != day->cend(); ++child)
            childList.append(QJsonObject{
                {QStringLiteral("child"), childObjects.value(child.key())},
                {QStringLiteral("combinedPlanningParts"), QJsonArray{QJsonObject{{QStringLiteral("planningParts"), *child}}}}});
        const QDate date(day.key() / 10000, day.key() / 100 % 100, day.key() % 100);
        dayList.append(QJsonObject{{QStringLiteral("date"), dates::localMs(date)}, {QStringLiteral("children"), childList}});
    }
    return reply::envelope(QJsonObject{{QStringLiteral("days"), dayList}});
}

// The names of the fixed closing days the rules can list (calendar.closedDates, MM-dd).
static QString closedDayName(QDate date)
{
    static const QHash<QString, QString> names{{QStringLiteral("01-01"), QStringLiteral("Nieuwjaarsdag")},
                                               {QStringLiteral("04-27"), QStringLiteral("Koningsdag")},
                                               {QStringLiteral("05-05"), QStringLiteral("Bevrijdingsdag")},
                                               {QStringLiteral("12-25"), QStringLiteral("Eerste Kerstdag")},
                                               {QStringLiteral("12-26"), QStringLiteral("Tweede Kerstdag")}};
    return names.value(date.toString(QStringLiteral("MM-dd")), QStringLiteral("Sluitingsdag"));
}

// X29 (Nestje extension): the organisation's closing days on weekdays (weekends are closed unless
// calendar.openWeekends) and the school holidays that touch [from, until], so the calendar and
// the exported .ics can show them. {closedDays: [{date, name}], schoolHolidays: [{name, startDate,
// endDate}]}, dates as local-midnight ms like P12's days.
static Reply closures(Portal &portal, Request &r)
{
    const QDate from = dates::parsePathDate(r.params.at(0));
    const QDate to = dates::parsePathDate(r.params.at(1));
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > maxCalendarDays)
        return reply::badRequest(QStringLiteral("expected closures/<YYYYMMDD>/until/<YYYYMMDD>, at most %1 days").arg(maxCalendarDays));
    Planner planner(portal, *r.org);
    QJsonArray closed;
    for (QDate d = from; d <= to; d = d.addDays(1))
        if (d.dayOfWeek() <= 5 && planner.isClosed(d))
            closed.append(QJsonObject{{QStringLiteral("date"), dates::localMs(d)}, {QStringLiteral("name"), closedDayName(d)}});
    QSqlQuery &q = portal.db.prepared(QStringLiteral("SELECT name, start_day, end_day FROM school_holidays"
                                                     " WHERE org_id = ? AND end_day >= ? AND start_day <= ? ORDER BY start_day"));
    q.bindValue(0, r.org->id);
    q.bindValue(1, dates::dayKey(from));
    q.bindValue(2, dates::dayKey(to));
    if (!q.exec())
        throw DatabaseError{QStringLiteral("school holiday query failed")};
    const auto dayOfKey = [](int key) { return QDate(key / 10000, key / 100 % 100, key % 100); };
    QJsonArray holidays;
    while (q.next())
        holidays.append(QJsonObject{{QStringLiteral("name"), q.value(0).toString()},
                                    {QStringLiteral("startDate"), dates::localMs(dayOfKey(q.value(1).toInt()))},
                                    {QStringLiteral("endDate"), dates::localMs(dayOfKey(q.value(2).toInt()))}});
    q.finish();
    return reply::envelope(QJsonObject{{QStringLiteral("closedDays"), closed}, {QStringLiteral("schoolHolidays"), holidays}});
}

void addPlanningRoutes(Router &router, Portal &portal)
{
    router.get(QStringLiteral("/restservices-parent/closures/{}/until/{}"), Access::Parent,
               [&portal](Request &r) { return closures(portal, r); });
    router.get(QStringLiteral("/restservices-parent/calendar/{}/until/{}"), Access::Parent,
               [&portal](Request &r) { return calendar(portal, r); });
}

} // namespace nestje::server
