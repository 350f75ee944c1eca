// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/AgendaRecords.h"

#include "net/JsonValues.h"
#include "text/PortalTime.h"

#include <QJsonArray>

#include <QJsonObject>
#include <algorithm>

namespace nestje {

namespace {

QString string(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

// A portal day: "20261201" as write bodies spell it, epoch ms (a local midnight) or ISO text.
QDate dayOf(const QJsonValue &value)
{
    if (value.isString() && value.toString().size() == 8) {
        const QDate day = QDate::fromString(value.toString(), QStringLiteral("yyyyMMdd"));
        if (day.isValid())
            return day;
    }
    const qint64 ms = json::dateMs(value);
    return ms ? portaltime::dayOf(ms) : QDate();
}

RequestBooking parseBooking(const QJsonObject &object)
{
    RequestBooking booking;
    booking.bookingId = json::id(object.value(QLatin1String("bookingId")));
    booking.startTime = json::dateMs(object.value(QLatin1String("startTime")));
    booking.endTime = json::dateMs(object.value(QLatin1String("endTime")));
    booking.date = dayOf(object.value(QLatin1String("date")));
    if (!booking.date.isValid() && booking.startTime)
        booking.date = portaltime::dayOf(booking.startTime);
    booking.role = string(object, "role");
    booking.label = string(object, "label");
    booking.value = object.value(QLatin1String("value")).toDouble();
    booking.unit = string(object, "unit");
    const QJsonObject payment = object.value(QLatin1String("payment")).toObject();
    booking.paymentType = string(payment, "type");
    booking.creditLabel = string(payment, "creditLabel");
    booking.status = string(object, "status");
    booking.statusLabel = string(object, "statusLabel");
    booking.staffMessage = string(object, "staffMessage");
    return booking;
}

RequestChild parseRequestChild(const QJsonObject &object)
{
    RequestChild child;
    child.childId = json::id(object.value(QLatin1String("childId")));
    child.firstName = string(object, "firstName");
    child.status = string(object, "status");
    child.statusLabel = string(object, "statusLabel");
    child.cancellable = object.value(QLatin1String("cancellable")).toBool();
    child.cancelRefusal = string(object, "cancelRefusal");
    for (const QJsonValue &booking : object.value(QLatin1String("bookings")).toArray()) {
        if (booking.isObject())
            child.bookings << parseBooking(booking.toObject());
    }
    return child;
}

} // namespace

bool isPlanningAnswer(const QJsonValue &payload)
{
    return payload.toObject().value(QLatin1String("days")).isArray();
}

std::optional<QList<Closure>> parseClosures(const QJsonValue &payload)
{
    const QJsonObject object = payload.toObject();
    if (!object.value(QLatin1String("closedDays")).isArray() ||
        !object.value(QLatin1String("schoolHolidays")).isArray())
        return std::nullopt;
    QList<Closure> closures;
    for (const QJsonValue &value : object.value(QLatin1String("closedDays")).toArray()) {
        const qint64 date = json::dateMs(value.toObject().value(QLatin1String("date")));
        const QString name = value.toObject().value(QLatin1String("name")).toString();
        if (date > 0)
            closures << Closure{QStringLiteral("closed"), portaltime::dayOf(date),
                                portaltime::dayOf(date), name};
    }
    for (const QJsonValue &value : object.value(QLatin1String("schoolHolidays")).toArray()) {
        const qint64 start = json::dateMs(value.toObject().value(QLatin1String("startDate")));
        const qint64 end = json::dateMs(value.toObject().value(QLatin1String("endDate")));
        const QString name = value.toObject().value(QLatin1String("name")).toString();
        if (start > 0 && end >= start)
            closures << Closure{QStringLiteral("holiday"), portaltime::dayOf(start),
                                portaltime::dayOf(end), name};
    }
    return closures;
}

QList<PlanningPart> parsePlanning(const QJsonValue &payload)
{
    QList<PlanningPart> parts;
    for (const QJsonValue &dayValue : payload.toObject().value(QLatin1String("days")).toArray()) {
        const QJsonObject day = dayValue.toObject();
        const QDate date = dayOf(day.value(QLatin1String("date")));
        for (const QJsonValue &childValue : day.value(QLatin1String("children")).toArray()) {
            const QJsonObject childEntry = childValue.toObject();
            const QJsonObject child = childEntry.value(QLatin1String("child")).toObject();
            const QString childId = json::id(child.value(QLatin1String("id")));
            if (childId.isEmpty())
                continue;
            const QString name = json::text(child, {"firstName", "fullname"});
            for (const QJsonValue &combined :
                 childEntry.value(QLatin1String("combinedPlanningParts")).toArray()) {
                for (const QJsonValue &partValue :
                     combined.toObject().value(QLatin1String("planningParts")).toArray()) {
                    const QJsonObject object = partValue.toObject();
                    PlanningPart part;
                    part.childId = childId;
                    part.childName = name;
                    part.startTime = json::dateMs(object.value(QLatin1String("startTime")));
                    part.endTime = json::dateMs(object.value(QLatin1String("endTime")));
                    if (!part.startTime)
                        continue;
                    part.endTime = std::max(part.endTime, part.startTime);
                    // The day the part starts on: `days[].date` is an extension a portal may omit.
                    part.day = portaltime::dayOf(part.startTime);
                    if (!part.day.isValid())
                        part.day = date;
                    part.code = string(
                        object.value(QLatin1String("plannedAttendanceCode")).toObject(), "code");
                    if (part.code.isEmpty())
                        part.code = QStringLiteral("attend");
                    part.extraInfo = string(object, "extraInfo");
                    part.toConfirm = object.value(QLatin1String("toConfirmProduct")).toBool();
                    parts << part;
                }
            }
        }
    }
    return parts;
}

AgendaRequest parseRequest(const QJsonValue &value)
{
    AgendaRequest request;
    const QJsonObject object = value.toObject();
    request.id = json::id(object.value(QLatin1String("requestId")));
    if (request.id.isEmpty())
        return request;
    request.type = string(object, "type");
    request.status = string(object, "status");
    request.statusLabel = string(object, "statusLabel");
    request.createdDate = json::dateMs(object.value(QLatin1String("createdDate")));
    request.firstStartTime = json::dateMs(object.value(QLatin1String("firstStartTime")));
    request.lastEndTime = json::dateMs(object.value(QLatin1String("lastEndTime")));
    request.asWhole = object.value(QLatin1String("asWhole")).toBool();
    request.expiresAt = json::dateMs(object.value(QLatin1String("expiresAt")));
    request.remark = string(object, "remark");
    request.reason = string(object, "reason");
    for (const QJsonValue &child : object.value(QLatin1String("children")).toArray()) {
        if (!child.isObject())
            continue;
        RequestChild parsed = parseRequestChild(child.toObject());
        if (!parsed.childId.isEmpty())
            request.children << parsed;
    }
    return request;
}

QList<AgendaRequest> parseRequests(const QJsonValue &payload)
{
    QList<AgendaRequest> requests;
    for (const QJsonValue &value : payload.toArray()) {
        AgendaRequest request = parseRequest(value);
        if (!request.id.isEmpty())
            requests << request;
    }
    return requests;
}

AbsenceOptions parseAbsenceOptions(const QJsonValue &payload)
{
    AbsenceOptions options;
    const QJsonObject object = payload.toObject();
    options.valid = object.value(QLatin1String("parts")).isArray();
    if (!options.valid)
        return options; // not an options answer: no reasons taken from it either (fuzz/agenda)
    for (const QJsonValue &value : object.value(QLatin1String("reasons")).toArray()) {
        const QJsonObject reason = value.toObject();
        if (!string(reason, "code").isEmpty())
            options.reasons << AbsenceReason{string(reason, "code"), string(reason, "label")};
    }
    for (const QJsonValue &value : object.value(QLatin1String("parts")).toArray()) {
        const QJsonObject part = value.toObject();
        AbsenceOption option;
        option.optionId = json::id(part.value(QLatin1String("optionId")));
        option.childId = json::id(part.value(QLatin1String("childId")));
        if (option.optionId.isEmpty() || option.childId.isEmpty())
            continue;
        option.firstName = string(part, "firstName");
        option.startTime = json::dateMs(part.value(QLatin1String("startTime")));
        option.endTime = json::dateMs(part.value(QLatin1String("endTime")));
        option.day = dayOf(part.value(QLatin1String("date")));
        if (!option.day.isValid() && option.startTime)
            option.day = portaltime::dayOf(option.startTime);
        option.label = string(part, "label");
        option.value = part.value(QLatin1String("value")).toDouble();
        option.available = part.value(QLatin1String("available")).toBool();
        option.selected = option.available && part.value(QLatin1String("selected")).toBool(true);
        option.refusal = string(part, "refusal");
        options.parts << option;
    }
    return options;
}

} // namespace nestje
