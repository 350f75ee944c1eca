// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/ExtraDayRecords.h"

#include "net/JsonValues.h"
#include "text/PortalTime.h"

#include <QJsonArray>
#include <QJsonObject>

namespace nestje {

namespace {

QString string(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

QJsonArray array(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toArray();
}

qint64 ms(const QJsonObject &object, const char *key)
{
    return json::dateMs(object.value(QLatin1String(key)));
}

ExtraDayOption parseOption(const QJsonObject &object)
{
    ExtraDayOption option;
    option.optionId = json::id(object.value(QLatin1String("optionId")));
    option.code = string(object, "code");
    option.label = string(object, "label");
    option.startTime = ms(object, "startTime");
    option.endTime = ms(object, "endTime");
    option.value = object.value(QLatin1String("value")).toDouble();
    option.alreadyPlanned = object.value(QLatin1String("alreadyPlanned")).toBool();
    option.refusal = string(object, "refusal");
    // Bookable only when the portal says so and it can be paid (the invoice at least).
    option.available = object.value(QLatin1String("available")).toBool() && !option.alreadyPlanned;
    for (const QJsonValue &value : array(object, "payments")) {
        const QJsonObject payment = value.toObject();
        ExtraDayPayment p;
        p.type = string(payment, "type");
        p.creditId = json::id(payment.value(QLatin1String("creditId")));
        if (p.type == QLatin1String("credit") && p.creditId.isEmpty())
            continue; // a credit without an id cannot be sent back
        if (p.type != QLatin1String("credit") && p.type != QLatin1String("invoice"))
            continue;
        p.label = string(payment, "label");
        p.remaining = payment.value(QLatin1String("remaining")).toDouble();
        p.validUntil = ms(payment, "validUntil");
        option.payments << p;
    }
    for (const QJsonValue &value : array(object, "creditsNotOffered")) {
        const QJsonObject credit = value.toObject();
        CreditNotOffered missing;
        missing.creditId = json::id(credit.value(QLatin1String("creditId")));
        missing.label = string(credit, "label");
        missing.remaining = credit.value(QLatin1String("remaining")).toDouble();
        missing.reason = string(credit, "reason");
        if (!missing.label.isEmpty())
            option.notOffered << missing;
    }
    return option;
}

ExtraDayChild parseChild(const QJsonObject &object)
{
    ExtraDayChild child;
    child.childId = json::id(object.value(QLatin1String("childId")));
    child.firstName = string(object, "firstName");
    child.flexible = object.value(QLatin1String("flexible")).toBool();
    for (const QJsonValue &value : array(object, "planned")) {
        const QJsonObject part = value.toObject();
        ExtraDayPlanned planned{ms(part, "startTime"), ms(part, "endTime"), string(part, "code")};
        if (planned.startTime && planned.endTime > planned.startTime)
            child.planned << planned;
    }
    child.alreadyPlanned =
        object.value(QLatin1String("alreadyPlanned")).toBool() || !child.planned.isEmpty();
    for (const QJsonValue &value : array(object, "options")) {
        const ExtraDayOption option = parseOption(value.toObject());
        if (!option.optionId.isEmpty())
            child.options << option;
    }
    return child;
}

} // namespace

ExtraDayOptions parseExtraDayOptions(const QJsonValue &payload)
{
    ExtraDayOptions options;
    const QJsonObject object = payload.toObject();
    options.valid = object.value(QLatin1String("days")).isArray();
    if (!options.valid)
        return options;
    options.unit = string(object, "unit");
    for (const QJsonValue &value : array(object, "days")) {
        const QJsonObject day = value.toObject();
        ExtraDayDate date;
        const qint64 midnight = ms(day, "date");
        if (!midnight)
            continue;
        date.date = portaltime::dayOf(midnight);
        date.closed = day.value(QLatin1String("closed")).toBool();
        date.schoolHoliday = day.value(QLatin1String("schoolHoliday")).toBool();
        for (const QJsonValue &child : array(day, "children")) {
            const ExtraDayChild parsed = parseChild(child.toObject());
            if (!parsed.childId.isEmpty())
                date.children << parsed;
        }
        options.days << date;
    }
    return options;
}

} // namespace nestje
