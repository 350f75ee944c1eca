// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/timeline/TimelineCard.h"

#include <QHash>
#include <QList>

#include <optional>

namespace nestje {

class Database;

// A card's place in the list: cheap to read a page of, so the model holds keys, not cards.
struct TimelineRow
{
    QString key;
    QString type;
    qint64 date = 0;
    qint64 feedOrder = 0; // the portal's order within a day: higher is newer
    QByteArray hash;      // changes when anything shown changes
};

// What a card shows, read from columns (the parser did the reading of JSON at sync time).
struct TimelineEntry
{
    struct Media
    {
        QString id;
        bool video = false;
        QString description;
        bool downloadable = false;
    };
    QString key;
    QString type;
    qint64 date = 0;
    QStringList childIds;
    QString writtenBy;
    bool byParent = false;
    QString text;
    QList<Media> media;
    QList<DayRhythmMoment> moments;
};

// A staff card worth a notification: photos, or a diary entry by the group.
struct RecentStaffCard
{
    QString key;
    bool photo = false; // else a diary entry
    int photoCount = 0;
};

// The timeline's cards, their photos and videos, and their day-rhythm moments. Writes
// announce "timeline" when something changed.
class TimelineStore
{
public:
    explicit TimelineStore(Database &db)
        : m_db(db)
    {
    }

    // Where a page of the portal's feed was read. The portal dates every card at the start of its
    // day, so a day's order is the feed's (newest first), kept as a number per card (feed_order):
    // a sync that reads from the top numbers the cards it reads downwards from above every number
    // stored. The cards it does not reach are further down the feed and keep their lower numbers,
    // so the numbers always follow the feed.
    struct FeedPage
    {
        int offset = 0;    // of the page's first card in the feed
        bool full = false; // a sync that reads every page: every page is numbered. A later sync
                           // numbers its first page only when something in it is new or changed
                           // (it stops at the first page with nothing new), and every page after.
    };
    static constexpr qint64 feedOrderSpan = qint64(1) << 32; // more cards than any feed has

    // Writes one page in one transaction. Returns how many cards were new or changed, or -1.
    // Without a feed page (a page read again only for fresh media links) the cards keep their
    // numbers, and a card new to the store goes below its day's others.
    int upsert(const QList<TimelineCard> &cards, std::optional<FeedPage> page = std::nullopt);
    // Consecutive pages of one read, in one transaction and with one announcement: a full sync
    // writes hundreds of pages, and a transaction per page rewrote the same index pages each time.
    struct PageOfCards
    {
        FeedPage page;
        QList<TimelineCard> cards;
    };
    int upsertPages(const QList<PageOfCards> &pages);
    QByteArray contentHash(const QString &cardKey) const;
    int cardCount() const;
    int mediaCount() const;

    // Newest first (date, then the portal's order within the day, then key), after `after` (from
    // the top when null), optionally of one child: one indexed keyset query.
    QList<TimelineRow> page(const QString &childId, const TimelineRow *after, int limit) const;
    // Every card from the top down to `last` (inclusive): what a model has loaded, read again.
    QList<TimelineRow> pageUntil(const QString &childId, const TimelineRow &last) const;
    std::optional<TimelineEntry> entry(const QString &key) const;
    bool hasCard(const QString &key) const;
    // A card's place as it is now (a sync that numbers the feed again moves every number).
    std::optional<TimelineRow> row(const QString &key) const;
    // A child's diary entries, oldest first (the diary book).
    QList<TimelineEntry> journal(const QString &childId) const;
    // Photo cards and staff diary entries dated from `since` (ms): what notifications announce.
    QList<RecentStaffCard> recentStaffCards(qint64 since) const;

private:
    // One page's cards, inside the caller's transaction: how many were new or changed, or -1.
    // `numbered`: whether the page's cards got new feed numbers. `highest`: the highest feed
    // number stored, read once per transaction (MAX over every card was a scan per page: a full
    // sync's 380 pages read the table 380 times) and kept up to date here.
    int writeCards(const QList<TimelineCard> &cards, std::optional<FeedPage> page, bool &numbered,
                   std::optional<qint64> &highest);
    // The stored content hash of each of `cards` that is stored (by key), in one query.
    QHash<QString, QByteArray> storedHashes(const QList<TimelineCard> &cards) const;

    Database &m_db;
};

} // namespace nestje
