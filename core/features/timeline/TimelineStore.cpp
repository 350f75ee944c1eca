// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/TimelineStore.h"

#include "db/Database.h"

namespace nestje {

namespace {
// A link the card does not carry binds as '' (the columns are NOT NULL), not as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QString rowColumns = QStringLiteral("card_key, type, date, feed_order, content_hash");

TimelineRow rowFrom(QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toLongLong(), q.value(4).toByteArray()};
}
} // namespace

QByteArray TimelineStore::contentHash(const QString &cardKey) const
{
    QSqlQuery *q =
        m_db.select(QStringLiteral("SELECT content_hash FROM cards WHERE card_key = ?"), {cardKey});
    return q && q->next() ? q->value(0).toByteArray() : QByteArray();
}

int TimelineStore::cardCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM cards")));
}

int TimelineStore::mediaCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM photos")));
}

int TimelineStore::upsert(const QList<TimelineCard> &cards, std::optional<FeedPage> page)
{
    int changed = 0;
    bool numbered = false;
    const bool ok = m_db.transaction([&] {
        std::optional<qint64> highest;
        changed = writeCards(cards, page, numbered, highest);
        return changed >= 0;
    });
    // New numbers move no card against another (they follow the feed), but the models' rows hold
    // the old ones as their paging keys: they read again.
    if (ok && (changed > 0 || numbered))
        m_db.announce(QStringLiteral("timeline"));
    return ok ? changed : -1;
}

int TimelineStore::upsertPages(const QList<PageOfCards> &pages)
{
    int changed = 0;
    bool numbered = false;
    const bool ok = m_db.transaction([&] {
        std::optional<qint64> highest;
        for (const PageOfCards &page : pages) {
            bool pageNumbered = false;
            const int pageChanged = writeCards(page.cards, page.page, pageNumbered, highest);
            if (pageChanged < 0)
                return false;
            changed += pageChanged;
            numbered = numbered || pageNumbered;
        }
        return true;
    });
    if (ok && (changed > 0 || numbered))
        m_db.announce(QStringLiteral("timeline"));
    return ok ? changed : -1;
}

QHash<QString, QByteArray> TimelineStore::storedHashes(const QList<TimelineCard> &cards) const
{
    QHash<QString, QByteArray> hashes;
    // One statement per page size (pages are of 6 on real portals: one statement, prepared
    // once). A longer list goes in parts: SQLite limits the values one statement binds, and
    // every size asked for stays prepared.
    constexpr qsizetype keysPerQuery = 50;
    for (qsizetype from = 0; from < cards.size(); from += keysPerQuery) {
        const qsizetype count = std::min(keysPerQuery, cards.size() - from);
        QVariantList keys;
        keys.reserve(count);
        for (qsizetype i = from; i < from + count; ++i)
            keys << cards.at(i).key;
        const QString placeholders =
            QStringLiteral("?") + QStringLiteral(", ?").repeated(int(count) - 1);
        QSqlQuery *q = m_db.select(
            QStringLiteral("SELECT card_key, content_hash FROM cards WHERE card_key IN (%1)")
                .arg(placeholders),
            keys);
        while (q && q->next())
            hashes.insert(q->value(0).toString(), q->value(1).toByteArray());
        if (q)
            q->finish();
    }
    return hashes;
}

int TimelineStore::writeCards(const QList<TimelineCard> &cards, std::optional<FeedPage> page,
                              bool &numbered, std::optional<qint64> &highestStored)
{
    int changed = 0;
    QList<bool> same;
    QList<bool> stored; // a row to replace, else the card is new here and has no old parts
    same.reserve(cards.size());
    stored.reserve(cards.size());
    const QHash<QString, QByteArray> hashes = storedHashes(cards);
    for (const TimelineCard &card : cards) {
        const auto found = hashes.constFind(card.key);
        stored << (found != hashes.cend());
        same << (found != hashes.cend() && *found == card.contentHash);
    }
    numbered = page && (page->full || page->offset > 0 || same.contains(false));
    if (numbered && !highestStored)
        highestStored = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(feed_order), 0) FROM cards"));
    // A run's first page starts above every number stored; a later page of the same run
    // continues below the first page's first card, the highest number there is now.
    const qint64 highest = numbered ? *highestStored : 0;
    const qint64 first = !numbered           ? 0
                         : page->offset == 0 ? highest + feedOrderSpan
                                             : highest - page->offset;
    if (numbered && !cards.isEmpty())
        highestStored = std::max(highest, first); // the page's first card is numbered `first`
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const TimelineCard &card = cards.at(i);
        // The card's number in the feed: from this page's place, else the one it has (0 when new).
        const qint64 order =
            numbered ? first - i
                     : m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(feed_order), 0) FROM cards"
                                                  " WHERE card_key = ?"),
                                   {card.key});
        if (same.at(i)) {
            // Same content; only the signed links are fresher. Keep them for the media cache.
            if (!m_db.write(QStringLiteral("UPDATE cards SET feed_order = ? WHERE card_key = ?"),
                            order, card.key))
                return -1;
            for (const MediaItem &item : card.media) {
                if (!m_db.write(QStringLiteral("UPDATE photos SET thumb_url = ?, medium_url = ?,"
                                               " full_url = ?, card_order = ? WHERE id = ?"),
                                notNull(item.thumbUrl), notNull(item.mediumUrl),
                                notNull(item.fullUrl), order, item.id))
                    return -1;
            }
            continue;
        }
        ++changed;
        if (!m_db.write(
                QStringLiteral(
                    "INSERT OR REPLACE INTO cards (card_key, type, date, content_hash,"
                    " written_by, by_parent, text, feed_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                card.key, card.type, card.date, card.contentHash, card.writtenBy, card.byParent,
                card.text, order))
            return -1;
        // A changed card's old children, photos and moments go; a new card has none (a first
        // sync writes only new cards: four statements fewer for each).
        if (stored.at(i) &&
            (!m_db.write(QStringLiteral("DELETE FROM card_children WHERE card_key = ?"), card.key) ||
             !m_db.write(QStringLiteral("DELETE FROM photo_children WHERE photo_id IN"
                                        " (SELECT id FROM photos WHERE card_key = ?)"),
                         card.key) ||
             !m_db.write(QStringLiteral("DELETE FROM photos WHERE card_key = ?"), card.key) ||
             !m_db.write(QStringLiteral("DELETE FROM day_rhythm WHERE card_key = ?"), card.key)))
            return -1;
        for (const QString &child : card.childIds) {
            if (!m_db.write(QStringLiteral("INSERT OR IGNORE INTO card_children VALUES (?, ?)"),
                            card.key, child))
                return -1;
        }
        for (qsizetype position = 0; position < card.media.size(); ++position) {
            const MediaItem &item = card.media.at(position);
            if (!m_db.write(QStringLiteral(
                                "INSERT OR REPLACE INTO photos (id, card_key, date, media_type,"
                                " description, downloadable, position, card_date, card_order,"
                                " thumb_url, medium_url, full_url)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            item.id, card.key, item.date ? item.date : card.date, item.mediaType,
                            item.description, item.downloadable, int(position), card.date, order,
                            notNull(item.thumbUrl), notNull(item.mediumUrl), notNull(item.fullUrl)))
                return -1;
            for (const QString &child : item.childIds) {
                if (!m_db.write(QStringLiteral("INSERT OR IGNORE INTO photo_children VALUES (?, ?)"),
                                item.id, child))
                    return -1;
            }
        }
        for (qsizetype i = 0; i < card.moments.size(); ++i) {
            const DayRhythmMoment &m = card.moments.at(i);
            if (!m_db.write(
                    QStringLiteral("INSERT INTO day_rhythm VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    card.key, int(i), m.icon, m.category, m.startTime, m.endTime, m.title,
                    m.description, m.remarks))
                return -1;
        }
    }
    return changed;
}

QList<TimelineRow> TimelineStore::page(const QString &childId, const TimelineRow *after,
                                       int limit) const
{
    QList<TimelineRow> rows;
    if (!m_db.isOpen())
        return rows;
    const qint64 before = after ? after->date : std::numeric_limits<qint64>::max();
    const qint64 afterOrder = after ? after->feedOrder : 0;
    const QString afterKey = after ? after->key : QString();
    // (date DESC, feed_order DESC, card_key ASC) is the cards_in_order index.
    const QString notAfter = QStringLiteral(" WHERE date <= ? AND NOT (date = ? AND (feed_order > ?"
                                            " OR (feed_order = ? AND card_key <= ?)))");
    const QVariantList values{before, before, afterOrder, afterOrder, afterKey};
    QSqlQuery *q =
        childId.isEmpty()
            ? m_db.select(
                  QStringLiteral("SELECT %1 FROM cards").arg(rowColumns) + notAfter +
                      QStringLiteral(" ORDER BY date DESC, feed_order DESC, card_key ASC LIMIT ?"),
                  values + QVariantList{limit})
            : m_db.select(
                  QStringLiteral("SELECT %1 FROM cards").arg(rowColumns) + notAfter +
                      QStringLiteral(" AND EXISTS (SELECT 1 FROM card_children cc"
                                     " WHERE cc.card_key = cards.card_key AND cc.child_id = ?)"
                                     " ORDER BY date DESC, feed_order DESC, card_key ASC LIMIT ?"),
                  values + QVariantList{childId, limit});
    while (q && q->next())
        rows.append(rowFrom(*q));
    if (q)
        q->finish();
    return rows;
}

QList<TimelineRow> TimelineStore::pageUntil(const QString &childId, const TimelineRow &last) const
{
    QList<TimelineRow> rows;
    if (!m_db.isOpen())
        return rows;
    // In display order (date DESC, feed_order DESC, card_key ASC) "down to last" is: a newer day,
    // or the same day and higher in the feed, or as high and not after it.
    const QString untilLast = QStringLiteral(" WHERE (date > ? OR (date = ? AND (feed_order > ?"
                                             " OR (feed_order = ? AND card_key <= ?))))");
    const QVariantList values{last.date, last.date, last.feedOrder, last.feedOrder, last.key};
    QSqlQuery *q =
        childId.isEmpty()
            ? m_db.select(QStringLiteral("SELECT %1 FROM cards").arg(rowColumns) + untilLast +
                              QStringLiteral(" ORDER BY date DESC, feed_order DESC, card_key ASC"),
                          values)
            : m_db.select(
                  QStringLiteral("SELECT %1 FROM cards").arg(rowColumns) + untilLast +
                      QStringLiteral(" AND EXISTS (SELECT 1 FROM card_children cc"
                                     " WHERE cc.card_key = cards.card_key AND cc.child_id = ?)"
                                     " ORDER BY date DESC, feed_order DESC, card_key ASC"),
                  values + QVariantList{childId});
    while (q && q->next())
        rows.append(rowFrom(*q));
    if (q)
        q->finish();
    return rows;
}

std::optional<TimelineEntry> TimelineStore::entry(const QString &key) const
{
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery *q = m_db.select(
        QStringLiteral(
            "SELECT type, date, written_by, by_parent, text FROM cards WHERE card_key = ?"),
        {key});
    if (!q || !q->next())
        return std::nullopt;
    TimelineEntry entry;
    entry.key = key;
    entry.type = q->value(0).toString();
    entry.date = q->value(1).toLongLong();
    entry.writtenBy = q->value(2).toString();
    entry.byParent = q->value(3).toBool();
    entry.text = q->value(4).toString();
    q->finish();
    if (QSqlQuery *c = m_db.select(
            QStringLiteral("SELECT child_id FROM card_children WHERE card_key = ? ORDER BY rowid"),
            {key})) {
        while (c->next())
            entry.childIds << c->value(0).toString();
        c->finish();
    }
    if (QSqlQuery *m = m_db.select(
            QStringLiteral("SELECT id, media_type, description, downloadable FROM photos"
                           " WHERE card_key = ? ORDER BY position"),
            {key})) {
        while (m->next())
            entry.media.append({m->value(0).toString(),
                                m->value(1).toString() == QLatin1String("video"),
                                m->value(2).toString(), m->value(3).toBool()});
        m->finish();
    }
    if (QSqlQuery *d = m_db.select(
            QStringLiteral(
                "SELECT icon, category, start_time, end_time, title, description, remarks"
                " FROM day_rhythm WHERE card_key = ? ORDER BY seq"),
            {key})) {
        while (d->next()) {
            DayRhythmMoment moment;
            moment.icon = d->value(0).toString();
            moment.category = d->value(1).toString();
            moment.startTime = d->value(2).toString();
            moment.endTime = d->value(3).toString();
            moment.title = d->value(4).toString();
            moment.description = d->value(5).toString();
            moment.remarks = d->value(6).toString();
            entry.moments << moment;
        }
        d->finish();
    }
    return entry;
}

std::optional<TimelineRow> TimelineStore::row(const QString &key) const
{
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery *q = m_db.select(
        QStringLiteral("SELECT %1 FROM cards WHERE card_key = ?").arg(rowColumns), {key});
    std::optional<TimelineRow> found;
    if (q && q->next())
        found = rowFrom(*q);
    if (q)
        q->finish();
    return found;
}

bool TimelineStore::hasCard(const QString &key) const
{
    return m_db.isOpen() &&
           m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM cards WHERE card_key = ?"), {key}) > 0;
}

QList<RecentStaffCard> TimelineStore::recentStaffCards(qint64 since) const
{
    QList<RecentStaffCard> cards;
    if (QSqlQuery *q = m_db.select(
            QStringLiteral("SELECT c.card_key, c.type, (SELECT COUNT(*) FROM photos p WHERE"
                           " p.card_key = c.card_key) FROM cards c WHERE c.date >= ?"
                           " AND c.type IN ('photo', 'journal') AND c.by_parent = 0"),
            {since})) {
        while (q->next())
            cards << RecentStaffCard{q->value(0).toString(),
                                     q->value(1).toString() == QLatin1String("photo"),
                                     q->value(2).toInt()};
    }
    return cards;
}

QList<TimelineEntry> TimelineStore::journal(const QString &childId) const
{
    QStringList keys;
    if (QSqlQuery *q = m_db.select(
            QStringLiteral(
                "SELECT c.card_key FROM cards c JOIN card_children cc ON cc.card_key = c.card_key"
                " WHERE c.type = 'journal' AND cc.child_id = ?"
                " ORDER BY c.date ASC, c.feed_order ASC, c.card_key DESC"),
            {childId})) {
        while (q->next())
            keys << q->value(0).toString();
        q->finish();
    }
    QList<TimelineEntry> entries;
    for (const QString &key : std::as_const(keys)) {
        if (const std::optional<TimelineEntry> e = entry(key))
            entries << *e;
    }
    return entries;
}

} // namespace nestje
