// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/Writes.h"

#include <QDate>

namespace nestje {

// One booking of a request being put together (ExtraDayRequest), as the write sends it.
struct ExtraDayBooking
{
    QString childId;
    QString firstName;
    QDate day;
    QString optionId; // empty: own times
    QString label;
    qint64 startTime = 0;
    qint64 endTime = 0;
    double value = 0;
    QString unit;
    QString paymentType; // "invoice" or "credit"
    QString creditId;
    QString creditLabel;
    double creditRemaining = 0;
};

// "Dag aanvragen" as a write (X21): one PUT /request/extraday with every booking of the
// request. Stored first, sent by the outbox under its Idempotency-Key (once, also after a
// crash or while the portal was away); a refusal keeps the portal's reason for retry or discard.
//
// Payload (built by AgendaWriter): {bookings: [{childId, date: "yyyyMMdd", optionId |
// startTime+endTime, payment: {type, creditId?}, firstName, label}], asWhole, expiresAt (ms, 0:
// none), remark}. `firstName` and `label` stay on the device (what the refusal is about).
class ExtraDayWrite : public WriteKind
{
public:
    static constexpr auto name = "extraDay";

    // The payload for Writes::submit.
    static QJsonObject payload(const QList<ExtraDayBooking> &bookings, bool asWhole,
                               qint64 expiresAt, const QString &remark);

    QString kind() const override { return QString::fromLatin1(name); }
    std::optional<ApiCall> step(const PendingWrite &write, int step) const override;
    bool delivered(Database &db, const PendingWrite &write) const override;
};

} // namespace nestje
