// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/Writes.h"

namespace nestje {

// Cancelling a request for one child (X27, "Annuleren gaat per kind individueel"): every
// booking of that child in the request, so a period goes as a whole. Payload {requestId,
// childId}. A refusal keeps the organisation's reason ("Annuleren kan tot 48 uur …").
class CancelWrite : public WriteKind
{
public:
    static constexpr auto name = "requestCancel";

    QString kind() const override { return QString::fromLatin1(name); }
    std::optional<ApiCall> step(const PendingWrite &write, int step) const override;
    bool delivered(Database &db, const PendingWrite &write) const override;
};

} // namespace nestje
