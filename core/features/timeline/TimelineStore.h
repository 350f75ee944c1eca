// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/timeline/TimelineCard.h"

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
    QByteArray hash; // changes when anything shown changes
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
    explicit TimelineStore(Database &db) : m_db(db) {}

    // Writes one page in one transaction. Returns how many cards were new or changed, or -1.
    int upsert(const QList<TimelineCard> &cards);
    QByteArray contentHash(const QString &cardKey) const;
    int cardCount() const;
    int mediaCount() const;

    // Newest first (date, then key), after `after` (from the top when null), optionally of
    // one child: one indexed keyset query.
    QList<TimelineRow> page(const QString &childId, const TimelineRow *after, int limit) const;
    // Every card from the top down to `last` (inclusive): what a model has loaded, read again.
    QList<TimelineRow> pageUntil(const QString &childId, const TimelineRow &last) const;
    std::optional<TimelineEntry> entry(const QString &key) const;
    bool hasCard(const QString &key) const;
    // A child's diary entries, oldest first (the diary book).
    QList<TimelineEntry> journal(const QString &childId) const;
    // Photo cards and staff diary entries dated from `since` (ms): what notifications announce.
    QList<RecentStaffCard> recentStaffCards(qint64 since) const;

private:
    Database &m_db;
};

} // namespace nestje
