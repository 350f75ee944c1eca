// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/account/AccountRecords.h"

#include <QSet>
#include <QStringList>

namespace nestje {

class Database;

// The family and its paperwork (all SQL of Overig): children (the active first), the parent's
// details and change request, child details and permissions, credits, documents, observations
// and notification settings. Each write commits, then announces its topic (the sync feature's
// name: "children", "parent", "childDetails", "permissions", "credits", "documents", "observations",
// "notificationSettings") so the models re-read.
class AccountStore
{
public:
    explicit AccountStore(Database &db) : m_db(db) {}

    bool replaceChildren(const QList<ChildRecord> &children);
    // Active children first, in the portal's order.
    QList<ChildRecord> children() const;
    int childCount() const;

    bool setParent(const ParentRecord &parent);
    ParentRecord parent() const;
    // What the portal says is pending. When it says nothing and one was pending here, staff
    // processed it: it stays, marked "processed", until a new one replaces it.
    bool setChangeRequest(const std::optional<ChangeRequestRecord> &request);
    std::optional<ChangeRequestRecord> changeRequest() const;

    // One child's mentor and placements (topic "childDetails").
    bool replaceChildDetails(const ChildDetailsRecord &details);
    // One child's permissions and declarations (topic "permissions").
    bool replacePermissions(const QString &childId, const QList<PermissionRecord> &permissions);
    ChildDetailsRecord childDetails(const QString &childId) const;
    // The locations where a child of the family has a placement that has not ended by `day`
    // (milliseconds of a portal midnight); empty when no placement is known.
    QSet<QString> currentLocationNames(qint64 day) const;
    QList<PermissionRecord> permissions(const QString &childId) const;
    // The parent switched a permission: shown at once while the write is on its way.
    bool setPermissionGranted(const QString &childId, const QString &permissionId, bool granted, qint64 at);

    bool replaceCredits(const QList<CreditRecord> &credits);
    // Oldest expiry first; every child when `childId` is empty.
    QList<CreditRecord> credits(const QString &childId = {}) const;
    int creditCount() const;
    // Usable credits whose validity ends between `now` and `now + withinMs`.
    QList<CreditRecord> expiringCredits(qint64 now, qint64 withinMs) const;

    // Documents of `type` from one year's overview (older years stay).
    bool replaceDocuments(const QString &type, const QList<DocumentRecord> &documents);
    // Newest first; every type when `type` is empty.
    QList<DocumentRecord> documents(const QString &type = {}) const;
    int documentCount() const;

    bool replaceObservations(const QString &childId, const QList<ObservationRecord> &observations);
    // Newest first.
    QList<ObservationRecord> observations(const QString &childId) const;

    bool replaceNotificationSettings(const QList<NotificationSettingRecord> &settings);
    QList<NotificationSettingRecord> notificationSettings() const;
    // The parent switched a toggle: shown at once while the write is on its way.
    bool setNotificationSetting(const QString &item, bool push, bool email);
    // Kinds of notifications the parent wants as push (all until the portal said otherwise),
    // plus the app's own "credits" warning; none while notifications of the account are off on
    // this device.
    QStringList pushEnabledKinds() const;
    // Nestje's own switch, kept on this device: whether this account notifies here at all (a
    // parent with two accounts may want only one of them on the phone). On until switched off.
    bool notifiesOnThisDevice() const;
    bool setNotifiesOnThisDevice(bool on);

    // Small device-side values of the account (quiet hours, …).
    bool setSetting(const QString &key, const QString &value);
    QString setting(const QString &key) const;

private:
    Database &m_db;
};

} // namespace nestje
