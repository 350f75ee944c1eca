// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/AccountParser.h"

#include "net/JsonValues.h"

#include <QJsonArray>
#include <QJsonObject>

namespace nestje {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return json::id(v);
    return {};
}

double number(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString().toDouble() : v.toDouble();
}

bool flag(const QJsonObject &o, const char *key, bool fallback = false)
{
    return o.value(QLatin1String(key)).toBool(fallback);
}

qint64 date(const QJsonObject &o, const char *key)
{
    return json::dateMs(o.value(QLatin1String(key)));
}

QJsonArray array(const QJsonValue &value, const char *key = nullptr)
{
    return (key ? value.toObject().value(QLatin1String(key)) : value).toArray();
}

} // namespace

QList<ChildRecord> parseChildren(const QJsonValue &payload)
{
    QList<ChildRecord> children;
    for (const char *list : {"activeChildren", "inactiveChildren"}) {
        const bool active = qstrcmp(list, "activeChildren") == 0;
        for (const QJsonValue &value : array(payload, list)) {
            const QJsonObject child = value.toObject();
            ChildRecord record;
            record.id = json::id(child.value(QLatin1String("id")));
            if (record.id.isEmpty())
                continue;
            record.firstName = json::text(child, {"firstName", "fullname", "fullName"});
            record.fullName = json::text(child, {"fullname", "fullName", "firstName"});
            record.birthDate = date(child, "dateOfBirth");
            record.active = active;
            children << record;
        }
    }
    return children;
}

ParentRecord parseParent(const QJsonValue &payload)
{
    const QJsonObject o = payload.toObject();
    return {json::text(o, {"fullname", "fullName"}), str(o, "firstName"), str(o, "lastName"),
            str(o, "emailAddress"), str(o, "phoneNumber"), str(o, "address")};
}

std::optional<ChangeRequestRecord> parseChangeRequest(const QJsonValue &payload)
{
    if (!payload.isObject())
        return std::nullopt;
    const QJsonObject o = payload.toObject();
    const QJsonObject changes = o.value(QLatin1String("changes")).toObject();
    ChangeRequestRecord record;
    record.id = json::id(o.value(QLatin1String("changeRequestId")));
    record.fullName = str(changes, "fullname");
    record.email = str(changes, "emailAddress");
    record.phone = str(changes, "phoneNumber");
    record.address = str(changes, "address");
    record.remark = str(o, "remark");
    record.created = date(o, "createdDate");
    record.status = str(o, "status");
    record.statusLabel = str(o, "statusLabel");
    if (record.id.isEmpty())
        return std::nullopt;
    return record;
}

ChildDetailsRecord parseChildDetails(const QString &childId, const QJsonValue &payload)
{
    ChildDetailsRecord record;
    record.childId = childId;
    const QJsonObject mentor = payload.toObject().value(QLatin1String("mentor")).toObject();
    record.mentorName = json::text(mentor, {"fullname", "fullName", "name"});
    record.mentorRole = str(mentor, "role");
    for (const QJsonValue &value : array(payload, "placements")) {
        const QJsonObject p = value.toObject();
        PlacementRecord placement;
        placement.product = str(p, "product");
        placement.careType = str(p, "careType");
        placement.group = str(p.value(QLatin1String("group")).toObject(), "name");
        placement.location = str(p.value(QLatin1String("location")).toObject(), "name");
        placement.flexible = flag(p, "flexible");
        placement.startDate = date(p, "startDate");
        placement.endDate = date(p, "endDate");
        record.placements << placement;
    }
    return record;
}

QList<PermissionRecord> parsePermissions(const QString &childId, const QJsonValue &payload)
{
    QList<PermissionRecord> list;
    for (const QJsonValue &value : array(payload)) {
        const QJsonObject p = value.toObject();
        PermissionRecord record;
        record.childId = childId;
        record.id = json::id(p.value(QLatin1String("permissionId")));
        if (record.id.isEmpty())
            continue;
        record.code = str(p, "code");
        record.title = str(p, "title");
        record.description = str(p, "description");
        record.declaration = str(p, "kind") == QLatin1String("declaration");
        const QJsonValue granted = p.value(QLatin1String("granted"));
        if (granted.isBool())
            record.granted = granted.toBool();
        record.changeable = flag(p, "changeable", !record.declaration) && !record.declaration;
        record.changedDate = date(p, "changedDate");
        list << record;
    }
    return list;
}

static QList<CreditRecord> parseChildCredits(const QJsonObject &child, const QString &unit)
{
    QList<CreditRecord> list;
    const QString childId = json::id(child.value(QLatin1String("childId")));
    for (const QJsonValue &value : child.value(QLatin1String("credits")).toArray()) {
        const QJsonObject c = value.toObject();
        CreditRecord credit;
        credit.id = json::id(c.value(QLatin1String("creditId")));
        if (credit.id.isEmpty())
            continue;
        credit.childId = childId;
        credit.type = str(c, "type");
        credit.typeLabel = json::text(c, {"typeLabel", "type"});
        credit.usableFor = str(c, "usableFor");
        credit.holidayOnly = flag(c, "holidayOnly");
        credit.total = number(c, "total");
        credit.remaining = number(c, "remaining");
        credit.unit = c.contains(QLatin1String("unit")) ? str(c, "unit") : unit;
        credit.validFrom = date(c, "validFrom");
        credit.validUntil = date(c, "validUntil");
        credit.status = str(c, "status");
        credit.statusLabel = str(c, "statusLabel");
        for (const QJsonValue &h : c.value(QLatin1String("history")).toArray()) {
            const QJsonObject o = h.toObject();
            credit.history << CreditHistoryRecord{str(o, "kind"), number(o, "amount"), date(o, "date"),
                                                  str(o, "description"), json::id(o.value(QLatin1String("requestId"))),
                                                  date(o, "bookingDate")};
        }
        list << credit;
    }
    return list;
}

QList<CreditRecord> parseCredits(const QJsonValue &payload)
{
    const QJsonObject o = payload.toObject();
    const QString unit = str(o, "unit");
    if (o.contains(QLatin1String("credits")))
        return parseChildCredits(o, unit);
    QList<CreditRecord> list;
    for (const QJsonValue &child : o.value(QLatin1String("children")).toArray())
        list << parseChildCredits(child.toObject(), unit);
    return list;
}

QList<DocumentRecord> parseDocuments(const QString &type, const QJsonValue &payload)
{
    QList<DocumentRecord> list;
    for (const QJsonValue &value : array(payload)) {
        const QJsonObject d = value.toObject();
        DocumentRecord record{type, json::id(d.value(QLatin1String("adminId"))), json::id(d.value(QLatin1String("itemId"))),
                              date(d, "itemDate"), str(d, "subject"), flag(d, "hasAttachment")};
        if (!record.itemId.isEmpty())
            list << record;
    }
    return list;
}

QList<ObservationRecord> parseObservations(const QString &childId, const QJsonValue &payload)
{
    QList<ObservationRecord> list;
    for (const QJsonValue &value : array(payload)) {
        const QJsonObject o = value.toObject();
        ObservationRecord record{childId, json::id(o.value(QLatin1String("observationId"))), str(o, "title"),
                                 date(o, "date"), str(o, "author"), {}};
        if (record.id.isEmpty())
            continue;
        for (const QJsonValue &s : o.value(QLatin1String("sections")).toArray())
            record.sections << ObservationSection{str(s.toObject(), "question"), str(s.toObject(), "answer")};
        list << record;
    }
    return list;
}

QList<NotificationSettingRecord> parseNotificationSettings(const QJsonValue &payload)
{
    QList<NotificationSettingRecord> list;
    for (const QJsonValue &value : array(payload, "items")) {
        const QJsonObject o = value.toObject();
        NotificationSettingRecord record{str(o, "item"), str(o, "label"), flag(o, "push", true), flag(o, "email")};
        if (!record.item.isEmpty())
            list << record;
    }
    return list;
}

} // namespace nestje
