// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routes/RequestSupport.h"

#include "server/Dates.h"
#include "server/Portal.h"
#include "server/http/Replies.h"
#include "server/planning/Planner.h"
#include "server/routes/WriteSupport.h"

namespace nestje::server {

QDate bodyDate(const QJsonValue &value)
{
    if (value.isString())
        return dates::parsePathDate(value.toString());
    if (value.isDouble())
        return dates::localDate(value.toInteger());
    return {};
}

QString optionChild(const QString &optionId)
{
    return optionId.section(QLatin1Char('|'), 0, 0);
}

std::optional<Reply> requireModule(Portal &portal, const Request &request, const QString &module)
{
    if (portal.rules(*request.org).offers(module))
        return std::nullopt;
    return reply::error(404, QStringLiteral("nestje.module.not_offered"),
                        QStringLiteral("Deze functie biedt je kinderopvangorganisatie niet aan."));
}

std::optional<Reply> checkExpiry(const Planner &planner, qint64 expiresAt, qint64 firstStart)
{
    if (!expiresAt)
        return std::nullopt;
    const qint64 maxDays = planner.rules().integer(QStringLiteral("request.maxExpiryDays"));
    if (expiresAt <= planner.now() || expiresAt > firstStart || expiresAt > planner.now() + maxDays * 86400000)
        return reply::refusal(QStringLiteral("nestje.request.expiry_invalid"),
                              QStringLiteral("Kies een vervalmoment tussen nu en het begin van de aangevraagde opvang"
                                             " (hoogstens %1 dagen vooruit).").arg(maxDays));
    return std::nullopt;
}

qint64 insertRequest(Portal &portal, const Request &request, const QString &kind, bool asWhole, qint64 expiresAt,
                     const QString &remark, const QString &reason)
{
    const qint64 id = nextId(portal, QStringLiteral("requests"));
    portal.db.run(QStringLiteral("INSERT INTO requests (id, org_id, family_id, account_id, kind, as_whole, expires_ms, remark, reason,"
                                 " created_ms, notified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"),
                  {id, request.org->id, request.caller.familyId, request.caller.accountId, kind, asWhole ? 1 : 0,
                   expiresAt ? QVariant(expiresAt) : QVariant(QMetaType::fromType<qint64>()),
                   remark.isNull() ? QStringLiteral("") : remark,
                   reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason), portal.now()});
    return id;
}

qint64 insertBooking(Portal &portal, qint64 requestId, const QString &childId, QDate date, const QString &code,
                     const QString &label, qint64 start, qint64 end, double value, const QString &role,
                     const QString &payment, qint64 creditId, const QString &status, qint64 planningId,
                     const QString &previousCode)
{
    const qint64 id = nextId(portal, QStringLiteral("bookings"));
    const QVariant noInt(QMetaType::fromType<qint64>());
    const QVariant noText(QMetaType::fromType<QString>());
    portal.db.run(QStringLiteral("INSERT INTO bookings (id, request_id, child_id, day, part_code, label, start_ms, end_ms, value, role,"
                                 " payment, credit_id, status, planning_id, previous_code, group_id, staff_message, decided_ms)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', NULL)"),
                  {id, requestId, childId, dates::dayKey(date), code, label, start, end, value, role,
                   payment.isEmpty() ? noText : QVariant(payment), creditId ? QVariant(creditId) : noInt, status,
                   planningId ? QVariant(planningId) : noInt, previousCode.isEmpty() ? noText : QVariant(previousCode)});
    return id;
}

} // namespace nestje::server
