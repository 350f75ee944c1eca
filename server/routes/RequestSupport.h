// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/Exchange.h"

#include <QDate>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace nestje::server {

struct Portal;
class Planner;

// Shared by the request routes (extra day, swap, absence, overview).

// A date in a body: "YYYYMMDD" or epoch ms (local date); invalid QDate otherwise.
QDate bodyDate(const QJsonValue &value);
// The child id an optionId starts with ("<childId>|<YYYYMMDD>|<part>").
QString optionChild(const QString &optionId);
// 404 with nestje.module.not_offered when the organisation does not offer `module`.
std::optional<Reply> requireModule(Portal &portal, const Request &request, const QString &module);
// Checks the expiry moment a parent chose ("Aanvraag vervalt automatisch op"): in the future,
// not after the requested care starts, within the organisation's limit.
std::optional<Reply> checkExpiry(const Planner &planner, qint64 expiresAt, qint64 firstStart);
// Inserts the request row; returns its id.
qint64 insertRequest(Portal &portal, const Request &request, const QString &kind, bool asWhole, qint64 expiresAt,
                     const QString &remark, const QString &reason);
// Inserts a booking row; returns its id.
qint64 insertBooking(Portal &portal, qint64 requestId, const QString &childId, QDate date, const QString &code,
                     const QString &label, qint64 start, qint64 end, double value, const QString &role,
                     const QString &payment, qint64 creditId, const QString &status, qint64 planningId,
                     const QString &previousCode);

} // namespace nestje::server
