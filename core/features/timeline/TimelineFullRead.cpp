// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/TimelineFullRead.h"

#include "features/timeline/TimelineCard.h"
#include "sync/SyncRun.h"

namespace nestje {

void TimelineFullRead::start(SyncRun &run)
{
    auto *reader = new TimelineFullRead(run); // deleted with the run
    reader->request(0);
}

TimelineFullRead::TimelineFullRead(SyncRun &run)
    : QObject(&run)
    , m_run(run)
{
}

QString TimelineFullRead::path(int offset) const
{
    return QStringLiteral("/restservices-parent/timeline/cards/v2/%1").arg(offset);
}

void TimelineFullRead::request(int offset)
{
    m_asked.insert(offset);
    // The cards are parsed on the sync's worker (a first sync is hundreds of pages, and the UI
    // thread is for the parent meanwhile); they are taken and stored here, in feed order.
    m_run.getParsedAside(
        path(offset),
        [this, offset](const QJsonValue &payload) -> SyncRun::StoreStep {
            // On the worker: parse only; `this` is used once back on the UI thread.
            QList<TimelineCard> cards = parseTimelinePage(payload);
            return [this, offset, cards = std::move(cards)] {
                m_asked.remove(offset);
                if (offset >= m_next)
                    m_answered.insert(offset, cards);
                advance();
                return true; // a failure to store ended the run already
            };
        },
        [this, offset](const ApiError &error) {
            m_asked.remove(offset);
            if (offset >= m_next)
                m_failed.insert(offset, error);
            advance(); // ends the run when the read reaches the failure
            return true;
        });
}

void TimelineFullRead::advance()
{
    bool end = false;
    while (!end) {
        if (const auto failed = m_failed.constFind(m_next); failed != m_failed.cend()) {
            if (storeReady())
                m_run.endWith(path(m_next), *failed);
            return;
        }
        const auto answer = m_answered.constFind(m_next);
        if (answer == m_answered.cend())
            break;
        const QList<TimelineCard> cards = *answer;
        m_answered.erase(answer);
        if (cards.isEmpty()) {
            end = true; // past the end of the feed
            break;
        }
        if (m_pageSize == 0)
            m_pageSize = int(cards.size());
        m_ready.append({TimelineStore::FeedPage{m_next, true}, cards});
        m_next += int(cards.size());
    }
    // Answers behind the read came from offsets the first page's size mispredicted.
    m_answered.removeIf([this](auto entry) { return entry.key() < m_next; });
    m_failed.removeIf([this](auto entry) { return entry.key() < m_next; });
    if (!end)
        keepAhead();
    const bool storeNow = end || !m_firstStored || m_ready.size() >= pagesPerTransaction;
    if (storeNow && !storeReady())
        return;
    if (end)
        m_run.finish();
}

void TimelineFullRead::keepAhead()
{
    // Until the first page is here, only it is asked: its size says where the others start.
    const int ahead = m_pageSize > 0 ? requestsAhead : 1;
    for (int i = 0; i < ahead; ++i) {
        const int offset = m_next + i * m_pageSize;
        if (!m_asked.contains(offset) && !m_answered.contains(offset))
            request(offset);
    }
}

bool TimelineFullRead::storeReady()
{
    if (m_ready.isEmpty())
        return true;
    // The page's place in the feed keeps the portal's order within a day (TimelineStore::FeedPage).
    const bool stored = TimelineStore(m_run.database()).upsertPages(m_ready) >= 0;
    m_ready.clear();
    m_firstStored = true;
    if (!stored) // the answers already stored stay; the timeline shows as stale
        m_run.fail({ApiError::Kind::Storage,
                    0,
                    {},
                    {},
                    QStringLiteral("timeline: could not store the pages read")});
    return stored;
}

} // namespace nestje
