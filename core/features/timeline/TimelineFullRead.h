// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/timeline/TimelineStore.h"

#include "net/ApiError.h"

#include <QMap>
#include <QObject>
#include <QSet>

namespace nestje {

class SyncRun;

// A full sync's read of the whole timeline feed (reference §5.P4: newest first, paged by card
// offset). The portal answers small pages (6 cards), so a feed of 2,000 cards is some 350
// requests. Read one after the other, the portal idled while each page was stored, and a
// transaction per page wrote the same index pages again each time. So this keeps a few requests
// ahead, at the offsets the first page's size predicts, and stores the pages that arrived in feed
// order in one transaction per batch; the first page goes alone and at once (the first screen).
// An answer is taken only at the offset the feed read so far says comes next: a portal that pages
// unevenly costs only the requests made at wrong offsets, and a failure ends the run only when the
// read reaches it, after the pages before it were stored, as reading page by page did.
class TimelineFullRead : public QObject
{
public:
    // Starts reading; the reader belongs to `run` and ends it.
    static void start(SyncRun &run);

private:
    explicit TimelineFullRead(SyncRun &run);

    QString path(int offset) const;
    void request(int offset);
    void keepAhead();
    // Takes the answers that are next in feed order, stores them when a batch is full, asks
    // ahead, and ends the run at the end of the feed or at a failure.
    void advance();
    // False when the store refused (the run has then failed).
    bool storeReady();

    // While the UI thread stores a batch (25 pages: about 15 ms at --scale 10), the answers
    // asked ahead keep arriving and being parsed; with 4 ahead the connections ran dry and
    // idled. Qt sends at most 6 at a time to a host, the rest wait in its queue, so the portal
    // sees no more at once than before (bench sync: full sync 727-782 -> 645-711 ms).
    static constexpr int requestsAhead = 12;
    static constexpr int pagesPerTransaction = 25;

    SyncRun &m_run;
    int m_next = 0;     // feed offset of the next page to take
    int m_pageSize = 0; // cards on the first page: where the next pages should start
    bool m_firstStored = false;
    QSet<int> m_asked;                         // requests not answered yet
    QMap<int, QList<TimelineCard>> m_answered; // answers at m_next or beyond, not taken yet
    QMap<int, ApiError> m_failed;              // failed answers at m_next or beyond
    QList<TimelineStore::PageOfCards> m_ready; // taken in feed order, not stored yet
};

} // namespace nestje
