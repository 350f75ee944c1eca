// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/account/AccountRecords.h"

#include <QJsonValue>

// The only code that reads the JSON of Overig's routes. Every parser takes whatever arrived
// (an object, an array, null, garbage) and returns what it could read: missing fields stay
// empty, ids may be strings or numbers, dates epoch ms or ISO text.
namespace nestje {

// P3 {activeChildren, inactiveChildren}: active children first, in the portal's order.
QList<ChildRecord> parseChildren(const QJsonValue &payload);
// P1
ParentRecord parseParent(const QJsonValue &payload);
// X36: nullopt when nothing is pending (the portal answers null).
std::optional<ChangeRequestRecord> parseChangeRequest(const QJsonValue &payload);
// X29 of `childId`
ChildDetailsRecord parseChildDetails(const QString &childId, const QJsonValue &payload);
// X30 of `childId`, in the portal's order
QList<PermissionRecord> parsePermissions(const QString &childId, const QJsonValue &payload);
// X28 {unit, children: [{childId, credits}]} or one child's {childId, credits}
QList<CreditRecord> parseCredits(const QJsonValue &payload);
// P13 of one `type`
QList<DocumentRecord> parseDocuments(const QString &type, const QJsonValue &payload);
// X32 of `childId`
QList<ObservationRecord> parseObservations(const QString &childId, const QJsonValue &payload);
// X35 {items: [{item, label, push, email}]}
QList<NotificationSettingRecord> parseNotificationSettings(const QJsonValue &payload);

} // namespace nestje
