// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/SwapRecords.h"

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

QList<SwapPart> parts(const QJsonValue &list)
{
    QList<SwapPart> parsed;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject object = value.toObject();
        SwapPart part;
        part.optionId = json::id(object.value(QLatin1String("optionId")));
        part.startTime = json::dateMs(object.value(QLatin1String("startTime")));
        part.endTime = json::dateMs(object.value(QLatin1String("endTime")));
        if (part.optionId.isEmpty() || part.endTime <= part.startTime)
            continue;
        part.label = string(object, "label");
        // Older servers sent no date: the day the part starts on.
        const qint64 date = json::dateMs(object.value(QLatin1String("date")));
        part.day = portaltime::dayOf(date > 0 ? date : part.startTime);
        part.value = object.value(QLatin1String("value")).toDouble();
        part.available = object.value(QLatin1String("available")).toBool(true);
        part.refusal = string(object, "refusal");
        parsed << part;
    }
    return parsed;
}
} // namespace

SwapOptions parseSwapOptions(const QJsonValue &payload)
{
    SwapOptions options;
    const QJsonObject object = payload.toObject();
    options.valid = object.value(QLatin1String("children")).isArray();
    if (!options.valid)
        return options;
    options.unit = string(object, "unit");
    for (const QJsonValue &value : object.value(QLatin1String("children")).toArray()) {
        const QJsonObject c = value.toObject();
        SwapChild child;
        child.childId = json::id(c.value(QLatin1String("childId")));
        if (child.childId.isEmpty())
            continue;
        child.firstName = string(c, "firstName");
        child.giveUp = parts(c.value(QLatin1String("giveUp")));
        child.take = parts(c.value(QLatin1String("take")));
        child.targetAlreadyPlanned = c.value(QLatin1String("targetAlreadyPlanned")).toBool();
        child.targetNotice = string(c, "targetNotice");
        options.children << child;
    }
    return options;
}

} // namespace nestje
