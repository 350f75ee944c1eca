// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/planning/Planner.h"

#include "server/Dates.h"
#include "server/Portal.h"
#include "server/routes/FamilyData.h"

#include <QLocale>

#include <algorithm>
#include <set>

namespace nestje::server {

namespace dutch {

QString day(QDate date)
{
    static const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
    return nl.toString(date, QStringLiteral("dddd d MMMM"));
}

QString time(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, dates::amsterdam()).time().toString(QStringLiteral("HH:mm"));
}

QString amount(double value, const QString &unit)
{
    static const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
    QString number = nl.toString(value, 'f', 2);
    // "5,50" -> "5,5", "6,00" -> "6"
    while (number.endsWith(QLatin1Char('0')) && number.contains(QLatin1Char(',')))
        number.chop(1);
    if (number.endsWith(QLatin1Char(',')))
        number.chop(1);
    return number + QLatin1Char(' ') + unit;
}

} // namespace dutch

QString dayText(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

int dayKeyOf(QDate date)
{
    return dates::dayKey(date);
}

QDate dateOfKey(int key)
{
    return QDate(key / 10000, key / 100 % 100, key % 100);
}

Planner::Planner(Portal &portal, const Organisation &org)
    : m_portal(portal)
    , m_org(org)
    , m_rules(portal.rules(org))
    , m_now(portal.now())
{
}

bool Planner::isSchoolHoliday(QDate date) const
{
    return m_portal.db.scalar(QStringLiteral("SELECT 1 FROM school_holidays WHERE org_id = ? AND start_day <= ? AND end_day >= ?"),
                              {m_org.id, dates::dayKey(date), dates::dayKey(date)}).isValid();
}

bool Planner::isClosed(QDate date) const
{
    if (date.dayOfWeek() > 5 && !m_rules.flag(QStringLiteral("calendar.openWeekends")))
        return true;
    // Fixed closing days as data, e.g. "01-01,04-27,12-25,12-26" (Nieuwjaarsdag, Koningsdag, kerst).
    const QString monthDay = date.toString(QStringLiteral("MM-dd"));
    const QStringList closed = m_rules.text(QStringLiteral("calendar.closedDates")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &d : closed)
        if (d.trimmed() == monthDay)
            return true;
    return false;
}

QList<DayPart> Planner::partsOn(QDate date) const
{
    QList<DayPart> parts;
    if (isClosed(date))
        return parts;
    const bool holiday = isSchoolHoliday(date);
    for (const DayPart &part : m_rules.dayParts()) {
        if ((part.when == QLatin1String("school") && holiday) || (part.when == QLatin1String("holiday") && !holiday))
            continue;
        parts.append(part);
    }
    return parts;
}

QList<PlanningRow> Planner::planning(const QString &childId, QDate date) const
{
    QList<PlanningRow> rows;
    QSqlQuery &q = m_portal.db.run(QStringLiteral("SELECT id, start_ms, end_ms, code, extra_info FROM planning"
                                                  " WHERE child_id = ? AND org_id = ? AND day = ? ORDER BY start_ms"),
                                   {childId, m_org.id, dates::dayKey(date)});
    while (q.next())
        rows.append({q.value(0).toLongLong(), childId, dates::dayKey(date), q.value(1).toLongLong(), q.value(2).toLongLong(),
                     q.value(3).toString(), q.value(4).toString()});
    q.finish();
    return rows;
}

qint64 Planner::groupOf(const QString &childId) const
{
    return m_portal.db.scalar(QStringLiteral("SELECT group_id FROM children WHERE id = ?"), {childId}).toLongLong();
}

bool Planner::flexible(const QString &childId, QDate date) const
{
    const int day = dates::dayKey(date);
    return m_portal.db.scalar(QStringLiteral("SELECT 1 FROM placements WHERE child_id = ? AND flexible = 1 AND start_day <= ?"
                                             " AND (end_day IS NULL OR end_day >= ?)"),
                              {childId, day, day}).isValid();
}

int Planner::capacity(qint64 groupId) const
{
    const QVariant own = m_portal.db.scalar(QStringLiteral("SELECT capacity FROM child_groups WHERE id = ?"), {groupId});
    return own.isNull() || !own.isValid() ? int(m_rules.integer(QStringLiteral("group.defaultCapacity"))) : own.toInt();
}

int Planner::placesTaken(qint64 groupId, int day, qint64 start, qint64 end) const
{
    return m_portal.db.scalar(QStringLiteral("SELECT COUNT(DISTINCT p.child_id) FROM planning p JOIN children c ON c.id = p.child_id"
                                             " WHERE c.group_id = ? AND p.day = ? AND p.code IN ('attend', 'tentative')"
                                             " AND p.start_ms < ? AND p.end_ms > ?"),
                              {groupId, day, end, start}).toInt();
}

double Planner::valueOf(qint64 start, qint64 end) const
{
    const double hours = (end - start) / 3600000.0;
    if (m_rules.text(QStringLiteral("request.valueUnit")) == QLatin1String("points"))
        return hours * double(std::max<qint64>(1, m_rules.integer(QStringLiteral("request.pointsPerHour"))));
    return hours;
}

QString Planner::unit() const
{
    return m_rules.text(QStringLiteral("request.valueUnit")) == QLatin1String("points") ? QStringLiteral("punten")
                                                                                        : QStringLiteral("uur");
}

QList<TimeOption> Planner::bookableParts(const QString &childId, QDate date) const
{
    QList<TimeOption> options;
    const QList<PlanningRow> planned = planning(childId, date);
    const qint64 group = groupOf(childId);
    const int cap = capacity(group);
    for (const DayPart &part : partsOn(date)) {
        TimeOption o;
        o.childId = childId;
        o.date = date;
        o.code = part.code;
        o.label = part.label;
        o.start = dates::localMs(date, part.start);
        o.end = dates::localMs(date, part.end);
        o.value = valueOf(o.start, o.end);
        o.optionId = childId + QLatin1Char('|') + dayText(date) + QLatin1Char('|') + part.code;
        for (const PlanningRow &row : planned) {
            if (row.code != QLatin1String("absent") && row.start < o.end && row.end > o.start) {
                o.alreadyPlanned = true;
                o.refusal = QStringLiteral("Reeds gepland van %1 tot %2.").arg(dutch::time(row.start), dutch::time(row.end));
            }
        }
        if (o.refusal.isEmpty() && group && placesTaken(group, dates::dayKey(date), o.start, o.end) >= cap)
            o.refusal = QStringLiteral("De groep is vol op dit dagdeel.");
        options.append(o);
    }
    return options;
}

QList<TimeOption> Planner::plannedParts(const QString &childId, QDate date) const
{
    // Boundaries of the parts that do not contain another part ("ochtend", "middag"; not "hele
    // dag"), so a planned day can be given up per part.
    const QList<DayPart> parts = partsOn(date);
    QList<DayPart> elementary;
    for (const DayPart &p : parts) {
        bool containsOther = false;
        for (const DayPart &q : parts)
            if (&p != &q && p.start <= q.start && p.end >= q.end && (p.start != q.start || p.end != q.end))
                containsOther = true;
        if (!containsOther)
            elementary.append(p);
    }
    std::set<qint64> cuts;
    for (const DayPart &p : elementary) {
        cuts.insert(dates::localMs(date, p.start));
        cuts.insert(dates::localMs(date, p.end));
    }
    QList<TimeOption> options;
    for (const PlanningRow &row : planning(childId, date)) {
        if (row.code != QLatin1String("attend"))
            continue;
        QList<qint64> points{row.start};
        for (qint64 cut : cuts)
            if (cut > row.start && cut < row.end)
                points.append(cut);
        points.append(row.end);
        for (qsizetype i = 0; i + 1 < points.size(); ++i) {
            TimeOption o;
            o.childId = childId;
            o.date = date;
            o.start = points.at(i);
            o.end = points.at(i + 1);
            o.planningId = row.id;
            o.value = valueOf(o.start, o.end);
            o.alreadyPlanned = true;
            // Named after the elementary part it overlaps most.
            qint64 best = 0;
            for (const DayPart &p : elementary) {
                const qint64 overlap = std::min(o.end, dates::localMs(date, p.end)) - std::max(o.start, dates::localMs(date, p.start));
                if (overlap > best) {
                    best = overlap;
                    o.label = p.label;
                    o.code = p.code;
                }
            }
            if (o.label.isEmpty()) {
                o.label = QStringLiteral("Opvang");
                o.code = QStringLiteral("planned");
            }
            o.optionId = childId + QLatin1Char('|') + dayText(date) + QLatin1Char('|') + dutch::time(o.start) + QLatin1Char('-')
                       + dutch::time(o.end);
            options.append(o);
        }
    }
    return options;
}

qint64 Planner::isolate(qint64 planningId, qint64 start, qint64 end)
{
    QSqlQuery &q = m_portal.db.run(QStringLiteral("SELECT child_id, day, start_ms, end_ms, code, extra_info, to_confirm FROM planning WHERE id = ?"),
                                   {planningId});
    if (!q.next()) {
        q.finish();
        return 0;
    }
    const QString child = q.value(0).toString();
    const int day = q.value(1).toInt();
    const qint64 rowStart = q.value(2).toLongLong();
    const qint64 rowEnd = q.value(3).toLongLong();
    const QString code = q.value(4).toString();
    const QVariant extra = q.value(5);
    const int confirm = q.value(6).toInt();
    q.finish();
    if (rowStart > start || rowEnd < end) {
        // An earlier cut of the same row (another part of one absence or swap) moved [start, end)
        // to a copy: cut the row that holds it now.
        const QVariant holder = m_portal.db.scalar(QStringLiteral("SELECT id FROM planning WHERE child_id = ? AND day = ?"
                                                                  " AND start_ms <= ? AND end_ms >= ? AND id <> ? ORDER BY id LIMIT 1"),
                                                   {child, day, start, end, planningId});
        return holder.isValid() ? isolate(holder.toLongLong(), start, end) : 0;
    }
    auto copy = [&](qint64 s, qint64 e) {
        const qint64 id = m_portal.db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM planning")).toLongLong();
        m_portal.db.run(QStringLiteral("INSERT INTO planning (id, org_id, child_id, day, start_ms, end_ms, code, extra_info, to_confirm)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {id, m_org.id, child, day, s, e, code, extra, confirm});
    };
    if (rowStart < start)
        copy(rowStart, start);
    if (rowEnd > end)
        copy(end, rowEnd);
    m_portal.db.run(QStringLiteral("UPDATE planning SET start_ms = ?, end_ms = ? WHERE id = ?"),
                    {std::max(rowStart, start), std::min(rowEnd, end), planningId});
    return planningId;
}

qint64 Planner::addPlanning(const QString &childId, QDate date, qint64 start, qint64 end, const QString &code,
                            const QString &extraInfo)
{
    const qint64 id = m_portal.db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM planning")).toLongLong();
    m_portal.db.run(QStringLiteral("INSERT INTO planning (id, org_id, child_id, day, start_ms, end_ms, code, extra_info, to_confirm)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"),
                    {id, m_org.id, childId, dates::dayKey(date), start, end, code, extraInfo});
    return id;
}

QDate Planner::newCreditValidUntil() const
{
    const QDate today = dates::localDate(m_now);
    const QString validity = m_rules.text(QStringLiteral("credit.validity"));
    if (validity == QLatin1String("yearEnd"))
        return QDate(today.year(), 12, 31);
    const int days = validity.startsWith(QLatin1String("days:")) ? validity.mid(5).toInt() : 365;
    return today.addDays(std::max(1, days));
}

QList<Planner::Credit> Planner::credits(const QString &childId) const
{
    QList<Credit> list;
    QSqlQuery &q = m_portal.db.run(
        QStringLiteral("SELECT c.id, c.type_code, COALESCE(t.label, c.type_code), COALESCE(t.usable_for, ''), COALESCE(t.holiday_only, 0),"
                       " c.total, c.remaining, c.valid_from, c.valid_until FROM credits c"
                       " LEFT JOIN credit_types t ON t.org_id = c.org_id AND t.code = c.type_code"
                       " WHERE c.child_id = ? AND c.org_id = ? ORDER BY c.valid_until, c.id"),
        {childId, m_org.id});
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toInt() != 0, q.value(5).toDouble(), q.value(6).toDouble(), dateOfKey(q.value(7).toInt()),
                     dateOfKey(q.value(8).toInt())});
    q.finish();
    return list;
}

QString Planner::creditRefusal(const Credit &credit, QDate date) const
{
    if (date > credit.validUntil)
        return QStringLiteral("het is geldig tot en met %1").arg(credit.validUntil.toString(QStringLiteral("dd-MM-yyyy")));
    if (dates::localDate(m_now) > credit.validUntil)
        return QStringLiteral("het is verlopen");
    if (date < credit.validFrom)
        return QStringLiteral("het is pas geldig vanaf %1").arg(credit.validFrom.toString(QStringLiteral("dd-MM-yyyy")));
    if (credit.holidayOnly && !isSchoolHoliday(date))
        return QStringLiteral("het is alleen te gebruiken in schoolvakanties");
    return {};
}

qint64 Planner::grantCredit(const QString &childId, const QString &type, double amount, QDate validUntil, const QString &origin,
                            qint64 bookingId)
{
    const qint64 id = m_portal.db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM credits")).toLongLong();
    const QDate today = dates::localDate(m_now);
    m_portal.db.run(QStringLiteral("INSERT INTO credits (id, org_id, child_id, type_code, total, remaining, valid_from, valid_until,"
                                   " origin, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id, m_org.id, childId, type, amount, amount, dates::dayKey(today), dates::dayKey(validUntil), origin, m_now});
    const qint64 history = m_portal.db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM credit_history")).toLongLong();
    m_portal.db.run(QStringLiteral("INSERT INTO credit_history (id, credit_id, kind, amount, booking_id, at_ms, description)"
                                   " VALUES (?, ?, 'grant', ?, ?, ?, ?)"),
                    {history, id, amount, bookingId ? QVariant(bookingId) : QVariant(QMetaType::fromType<qint64>()), m_now, origin});
    return id;
}

} // namespace nestje::server
