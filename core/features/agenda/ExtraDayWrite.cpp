// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/ExtraDayWrite.h"

#include "features/agenda/AbsenceWrite.h"
#include "text/PortalTime.h"

#include <QJsonArray>

namespace nestje {

namespace {
// One booking as the portal reads it: the device's own words (name, label) left out.
QJsonObject protocolBooking(const QJsonObject &booking)
{
    QJsonObject sent;
    for (const char *key : {"childId", "date", "payment"})
        sent.insert(QLatin1String(key), booking.value(QLatin1String(key)));
    if (!booking.value(QLatin1String("optionId")).toString().isEmpty()) {
        sent.insert(QStringLiteral("optionId"), booking.value(QLatin1String("optionId")));
    } else { // own times (flexible care)
        sent.insert(QStringLiteral("startTime"), booking.value(QLatin1String("startTime")));
        sent.insert(QStringLiteral("endTime"), booking.value(QLatin1String("endTime")));
    }
    return sent;
}
} // namespace

QJsonObject ExtraDayWrite::payload(const QList<ExtraDayBooking> &bookings, bool asWhole,
                                   qint64 expiresAt, const QString &remark)
{
    QJsonArray list;
    for (const ExtraDayBooking &b : bookings) {
        QJsonObject payment{{QStringLiteral("type"), b.paymentType}};
        if (b.paymentType == QLatin1String("credit"))
            payment.insert(QStringLiteral("creditId"), b.creditId.toLongLong());
        QJsonObject booking{{QStringLiteral("childId"), b.childId},
                            {QStringLiteral("date"), portaltime::ymd(b.day)},
                            {QStringLiteral("payment"), payment},
                            {QStringLiteral("firstName"), b.firstName},
                            {QStringLiteral("label"), b.label},
                            {QStringLiteral("startTime"), b.startTime},
                            {QStringLiteral("endTime"), b.endTime}};
        if (!b.optionId.isEmpty())
            booking.insert(QStringLiteral("optionId"), b.optionId);
        list.append(booking);
    }
    return {{QStringLiteral("bookings"), list},
            {QStringLiteral("asWhole"), asWhole},
            {QStringLiteral("expiresAt"), expiresAt},
            {QStringLiteral("remark"), remark.trimmed()}};
}

std::optional<ApiCall> ExtraDayWrite::step(const PendingWrite &write, int step) const
{
    if (step > 0)
        return std::nullopt;
    QJsonArray bookings;
    for (const QJsonValue &booking : write.payload.value(QLatin1String("bookings")).toArray())
        bookings.append(protocolBooking(booking.toObject()));
    QJsonObject body{
        {QStringLiteral("bookings"), bookings},
        {QStringLiteral("asWhole"), write.payload.value(QLatin1String("asWhole")).toBool()}};
    const qint64 expiresAt = write.payload.value(QLatin1String("expiresAt")).toInteger();
    if (expiresAt > 0)
        body.insert(QStringLiteral("expiresAt"), expiresAt);
    const QString remark = write.payload.value(QLatin1String("remark")).toString();
    if (!remark.isEmpty())
        body.insert(QStringLiteral("remark"), remark);
    ApiCall call;
    call.method = "PUT";
    call.extension = true;
    call.path = QStringLiteral("/restservices-parent/request/extraday");
    call.body = body;
    return call;
}

bool ExtraDayWrite::delivered(Database &db, const PendingWrite &write) const
{
    return !write.results.isEmpty() && applyRequestAnswer(db, write.results.last());
}

} // namespace nestje
