// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace nestje {

// One planned day part of one child (calendar route, reference §5.P12), as the calendar shows
// it. The parser is the only code that reads the route's JSON.
struct PlanningPart
{
    QString childId;
    QString childName;    // first name, as the portal sends it with the day
    QDate day;            // the portal's day the part is on
    qint64 startTime = 0; // ms since the epoch
    qint64 endTime = 0;
    QString code;      // "attend", "absent" or "tentative"
    QString extraInfo; // "Optie extra", "Ziek", "Ruildag" … as the portal words it; may be empty
    bool toConfirm = false;
    bool operator==(const PlanningPart &) const = default;
};

// A day or days the organisation is closed, or a school holiday (X29): shown in the calendar
// between the planned parts, and in the exported .ics.
struct Closure
{
    QString kind; // "closed" (a closing day on a weekday) or "holiday" (a school holiday)
    QDate first;
    QDate last;   // the same day for a closing day
    QString name; // "Eerste Kerstdag", "Kerstvakantie"
    bool operator==(const Closure &) const = default;
};

// One booking of a request: a day part given up, taken or reported absent (X22).
struct RequestBooking
{
    QString bookingId;
    QDate date;
    QString role;  // "extra", "absent", "swap_from", "swap_to"
    QString label; // the day part: "Ochtend", "Hele dag" …
    qint64 startTime = 0;
    qint64 endTime = 0;
    double value = 0;
    QString unit;        // "uur" or "punten"
    QString paymentType; // "invoice", "credit" or empty
    QString creditLabel; // the credit it was paid with
    QString status;
    QString statusLabel;
    QString staffMessage; // the organisation's words on the decision
    bool operator==(const RequestBooking &) const = default;
};

// A request's part for one child: decided and cancelled per child.
struct RequestChild
{
    QString childId;
    QString firstName;
    QString status;      // "pending", "approved", "rejected", "expired", "cancelled"
    QString statusLabel; // "Optie extra", "Goedgekeurd", "Doorgegeven" …
    bool cancellable = false;
    QString cancelRefusal; // why it can no longer be cancelled, in the organisation's words
    QList<RequestBooking> bookings;
    bool operator==(const RequestChild &) const = default;
};

// A request of the family: an extra day, a swap or an absence (X22).
struct AgendaRequest
{
    QString id;
    QString type; // "extra", "swap", "absence"
    QString status;
    QString statusLabel;
    qint64 createdDate = 0;
    qint64 firstStartTime = 0;
    qint64 lastEndTime = 0;
    bool asWhole = false;
    qint64 expiresAt = 0; // 0: none
    QString remark;
    QString reason; // absence: "sick", "holiday", "other"
    QList<RequestChild> children;
    bool operator==(const AgendaRequest &) const = default;
};

// A planned day part that can be reported absent (X23 `parts`).
struct AbsenceOption
{
    QString optionId;
    QString childId;
    QString firstName;
    QDate day;
    QString label; // "Ochtend", "Middag", "NSO" …
    qint64 startTime = 0;
    qint64 endTime = 0;
    double value = 0;
    bool selected = false;  // checked by default
    bool available = false; // false: too late or too far ahead, `refusal` says why
    QString refusal;
};

// A reason for an absence as the portal offers it (X23 `reasons`): "sick" "Ziek" …
struct AbsenceReason
{
    QString code;
    QString label;
};

struct AbsenceOptions
{
    QList<AbsenceReason> reasons;
    QList<AbsenceOption> parts;
    bool valid = false; // false: the answer was not an options object
};

// The calendar payload {days: [{date, children: [{child, combinedPlanningParts}]}]}. Parts
// without a child or a start are left out; garbage gives an empty list.
QList<PlanningPart> parsePlanning(const QJsonValue &payload);
// Whether the calendar payload has its `days` list: one without is a bad answer, not an empty
// window (which parsePlanning() cannot tell apart).
bool isPlanningAnswer(const QJsonValue &payload);
// X29's closing days and school holidays; std::nullopt when the payload is not that answer.
std::optional<QList<Closure>> parseClosures(const QJsonValue &payload);
// One request, or one with an empty id when the value is not one.
AgendaRequest parseRequest(const QJsonValue &value);
// The overview's [request]; entries without an id are left out.
QList<AgendaRequest> parseRequests(const QJsonValue &payload);

// The absence options {reasons, parts} (X23).
AbsenceOptions parseAbsenceOptions(const QJsonValue &payload);

} // namespace nestje
