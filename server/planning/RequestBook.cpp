// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/planning/RequestBook.h"

#include "server/Dates.h"
#include "server/Portal.h"
#include "server/planning/Planner.h"

#include <QJsonArray>
#include <QMap>

namespace nestje::server::requests {

namespace {

struct Booking
{
    qint64 id = 0;
    QString childId;
    int day = 0;
    QString code;
    QString label;
    qint64 start = 0;
    qint64 end = 0;
    double value = 0;
    QString role;
    QString payment;
    qint64 creditId = 0;
    QString status;
    qint64 planningId = 0;
    QString previousCode;
    QString staffMessage;
};

const QString bookingColumns = QStringLiteral("id, child_id, day, part_code, label, start_ms, end_ms, value, role, payment,"
                                              " credit_id, status, planning_id, previous_code, staff_message");

Booking readBooking(QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(), q.value(4).toString(),
            q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toDouble(), q.value(8).toString(), q.value(9).toString(),
            q.value(10).toLongLong(), q.value(11).toString(), q.value(12).toLongLong(), q.value(13).toString(), q.value(14).toString()};
}

QList<Booking> bookingsOf(Portal &portal, qint64 requestId, const QString &childId = {})
{
    QList<Booking> list;
    QSqlQuery &q = childId.isEmpty()
        ? portal.db.run(QStringLiteral("SELECT ") + bookingColumns + QStringLiteral(" FROM bookings WHERE request_id = ? ORDER BY start_ms, id"),
                        {requestId})
        : portal.db.run(QStringLiteral("SELECT ") + bookingColumns
                            + QStringLiteral(" FROM bookings WHERE request_id = ? AND child_id = ? ORDER BY start_ms, id"),
                        {requestId, childId});
    while (q.next())
        list.append(readBooking(q));
    q.finish();
    return list;
}

bool active(const Booking &b)
{
    return b.status == QLatin1String("pending") || b.status == QLatin1String("approved");
}

struct RequestRow
{
    qint64 id = 0;
    qint64 orgId = 0;
    qint64 familyId = 0;
    QString kind;
    bool asWhole = false;
    qint64 expires = 0;
    QString remark;
    QString reason;
    qint64 created = 0;
    bool notified = false;
};

std::optional<RequestRow> requestRow(Portal &portal, qint64 id)
{
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT id, org_id, family_id, kind, as_whole, expires_ms, remark, reason, created_ms,"
                                                " notified FROM requests WHERE id = ?"),
                                 {id});
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    RequestRow r{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                 q.value(4).toInt() != 0, q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString(),
                 q.value(8).toLongLong(), q.value(9).toInt() != 0};
    q.finish();
    return r;
}

QString childName(Portal &portal, const QString &childId)
{
    return portal.db.scalar(QStringLiteral("SELECT first_name FROM children WHERE id = ?"), {childId}).toString();
}

void setStatus(Portal &portal, qint64 bookingId, const QString &status, const QString &message, qint64 now)
{
    portal.db.run(QStringLiteral("UPDATE bookings SET status = ?, staff_message = ?, decided_ms = ? WHERE id = ?"),
                  {status, message.isNull() ? QStringLiteral("") : message, now, bookingId});
}

void refund(Portal &portal, const Booking &b, const QString &why, qint64 now)
{
    if (b.payment != QLatin1String("credit") || !b.creditId)
        return;
    portal.db.run(QStringLiteral("UPDATE credits SET remaining = remaining + ? WHERE id = ?"), {b.value, b.creditId});
    const qint64 id = portal.db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM credit_history")).toLongLong();
    portal.db.run(QStringLiteral("INSERT INTO credit_history (id, credit_id, kind, amount, booking_id, at_ms, description)"
                                 " VALUES (?, ?, 'refund', ?, ?, ?, ?)"),
                  {id, b.creditId, b.value, b.id, now, why});
}

// Takes back the credit an early absence earned. Only what is left can be taken back.
void revokeEarnedCredit(Portal &portal, const Booking &b, qint64 now)
{
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT h.credit_id, h.amount FROM credit_history h WHERE h.booking_id = ? AND h.kind = 'grant'"),
                                 {b.id});
    QList<QPair<qint64, double>> grants;
    while (q.next())
        grants.append({q.value(0).toLongLong(), q.value(1).toDouble()});
    q.finish();
    for (const auto &grant : grants) {
        portal.db.run(QStringLiteral("UPDATE credits SET remaining = MAX(0, remaining - ?), total = MAX(0, total - ?) WHERE id = ?"),
                      {grant.second, grant.second, grant.first});
        const qint64 id = portal.db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM credit_history")).toLongLong();
        portal.db.run(QStringLiteral("INSERT INTO credit_history (id, credit_id, kind, amount, booking_id, at_ms, description)"
                                     " VALUES (?, ?, 'revoke', ?, ?, ?, 'Afwezigheid ingetrokken')"),
                      {id, grant.first, grant.second, b.id, now});
    }
}

// Undoes what an active booking did to the planning.
void undoPlanning(Portal &portal, const Booking &b)
{
    if (!b.planningId)
        return;
    if (b.role == QLatin1String("extra") || b.role == QLatin1String("swap_to")) {
        portal.db.run(QStringLiteral("DELETE FROM planning WHERE id = ?"), {b.planningId});
    } else if (b.status == QLatin1String("approved") && !b.previousCode.isEmpty()) {
        portal.db.run(QStringLiteral("UPDATE planning SET code = ?, extra_info = NULL WHERE id = ?"), {b.previousCode, b.planningId});
    }
}

void approve(Portal &portal, Planner &planner, const Booking &b)
{
    if (b.role == QLatin1String("extra"))
        portal.db.run(QStringLiteral("UPDATE planning SET code = 'attend', extra_info = 'Extra dag' WHERE id = ?"), {b.planningId});
    else if (b.role == QLatin1String("swap_to"))
        portal.db.run(QStringLiteral("UPDATE planning SET code = 'attend', extra_info = 'Ruildag' WHERE id = ?"), {b.planningId});
    else if (b.role == QLatin1String("swap_from") && b.planningId) {
        const qint64 row = planner.isolate(b.planningId, b.start, b.end);
        portal.db.run(QStringLiteral("UPDATE planning SET code = 'absent', extra_info = 'Geruild' WHERE id = ?"), {row});
        portal.db.run(QStringLiteral("UPDATE bookings SET planning_id = ?, previous_code = 'attend' WHERE id = ?"), {row, b.id});
    }
}

} // namespace

QString statusLabel(const QString &kind, const QString &status)
{
    if (status == QLatin1String("pending"))
        return QStringLiteral("Optie extra");
    if (status == QLatin1String("approved"))
        return kind == QLatin1String("absence") ? QStringLiteral("Doorgegeven") : QStringLiteral("Goedgekeurd");
    if (status == QLatin1String("rejected"))
        return QStringLiteral("Afgewezen");
    if (status == QLatin1String("expired"))
        return QStringLiteral("Vervallen");
    if (status == QLatin1String("cancelled"))
        return QStringLiteral("Geannuleerd");
    if (status == QLatin1String("partial"))
        return QStringLiteral("Deels beoordeeld");
    return status;
}

std::optional<QString> cancelBlocker(Portal &portal, Planner &planner, qint64 requestId, const QString &childId)
{
    const auto request = requestRow(portal, requestId);
    if (!request)
        return QStringLiteral("Deze aanvraag bestaat niet.");
    QList<Booking> bookings = bookingsOf(portal, requestId, childId);
    bookings.erase(std::remove_if(bookings.begin(), bookings.end(), [](const Booking &b) { return !active(b); }), bookings.end());
    if (bookings.isEmpty())
        return QStringLiteral("Deze aanvraag is al afgewezen, vervallen of geannuleerd.");
    const Booking &first = bookings.first();
    const qint64 now = planner.now();
    const OrganisationRules &rules = planner.rules();
    const QString name = childName(portal, childId);
    if (first.start <= now)
        return QStringLiteral("De opvang van %1 op %2 is al begonnen; annuleren kan niet meer.").arg(name, dutch::day(dateOfKey(first.day)));
    if (request->kind == QLatin1String("absence")) {
        const qint64 minutes = rules.integer(QStringLiteral("absence.cancelMinutes"));
        if (first.start - now < minutes * 60 * 1000)
            return QStringLiteral("Een afwezigheid intrekken kan tot %1 minuten voor de opvang begint; die termijn is verstreken.").arg(minutes);
        for (const Booking &b : bookings) {
            // Credit the absence earned and that was spent since cannot be taken back.
            const QVariant spent = portal.db.scalar(
                QStringLiteral("SELECT 1 FROM credit_history h JOIN credits c ON c.id = h.credit_id WHERE h.booking_id = ?"
                               " AND h.kind = 'grant' AND c.remaining < h.amount"),
                {b.id});
            if (spent.isValid())
                return QStringLiteral("Het tegoed dat deze afwezigheid opleverde is al (deels) gebruikt; intrekken kan niet meer.");
        }
        return std::nullopt;
    }
    // "Zolang een aanvraag de status 'Optie extra' heeft, kun je de aanvraag nog annuleren."
    bool anyApproved = false;
    for (const Booking &b : bookings)
        anyApproved = anyApproved || b.status == QLatin1String("approved");
    if (!anyApproved)
        return std::nullopt;
    // Approved: "Flexibele en extra aangevraagde opvang kunnen geannuleerd worden tot een bepaalde termijn."
    const qint64 hours = rules.integer(QStringLiteral("request.cancelHours"));
    if (first.start - now < hours * 3600 * 1000)
        return QStringLiteral("Annuleren kan tot %1 uur voor de opvang begint; die termijn is verstreken. Je kunt %2 nog afmelden"
                              " via Afwezigheid doorgeven.")
            .arg(hours)
            .arg(name);
    return std::nullopt;
}

void cancelChild(Portal &portal, Planner &planner, qint64 requestId, const QString &childId)
{
    const qint64 now = planner.now();
    for (const Booking &b : bookingsOf(portal, requestId, childId)) {
        if (!active(b))
            continue;
        undoPlanning(portal, b);
        refund(portal, b, QStringLiteral("Aanvraag geannuleerd"), now);
        if (b.role == QLatin1String("absent"))
            revokeEarnedCredit(portal, b, now);
        setStatus(portal, b.id, QStringLiteral("cancelled"), QString(), now);
    }
}

bool decideChild(Portal &portal, Planner &planner, qint64 requestId, const QString &childId, bool approveIt,
                 const QString &message)
{
    const auto request = requestRow(portal, requestId);
    if (!request)
        return false;
    const qint64 now = planner.now();
    bool any = false;
    for (const Booking &b : bookingsOf(portal, requestId, childId)) {
        if (b.status != QLatin1String("pending"))
            continue;
        any = true;
        if (approveIt) {
            approve(portal, planner, b);
            setStatus(portal, b.id, QStringLiteral("approved"), message, now);
        } else {
            undoPlanning(portal, b);
            refund(portal, b, QStringLiteral("Aanvraag afgewezen"), now);
            setStatus(portal, b.id, QStringLiteral("rejected"), message, now);
        }
    }
    if (any && !approveIt && request->asWhole) {
        // "Als geheel beoordelen": if one child cannot be placed, nobody is.
        for (const Booking &b : bookingsOf(portal, requestId)) {
            if (!active(b))
                continue;
            undoPlanning(portal, b);
            refund(portal, b, QStringLiteral("Aanvraag afgewezen (als geheel beoordeeld)"), now);
            setStatus(portal, b.id, QStringLiteral("rejected"),
                      QStringLiteral("Afgewezen omdat de aanvraag als geheel beoordeeld wordt en niet voor alle kinderen kon."), now);
        }
    }
    if (any)
        notifyIfDone(portal, requestId);
    return any;
}

int expireDue(Portal &portal, qint64 now)
{
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT b.id, b.request_id, r.org_id FROM bookings b JOIN requests r ON r.id = b.request_id"
                                                " WHERE b.status = 'pending' AND ((r.expires_ms IS NOT NULL AND r.expires_ms <= ?)"
                                                " OR b.start_ms <= ?)"),
                                 {now, now});
    QList<qint64> bookingIds;
    QSet<qint64> requestIds;
    while (q.next()) {
        bookingIds.append(q.value(0).toLongLong());
        requestIds.insert(q.value(1).toLongLong());
    }
    q.finish();
    for (const qint64 requestId : std::as_const(requestIds)) {
        for (const Booking &b : bookingsOf(portal, requestId)) {
            if (!bookingIds.contains(b.id))
                continue;
            undoPlanning(portal, b);
            refund(portal, b, QStringLiteral("Aanvraag vervallen"), now);
            setStatus(portal, b.id, QStringLiteral("expired"),
                      QStringLiteral("Niet op tijd beoordeeld; de aanvraag is automatisch ingetrokken."), now);
        }
        notifyIfDone(portal, requestId);
    }
    return int(bookingIds.size());
}

qint64 nextExpiry(Portal &portal)
{
    const QVariant byMoment = portal.db.scalar(QStringLiteral(
        "SELECT MIN(r.expires_ms) FROM requests r WHERE r.expires_ms IS NOT NULL AND EXISTS"
        " (SELECT 1 FROM bookings b WHERE b.request_id = r.id AND b.status = 'pending')"));
    const QVariant byStart = portal.db.scalar(QStringLiteral("SELECT MIN(start_ms) FROM bookings WHERE status = 'pending'"));
    qint64 next = 0;
    for (const QVariant &v : {byMoment, byStart})
        if (!v.isNull() && v.isValid() && (next == 0 || v.toLongLong() < next))
            next = v.toLongLong();
    return next;
}

qint64 messageFromOrganisation(Portal &portal, qint64 orgId, qint64 familyId, const QString &childId, const QString &subject,
                               const QString &html, const QString &writtenBy)
{
    const qint64 now = portal.now();
    const QString author = writtenBy.isEmpty()
        ? QStringLiteral("Planning ") + portal.db.scalar(QStringLiteral("SELECT name FROM organisations WHERE id = ?"), {orgId}).toString()
        : writtenBy;
    const qint64 thread = portal.db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM threads")).toLongLong();
    portal.db.run(QStringLiteral("INSERT INTO threads (id, org_id, family_id, child_id, subject, unread, last_date, group_id)"
                                 " VALUES (?, ?, ?, ?, ?, 1, ?, NULL)"),
                  {thread, orgId, familyId, childId, subject, now});
    const qint64 message = portal.db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM thread_messages")).toLongLong();
    portal.db.run(QStringLiteral("INSERT INTO thread_messages (id, thread_id, message, written_by, from_parent, date_ms)"
                                 " VALUES (?, ?, ?, ?, 0, ?)"),
                  {message, thread, html, author, now});
    return thread;
}

void notifyIfDone(Portal &portal, qint64 requestId)
{
    const auto request = requestRow(portal, requestId);
    if (!request || request->notified || request->kind == QLatin1String("absence"))
        return;
    const QList<Booking> bookings = bookingsOf(portal, requestId);
    bool decidedByOrganisation = false;
    for (const Booking &b : bookings) {
        if (b.status == QLatin1String("pending"))
            return; // "Je ontvangt een bericht wanneer alle individuele aanvragen beoordeeld zijn."
        decidedByOrganisation = decidedByOrganisation || b.status != QLatin1String("cancelled");
    }
    portal.db.run(QStringLiteral("UPDATE requests SET notified = 1 WHERE id = ?"), {requestId});
    if (!decidedByOrganisation || bookings.isEmpty())
        return; // the parent cancelled everything: nothing to tell them
    const QString what = request->kind == QLatin1String("swap") ? QStringLiteral("ruilaanvraag") : QStringLiteral("aanvraag");
    QString html = QStringLiteral("<p>Je %1 is beoordeeld:</p><ul>").arg(what);
    for (const Booking &b : bookings) {
        if (b.role == QLatin1String("swap_from"))
            continue;
        html += QStringLiteral("<li>%1, %2 (%3–%4): %5")
                    .arg(childName(portal, b.childId).toHtmlEscaped(), dutch::day(dateOfKey(b.day)), dutch::time(b.start),
                         dutch::time(b.end), statusLabel(request->kind, b.status).toLower());
        if (!b.staffMessage.isEmpty())
            html += QStringLiteral(". ") + b.staffMessage.toHtmlEscaped();
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul><p>Je ziet de status ook in het aanvragenoverzicht.</p>");
    messageFromOrganisation(portal, request->orgId, request->familyId, bookings.first().childId,
                            QStringLiteral("Je %1 is beoordeeld").arg(what), html);
}

QJsonObject requestJson(Portal &portal, Planner &planner, qint64 requestId)
{
    const auto request = requestRow(portal, requestId);
    if (!request)
        return {};
    const QList<Booking> bookings = bookingsOf(portal, requestId);
    QMap<QString, QJsonArray> perChild;
    QMap<QString, QStringList> statuses;
    QStringList childOrder;
    for (const Booking &b : bookings) {
        if (!childOrder.contains(b.childId))
            childOrder.append(b.childId);
        QJsonObject payment;
        if (b.payment == QLatin1String("credit")) {
            payment = {{QStringLiteral("type"), QStringLiteral("credit")}, {QStringLiteral("creditId"), b.creditId}};
            payment.insert(QStringLiteral("creditLabel"),
                           portal.db.scalar(QStringLiteral("SELECT t.label FROM credits c JOIN credit_types t ON t.org_id = c.org_id"
                                                           " AND t.code = c.type_code WHERE c.id = ?"),
                                            {b.creditId}).toString());
        } else if (b.payment == QLatin1String("invoice")) {
            payment = {{QStringLiteral("type"), QStringLiteral("invoice")}};
        }
        perChild[b.childId].append(QJsonObject{
            {QStringLiteral("bookingId"), b.id},
            {QStringLiteral("date"), dates::localMs(dateOfKey(b.day))},
            {QStringLiteral("role"), b.role},
            {QStringLiteral("code"), b.code},
            {QStringLiteral("label"), b.label},
            {QStringLiteral("startTime"), b.start},
            {QStringLiteral("endTime"), b.end},
            {QStringLiteral("value"), b.value},
            {QStringLiteral("unit"), planner.unit()},
            {QStringLiteral("payment"), payment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(payment)},
            {QStringLiteral("status"), b.status},
            {QStringLiteral("statusLabel"), statusLabel(request->kind, b.status)},
            {QStringLiteral("staffMessage"), b.staffMessage.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(b.staffMessage)},
        });
        statuses[b.childId].append(b.status);
    }
    auto overall = [](const QStringList &list) {
        if (list.contains(QLatin1String("pending")))
            return QStringLiteral("pending");
        if (list.contains(QLatin1String("approved")))
            return QStringLiteral("approved");
        for (const char *s : {"rejected", "expired", "cancelled"})
            if (list.contains(QLatin1String(s)))
                return QString::fromLatin1(s);
        return QStringLiteral("cancelled");
    };
    QJsonArray children;
    QStringList all;
    for (const QString &childId : std::as_const(childOrder)) {
        const QString status = overall(statuses.value(childId));
        all.append(statuses.value(childId));
        const auto blocker = cancelBlocker(portal, planner, requestId, childId);
        children.append(QJsonObject{
            {QStringLiteral("childId"), childId},
            {QStringLiteral("firstName"), childName(portal, childId)},
            {QStringLiteral("status"), status},
            {QStringLiteral("statusLabel"), statusLabel(request->kind, status)},
            {QStringLiteral("cancellable"), !blocker.has_value()},
            {QStringLiteral("cancelRefusal"), blocker ? QJsonValue(*blocker) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("bookings"), perChild.value(childId)},
        });
    }
    const QString status = overall(all);
    qint64 first = 0;
    qint64 last = 0;
    for (const Booking &b : bookings) {
        first = first ? std::min(first, b.start) : b.start;
        last = std::max(last, b.end);
    }
    return {
        {QStringLiteral("requestId"), request->id},
        {QStringLiteral("type"), request->kind},
        {QStringLiteral("status"), status},
        {QStringLiteral("statusLabel"), statusLabel(request->kind, status)},
        {QStringLiteral("createdDate"), request->created},
        {QStringLiteral("firstStartTime"), first},
        {QStringLiteral("lastEndTime"), last},
        {QStringLiteral("asWhole"), request->asWhole},
        {QStringLiteral("expiresAt"), request->expires ? QJsonValue(request->expires) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("remark"), request->remark},
        {QStringLiteral("reason"), request->reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(request->reason)},
        {QStringLiteral("children"), children},
    };
}

} // namespace nestje::server::requests
