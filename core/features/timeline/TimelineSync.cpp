// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/TimelineSync.h"

#include "features/timeline/TimelineCard.h"
#include "features/timeline/TimelineStore.h"
#include "db/Database.h"
#include "sync/SyncRun.h"

#include <QJsonArray>

namespace nestje {

void TimelineSync::start(SyncRun &run)
{
    fetchPage(run, 0);
}

void TimelineSync::fetchPage(SyncRun &run, int offset)
{
    run.get(QStringLiteral("/restservices-parent/timeline/cards/v2/%1").arg(offset), [this, &run, offset](const QJsonValue &payload) {
        const QList<TimelineCard> cards = parseTimelinePage(payload);
        if (cards.isEmpty()) {
            run.finish(); // past the end
            return true;
        }
        // The page's place in the feed keeps the portal's order within a day (TimelineStore::FeedPage).
        const int changed = TimelineStore(run.database()).upsert(cards, TimelineStore::FeedPage{offset, run.context().full});
        if (changed < 0)
            return false;
        // A later sync stops at the first page that holds nothing new.
        if (!run.context().full && changed == 0) {
            run.finish();
            return true;
        }
        fetchPage(run, offset + int(payload.toArray().size()));
        return true;
    });
}

} // namespace nestje
