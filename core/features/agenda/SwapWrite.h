// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/Writes.h"

namespace nestje {

// "Ruildag aanvragen" as a write (X26): one PUT /swap, through the outbox like every write.
// Payload (built by AgendaWriter): {date, until, targetDate: "yyyyMMdd", giveUp: [optionId], take:
// [optionId], asWhole, expiresAt (ms, 0: none), remark}.
class SwapWrite : public WriteKind
{
public:
    static constexpr auto name = "swap";

    QString kind() const override { return QString::fromLatin1(name); }
    std::optional<ApiCall> step(const PendingWrite &write, int step) const override;
    bool delivered(Database &db, const PendingWrite &write) const override;
};

} // namespace nestje
