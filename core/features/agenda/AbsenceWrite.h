// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/Writes.h"

namespace nestje {

// "Afwezigheid doorgeven" as a write (X24): one PUT /absence with the chosen day parts. It is
// stored first and shows on the calendar at once as being sent; it works offline (the outbox
// sends it when the portal is back, once, under its Idempotency-Key).
//
// Payload (built by AgendaWriter): {from, to: "yyyyMMdd", reason, remark, optionIds: [id],
// parts: [{childId, startTime, endTime}]}; `parts` stays on the device (the calendar's marks).
// Filled in offline, it has no optionIds: it then asks the options when it is sent and reports
// the portal's parts that lie inside the chosen ones.
class AbsenceWrite : public WriteKind
{
public:
    static constexpr auto name = "absence";

    // A part of the calendar that a pending absence covers.
    struct Mark
    {
        QString childId;
        qint64 startTime = 0;
        qint64 endTime = 0;
        QString refused; // the portal's reason when it refused the absence
    };
    static QList<Mark> marks(const QList<PendingWrite> &pending);

    QString kind() const override { return QString::fromLatin1(name); }
    std::optional<ApiCall> step(const PendingWrite &write, int step) const override;
    bool delivered(Database &db, const PendingWrite &write) const override;
};

// Applies a request a write's answer carried (an absence, an extra day, a swap, a cancellation)
// to the stores, and makes the planning due at the next sync (the calendar changed on the
// portal). Returns whether the request is stored.
bool applyRequestAnswer(Database &db, const QJsonValue &answer);

} // namespace nestje
