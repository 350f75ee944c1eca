// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/Writes.h"

namespace nestje {

// "Dagboek schrijven" as a write: the photos and videos are uploaded one by one (Nestje
// extension media/upload), then the entry goes with their media ids
// (PUT journal/{childId}/{YYYYMMDD}). It is delivered once the portal's timeline carries it.
class DiaryWrite : public WriteKind
{
public:
    static constexpr auto name = "diary";

    QString kind() const override { return QString::fromLatin1(name); }
    std::optional<ApiCall> step(const PendingWrite &write, int step) const override;
    bool delivered(Database &db, const PendingWrite &write) const override;

    // The day (ms, the portal's midnight) of the oldest entry the portal took but the timeline does
    // not carry yet, or 0 when none. A later sync reads the feed down to that day: an entry
    // written for an earlier day sits below the newer cards, past the page where that sync would
    // stop, and would show as being sent until a full sync.
    static qint64 oldestAwaitedDay(Database &db);

    static QByteArray contentTypeOf(const QString &path);
    static bool isVideoFile(const QString &path)
    {
        return contentTypeOf(path).startsWith("video/");
    }
};

} // namespace nestje
