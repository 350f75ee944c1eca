// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/Writes.h"

namespace nestje {

// "Opening an item marks it read on the server": PUT htmlnews/{id}/read (X15) or
// newsletter/{id}/read (X16), through the one write path, so a read made offline reaches the
// portal later. The store marks the item read on this device first (the badge clears at once).
// Payload: {kind: "news" | "newsletter", id}.
class LocationReadWrite : public WriteKind
{
public:
    static constexpr auto name = "location-read";

    QString kind() const override { return QString::fromLatin1(name); }
    std::optional<ApiCall> step(const PendingWrite &write, int step) const override;
    // Marking again changes nothing: once the portal took it, it is done.
    bool delivered(Database &, const PendingWrite &write) const override
    {
        return write.state == PendingWrite::State::Sent;
    }
    // The store marked it read before it was sent: nothing to sync.
    bool syncAfter() const override { return false; }
};

} // namespace nestje
