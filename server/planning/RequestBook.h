// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/Exchange.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace nestje::server {

struct Portal;
class Planner;

// What happens to requests after they are submitted: staff decisions per child, the parent's
// cancellation per child, expiry, credit refunds and the message to the parent once every
// booking is assessed. Shared by the parent routes, the staff commands and the expiry timer;
// every function runs inside the caller's transaction.
namespace requests {

// Booking statuses and the labels the overview shows (manuals: "Optie extra", "in
// behandeling", "goedgekeurd", "afgewezen"; plus "vervallen" and "geannuleerd").
QString statusLabel(const QString &kind, const QString &status);

// Why the parent cannot cancel this child's part of the request now (Dutch), or nothing.
std::optional<QString> cancelBlocker(Portal &portal, Planner &planner, qint64 requestId, const QString &childId);
// Cancels every active booking of the child in the request (a period is cancelled as a whole),
// refunds credit and restores the planning.
void cancelChild(Portal &portal, Planner &planner, qint64 requestId, const QString &childId);

// Staff: approve or reject the child's pending bookings, with a message for the parent. A
// request to be assessed "als geheel" is rejected for every child when one child is rejected.
// Returns false when the child has no pending booking in the request.
bool decideChild(Portal &portal, Planner &planner, qint64 requestId, const QString &childId, bool approve,
                 const QString &message);

// Withdraws pending bookings whose request passed its expiry moment, or whose day part has
// started unassessed. Returns the number of bookings expired.
int expireDue(Portal &portal, qint64 now);
// The next moment expireDue has something to do, or 0.
qint64 nextExpiry(Portal &portal);

// Sends the parent a message when no booking of the request is pending any more (once).
void notifyIfDone(Portal &portal, qint64 requestId);

// The overview row of a request (docs/api.md X22).
QJsonObject requestJson(Portal &portal, Planner &planner, qint64 requestId);

// Adds a message from the organisation to the family (a new thread, unread).
qint64 messageFromOrganisation(Portal &portal, qint64 orgId, qint64 familyId, const QString &childId,
                               const QString &subject, const QString &html, const QString &writtenBy = {});

} // namespace requests
} // namespace nestje::server
