// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

// What Overig shows, as plain fields. The parser (AccountParser) is the only code that reads
// these routes' JSON; the store keeps every field below as a column. Dates are epoch ms
// (date-only values: the portal's local midnight), 0 when the portal left them out.
namespace nestje {

// A child of the family (P3).
struct ChildRecord
{
    QString id;
    QString firstName;
    QString fullName;
    qint64 birthDate = 0;
    bool active = true; // inactive: care has ended
};

// The parent's own details (P1).
struct ParentRecord
{
    QString fullName;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString address;
    bool operator==(const ParentRecord &) const = default;
};

// The one pending request to change the parent's details (X36), as staff last left it.
struct ChangeRequestRecord
{
    QString id;
    QString fullName; // the requested values; empty: not asked to change
    QString email;
    QString phone;
    QString address;
    QString remark;
    qint64 created = 0;
    QString status;      // "pending", "processed", …
    QString statusLabel; // the portal's words ("In behandeling")
};

struct PlacementRecord
{
    QString product;
    QString careType;
    QString group;
    QString location;
    bool flexible = false;
    qint64 startDate = 0;
    qint64 endDate = 0; // 0: open-ended
};

// A child's mentor and placements (X29).
struct ChildDetailsRecord
{
    QString childId;
    QString mentorName; // empty: no mentor filled in
    QString mentorRole;
    QList<PlacementRecord> placements;
};

// A permission (the parent switches it) or a declaration (shown, changed only at the
// location) of one child (X30).
struct PermissionRecord
{
    QString childId;
    QString id;
    QString code;
    QString title;
    QString description;
    bool declaration = false;
    std::optional<bool> granted; // nullopt: not filled in yet
    bool changeable = true;
    qint64 changedDate = 0;
};

struct CreditHistoryRecord
{
    QString kind; // "grant", "use", "refund", "revoke"
    double amount = 0;
    qint64 date = 0;
    QString description;
    QString requestId; // the request that used or refunded it
    qint64 bookingDate = 0;
};

// One credit of one child (X28).
struct CreditRecord
{
    QString id;
    QString childId;
    QString type;
    QString typeLabel; // "KDV flextegoed"
    QString usableFor;
    bool holidayOnly = false;
    double total = 0;
    double remaining = 0;
    QString unit; // "uur" or "punten"
    qint64 validFrom = 0;
    qint64 validUntil = 0;
    QString status;      // "usable", "used", "expired"
    QString statusLabel; // "Bruikbaar"
    QList<CreditHistoryRecord> history;
};

// An invoice, annual statement or document (P13); its PDF comes from P14.
struct DocumentRecord
{
    QString type; // "invoice", "annualstatement", "document"
    QString adminId;
    QString itemId;
    qint64 date = 0;
    QString subject;
    bool hasAttachment = false;
};

struct ObservationSection
{
    QString question;
    QString answer;
};

// A filled-in observation form (X32), read-only.
struct ObservationRecord
{
    QString childId;
    QString id;
    QString title;
    qint64 date = 0;
    QString author;
    QList<ObservationSection> sections;
};

// Whether the parent gets a push and/or an e-mail for one kind of item (X35).
struct NotificationSettingRecord
{
    QString item; // "messages", "news", …
    QString label;
    bool push = true;
    bool email = false;
};

} // namespace nestje
