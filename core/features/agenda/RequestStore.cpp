// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/RequestStore.h"

#include "db/Database.h"

namespace nestje {

namespace {
int dayKey(const QDate &day)
{
    return day.isValid() ? day.year() * 10000 + day.month() * 100 + day.day() : 0;
}

QDate dayFromKey(qint64 key)
{
    return key ? QDate(int(key / 10000), int(key / 100 % 100), int(key % 100)) : QDate();
}

const QString requestColumns =
    QStringLiteral("id, type, status, status_label, created, first_start, last_end,"
                   " as_whole, expires_at, remark, reason");

AgendaRequest requestFrom(const QSqlQuery &q)
{
    AgendaRequest request;
    request.id = q.value(0).toString();
    request.type = q.value(1).toString();
    request.status = q.value(2).toString();
    request.statusLabel = q.value(3).toString();
    request.createdDate = q.value(4).toLongLong();
    request.firstStartTime = q.value(5).toLongLong();
    request.lastEndTime = q.value(6).toLongLong();
    request.asWhole = q.value(7).toInt() != 0;
    request.expiresAt = q.value(8).toLongLong();
    request.remark = q.value(9).toString();
    request.reason = q.value(10).toString();
    return request;
}
} // namespace

bool RequestStore::write(const AgendaRequest &request)
{
    const QVariantList id{request.id};
    if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO agenda_requests (%1) VALUES (?, ?, ?, ?, "
                                  "?, ?, ?, ?, ?, ?, ?)")
                       .arg(requestColumns),
                   {request.id, request.type, request.status, request.statusLabel,
                    request.createdDate, request.firstStartTime, request.lastEndTime,
                    request.asWhole ? 1 : 0, request.expiresAt, request.remark, request.reason}) ||
        !m_db.exec(QStringLiteral("DELETE FROM agenda_request_children WHERE request_id = ?"),
                   id) ||
        !m_db.exec(QStringLiteral("DELETE FROM agenda_bookings WHERE request_id = ?"), id))
        return false;
    for (qsizetype c = 0; c < request.children.size(); ++c) {
        const RequestChild &child = request.children.at(c);
        if (!m_db.exec(
                QStringLiteral("INSERT OR REPLACE INTO agenda_request_children (request_id, "
                               "position, child_id,"
                               " first_name, status, status_label, cancellable, cancel_refusal)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {request.id, int(c), child.childId, child.firstName, child.status,
                 child.statusLabel, child.cancellable ? 1 : 0, child.cancelRefusal}))
            return false;
        for (qsizetype b = 0; b < child.bookings.size(); ++b) {
            const RequestBooking &booking = child.bookings.at(b);
            if (!m_db.exec(
                    QStringLiteral("INSERT INTO agenda_bookings (request_id, child_id, position, "
                                   "booking_id, day,"
                                   " role, label, start_time, end_time, value, unit, payment_type, "
                                   "credit_label,"
                                   " status, status_label, staff_message)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {request.id, child.childId, int(b), booking.bookingId, dayKey(booking.date),
                     booking.role, booking.label, booking.startTime, booking.endTime, booking.value,
                     booking.unit, booking.paymentType, booking.creditLabel, booking.status,
                     booking.statusLabel, booking.staffMessage}))
                return false;
        }
    }
    return true;
}

bool RequestStore::replaceRequests(const QList<AgendaRequest> &requests)
{
    const bool ok = m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM agenda_bookings")) ||
            !m_db.exec(QStringLiteral("DELETE FROM agenda_request_children")) ||
            !m_db.exec(QStringLiteral("DELETE FROM agenda_requests")))
            return false;
        for (const AgendaRequest &request : requests) {
            if (!write(request))
                return false;
        }
        return true;
    });
    if (ok)
        m_db.announce(QStringLiteral("requests"));
    return ok;
}

bool RequestStore::upsert(const AgendaRequest &request)
{
    if (request.id.isEmpty())
        return false;
    const bool ok = m_db.transaction([&] { return write(request); });
    if (ok)
        m_db.announce(QStringLiteral("requests"));
    return ok;
}

int RequestStore::requestCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM agenda_requests")));
}

QHash<QString, QList<RequestChild>> RequestStore::childrenOf(const QString &requestId) const
{
    QHash<QString, QList<RequestChild>> children;
    QSqlQuery *q = m_db.select(
        QStringLiteral(
            "SELECT request_id, child_id, first_name, status, status_label, cancellable,"
            " cancel_refusal FROM agenda_request_children"
            " WHERE (IFNULL(?, '') = '' OR request_id = ?) ORDER BY request_id, position"),
        {requestId, requestId});
    while (q && q->next()) {
        RequestChild child;
        child.childId = q->value(1).toString();
        child.firstName = q->value(2).toString();
        child.status = q->value(3).toString();
        child.statusLabel = q->value(4).toString();
        child.cancellable = q->value(5).toInt() != 0;
        child.cancelRefusal = q->value(6).toString();
        children[q->value(0).toString()] << child;
    }
    QSqlQuery *b = m_db.select(
        QStringLiteral(
            "SELECT request_id, child_id, booking_id, day, role, label, start_time,"
            " end_time, value, unit, payment_type, credit_label, status, status_label,"
            " staff_message FROM agenda_bookings WHERE (IFNULL(?, '') = '' OR request_id = ?)"
            " ORDER BY request_id, child_id, position"),
        {requestId, requestId});
    while (b && b->next()) {
        RequestBooking booking;
        booking.bookingId = b->value(2).toString();
        booking.date = dayFromKey(b->value(3).toLongLong());
        booking.role = b->value(4).toString();
        booking.label = b->value(5).toString();
        booking.startTime = b->value(6).toLongLong();
        booking.endTime = b->value(7).toLongLong();
        booking.value = b->value(8).toDouble();
        booking.unit = b->value(9).toString();
        booking.paymentType = b->value(10).toString();
        booking.creditLabel = b->value(11).toString();
        booking.status = b->value(12).toString();
        booking.statusLabel = b->value(13).toString();
        booking.staffMessage = b->value(14).toString();
        const QString childId = b->value(1).toString();
        for (RequestChild &child : children[b->value(0).toString()]) {
            if (child.childId == childId)
                child.bookings << booking;
        }
    }
    return children;
}

QList<AgendaRequest> RequestStore::requests() const
{
    QList<AgendaRequest> requests;
    QSqlQuery *q = m_db.select(QStringLiteral("SELECT %1 FROM agenda_requests ORDER BY created "
                                              "DESC, CAST(id AS INTEGER) DESC, id DESC")
                                   .arg(requestColumns));
    while (q && q->next())
        requests << requestFrom(*q);
    // Two more queries for every request's children and bookings, not two per request.
    const QHash<QString, QList<RequestChild>> children = childrenOf({});
    for (AgendaRequest &request : requests)
        request.children = children.value(request.id);
    return requests;
}

std::optional<AgendaRequest> RequestStore::request(const QString &id) const
{
    QSqlQuery *q = m_db.select(
        QStringLiteral("SELECT %1 FROM agenda_requests WHERE id = ?").arg(requestColumns), {id});
    if (!q || !q->next())
        return std::nullopt;
    AgendaRequest request = requestFrom(*q);
    request.children = childrenOf(request.id).value(request.id);
    return request;
}

} // namespace nestje
