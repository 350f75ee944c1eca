// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/FeatureSync.h"

namespace nestje {

class Database;

// The timeline (reference §5.P4), paged by offset. A full sync reads every page (TimelineFullRead);
// a later sync reads from the top until a page brings nothing new, so a quiet day costs one
// request, and further down to the day of a diary entry the portal took but the timeline does not
// show yet.
class TimelineSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("timeline"); }
    int phase() const override { return 0; } // first on screen: it needs nothing else
    // Nothing needs the timeline, so the rest starts beside it instead of after its last page
    // (TimelineModel grows again when cards arrive after it had read fewer than a page).
    bool laterPhasesWait() const override { return false; }
    bool isDue(const SyncContext &) const override { return true; }
    void start(SyncRun &run) override;

private:
    // A later sync's page at `offset`, and the next one while pages bring something new.
    void fetchPage(SyncRun &run, int offset);
    // Whether a diary entry the portal took is still expected on a page after one whose oldest
    // card is dated `pageOldestDate`.
    static bool awaitsBelow(Database &db, qint64 pageOldestDate);
};

} // namespace nestje
