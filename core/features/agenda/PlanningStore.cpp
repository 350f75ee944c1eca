// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/PlanningStore.h"

#include "db/Database.h"

#include <algorithm>

namespace nestje {

namespace {
// Days as yyyymmdd integers: ordered, indexable and readable in the database.
int dayKey(const QDate &day)
{
    return day.year() * 10000 + day.month() * 100 + day.day();
}

QDate dayFromKey(qint64 key)
{
    return QDate(int(key / 10000), int(key / 100 % 100), int(key % 100));
}

// Time spans joined where they touch or overlap, in order.
QList<QPair<qint64, qint64>> joined(QList<QPair<qint64, qint64>> spans)
{
    std::sort(spans.begin(), spans.end());
    QList<QPair<qint64, qint64>> result;
    for (const auto &span : std::as_const(spans)) {
        if (!result.isEmpty() && span.first <= result.last().second)
            result.last().second = std::max(result.last().second, span.second);
        else
            result << span;
    }
    return result;
}
} // namespace

bool PlanningStore::replaceWindow(const QDate &from, const QDate &until,
                                  const QList<PlanningPart> &parts)
{
    const bool ok = m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM agenda_parts WHERE day >= ? AND day <= ?"),
                       {dayKey(from), dayKey(until)}))
            return false;
        for (const PlanningPart &part : parts) {
            if (part.day < from || part.day > until)
                continue; // not this window's: it stays as the window that holds it left it
            if (!m_db.exec(
                    QStringLiteral(
                        "INSERT OR REPLACE INTO agenda_parts (child_id, child_name, day, "
                        "start_time,"
                        " end_time, code, extra_info, to_confirm) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {part.childId, part.childName, dayKey(part.day), part.startTime, part.endTime,
                     part.code, part.extraInfo, part.toConfirm ? 1 : 0}))
                return false;
        }
        return true;
    });
    if (ok)
        m_db.announce(QStringLiteral("planning"));
    return ok;
}

bool PlanningStore::applyRequest(const AgendaRequest &request)
{
    const QString absentLabel = request.reason == QLatin1String("sick") ? QStringLiteral("Ziek")
                                : request.reason == QLatin1String("holiday")
                                    ? QStringLiteral("Vakantie")
                                    : QStringLiteral("Afwezig");
    const bool ok = m_db.transaction([&] {
        for (const RequestChild &child : request.children) {
            // The portal cuts an absence at its day parts ("Ochtend", "Middag"): join adjacent
            // ones, so a whole planned day inside them is found.
            QList<QPair<qint64, qint64>> absent;
            QList<QPair<qint64, qint64>> restored;
            for (const RequestBooking &booking : child.bookings) {
                const bool active = booking.status == QLatin1String("pending") ||
                                    booking.status == QLatin1String("approved");
                if (booking.role == QLatin1String("absent")) {
                    (active ? absent : restored) << qMakePair(booking.startTime, booking.endTime);
                } else if (booking.role == QLatin1String("extra") ||
                           booking.role == QLatin1String("swap_to")) {
                    const bool approved = booking.status == QLatin1String("approved");
                    const bool swap = booking.role == QLatin1String("swap_to");
                    const bool done =
                        active
                            ? m_db.exec(
                                  QStringLiteral(
                                      "INSERT OR REPLACE INTO agenda_parts (child_id,"
                                      " child_name, day, start_time, end_time, code,"
                                      " extra_info, to_confirm) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"),
                                  {child.childId, child.firstName, dayKey(booking.date),
                                   booking.startTime, booking.endTime,
                                   approved ? QStringLiteral("attend")
                                            : QStringLiteral("tentative"),
                                   approved ? (swap ? QStringLiteral("Ruildag")
                                                    : QStringLiteral("Extra dag"))
                                            : (swap ? QStringLiteral("Optie ruil")
                                                    : QStringLiteral("Optie extra"))})
                            : m_db.exec(QStringLiteral("DELETE FROM agenda_parts WHERE child_id = ?"
                                                       " AND start_time = ? AND end_time = ?"),
                                        {child.childId, booking.startTime, booking.endTime});
                    if (!done)
                        return false;
                }
            }
            for (const auto &[start, end] : joined(absent)) {
                if (!m_db.exec(
                        QStringLiteral("UPDATE agenda_parts SET code = 'absent', extra_info = ?"
                                       " WHERE child_id = ? AND start_time >= ? AND end_time <= ?"),
                        {absentLabel, child.childId, start, end}))
                    return false;
            }
            for (const auto &[start, end] : joined(restored)) {
                if (!m_db.exec(
                        QStringLiteral("UPDATE agenda_parts SET code = 'attend', extra_info = ''"
                                       " WHERE child_id = ? AND start_time >= ? AND end_time <= ? "
                                       "AND code = 'absent'"),
                        {child.childId, start, end}))
                    return false;
            }
        }
        return true;
    });
    if (ok)
        m_db.announce(QStringLiteral("planning"));
    return ok;
}

int PlanningStore::partCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM agenda_parts")));
}

bool PlanningStore::replaceClosures(const QList<Closure> &closures)
{
    const bool ok = m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM agenda_closures")))
            return false;
        for (const Closure &c : closures)
            if (!m_db.exec(QStringLiteral("INSERT INTO agenda_closures (kind, first_day, last_day,"
                                          " name) VALUES (?, ?, ?, ?)"),
                           {c.kind, dayKey(c.first), dayKey(c.last), c.name}))
                return false;
        return true;
    });
    if (ok)
        m_db.announce(QStringLiteral("planning"));
    return ok;
}

QList<Closure> PlanningStore::closures(const QDate &from, const QDate &until) const
{
    QList<Closure> closures;
    QSqlQuery *q = m_db.select(
        QStringLiteral("SELECT kind, first_day, last_day, name FROM agenda_closures"
                       " WHERE last_day >= ? AND first_day <= ? ORDER BY first_day, kind"),
        {dayKey(from), dayKey(until)});
    while (q && q->next())
        closures << Closure{q->value(0).toString(), dayFromKey(q->value(1).toLongLong()),
                            dayFromKey(q->value(2).toLongLong()), q->value(3).toString()};
    return closures;
}

QList<PlanningPart> PlanningStore::parts(const QDate &from, const QDate &until,
                                         const QString &childId) const
{
    QList<PlanningPart> parts;
    QSqlQuery *q = m_db.select(
        QStringLiteral("SELECT child_id, child_name, day, start_time, end_time, code, extra_info,"
                       " to_confirm FROM agenda_parts WHERE day >= ? AND day <= ?"
                       " AND (IFNULL(?, '') = '' OR child_id = ?) ORDER BY day, start_time, "
                       "child_name, child_id"),
        {dayKey(from), dayKey(until), childId, childId});
    while (q && q->next()) {
        PlanningPart part;
        part.childId = q->value(0).toString();
        part.childName = q->value(1).toString();
        part.day = dayFromKey(q->value(2).toLongLong());
        part.startTime = q->value(3).toLongLong();
        part.endTime = q->value(4).toLongLong();
        part.code = q->value(5).toString();
        part.extraInfo = q->value(6).toString();
        part.toConfirm = q->value(7).toInt() != 0;
        parts << part;
    }
    return parts;
}

QList<QPair<QString, QString>> PlanningStore::children() const
{
    QList<QPair<QString, QString>> children;
    QSqlQuery *q = m_db.select(
        QStringLiteral("SELECT child_id, MAX(child_name) FROM agenda_parts GROUP BY child_id"
                       " ORDER BY MAX(child_name), child_id"));
    while (q && q->next())
        children << qMakePair(q->value(0).toString(), q->value(1).toString());
    return children;
}

QDate PlanningStore::firstDay() const
{
    const qint64 key = m_db.scalar(QStringLiteral("SELECT MIN(day) FROM agenda_parts"));
    return key ? dayFromKey(key) : QDate();
}

QDate PlanningStore::lastDay() const
{
    const qint64 key = m_db.scalar(QStringLiteral("SELECT MAX(day) FROM agenda_parts"));
    return key ? dayFromKey(key) : QDate();
}

} // namespace nestje
