// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/TimelineSync.h"

#include "db/Database.h"
#include "features/timeline/DiaryWrite.h"
#include "features/timeline/TimelineCard.h"
#include "features/timeline/TimelineFullRead.h"
#include "features/timeline/TimelineStore.h"
#include "sync/SyncRun.h"

namespace nestje {

bool TimelineSync::awaitsBelow(Database &db, qint64 pageOldestDate)
{
    const qint64 awaited = DiaryWrite::oldestAwaitedDay(db);
    // The feed is newest day first: while the page's oldest card is of the awaited day or a
    // later one, the entry can still be on a next page.
    return awaited > 0 && pageOldestDate >= awaited;
}

void TimelineSync::start(SyncRun &run)
{
    if (run.context().full)
        TimelineFullRead::start(run);
    else
        fetchPage(run, 0);
}

void TimelineSync::fetchPage(SyncRun &run, int offset)
{
    run.get(
        QStringLiteral("/restservices-parent/timeline/cards/v2/%1").arg(offset),
        [this, &run, offset](const QJsonValue &payload) {
            const QList<TimelineCard> cards =
                parseTimelinePage(payload); // one per entry of the page
            const int received = int(cards.size());
            if (received == 0) {
                run.finish(); // past the end
                return true;
            }
            // The page's place in the feed keeps the portal's order within a day
            // (TimelineStore::FeedPage).
            const int changed =
                TimelineStore(run.database()).upsert(cards, TimelineStore::FeedPage{offset, false});
            if (changed < 0)
                return false;
            // A later sync stops at the first page that holds nothing new, unless the portal
            // took a diary entry that is not here yet and this page has not gone past its day:
            // an entry written for an earlier day sits below newer cards (a quiet sync still
            // reads one page).
            if (changed == 0 && !awaitsBelow(run.database(), cards.last().date)) {
                run.finish();
                return true;
            }
            fetchPage(run, offset + received);
            return true;
        });
}

} // namespace nestje
