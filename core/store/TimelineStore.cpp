#include "store/TimelineStore.h"

#include "api/JsonValues.h"

namespace nestje {

QByteArray TimelineStore::contentHash(const QString &cardKey) const
{
    QSqlQuery *q = m_db.select(QStringLiteral("SELECT content_hash FROM cards WHERE card_key = ?"), {cardKey});
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

int TimelineStore::upsert(const QList<TimelineCard> &cards)
{
    int changed = 0;
    const bool ok = m_db.transaction([&] {
        for (const TimelineCard &card : cards) {
            if (contentHash(card.key) == card.contentHash) {
                // Same content; only the signed URLs are fresher. Keep them for the media cache.
                if (!m_db.exec(QStringLiteral("UPDATE cards SET json = ? WHERE card_key = ?"),
                               {json::compact(card.json), card.key}))
                    return false;
                continue;
            }
            ++changed;
            const QVariantList keyOnly{card.key};
            if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO cards (card_key, type, date, content_hash, json)"
                                          " VALUES (?, ?, ?, ?, ?)"),
                           {card.key, card.type, card.date, card.contentHash, json::compact(card.json)})
                || !m_db.exec(QStringLiteral("DELETE FROM card_children WHERE card_key = ?"), keyOnly)
                || !m_db.exec(QStringLiteral("DELETE FROM photo_children WHERE photo_id IN"
                                             " (SELECT id FROM photos WHERE card_key = ?)"), keyOnly)
                || !m_db.exec(QStringLiteral("DELETE FROM photos WHERE card_key = ?"), keyOnly)
                || !m_db.exec(QStringLiteral("DELETE FROM day_rhythm WHERE card_key = ?"), keyOnly))
                return false;
            for (const QString &child : card.childIds) {
                if (!m_db.exec(QStringLiteral("INSERT OR IGNORE INTO card_children VALUES (?, ?)"), {card.key, child}))
                    return false;
            }
            for (const MediaItem &item : card.media) {
                if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO photos (id, card_key, date, media_type,"
                                              " description, json) VALUES (?, ?, ?, ?, ?, ?)"),
                               {item.id, card.key, item.date ? item.date : card.date, item.mediaType,
                                item.description, json::compact(item.json)}))
                    return false;
                for (const QString &child : item.childIds) {
                    if (!m_db.exec(QStringLiteral("INSERT OR IGNORE INTO photo_children VALUES (?, ?)"),
                                   {item.id, child}))
                        return false;
                }
            }
            for (qsizetype i = 0; i < card.moments.size(); ++i) {
                const DayRhythmMoment &m = card.moments.at(i);
                if (!m_db.exec(QStringLiteral("INSERT INTO day_rhythm VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {card.key, int(i), m.icon, m.category, m.startTime, m.endTime, m.title,
                                m.description, m.remarks}))
                    return false;
            }
        }
        return true;
    });
    return ok ? changed : -1;
}

} // namespace nestje
