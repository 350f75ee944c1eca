#pragma once

#include "api/TimelineCard.h"
#include "store/Database.h"

namespace nestje {

// Cards, their photos and videos, and their day-rhythm moments.
class TimelineStore
{
public:
    explicit TimelineStore(Database &db) : m_db(db) {}

    // Writes one page in one transaction. Returns how many cards were new or changed, or -1.
    int upsert(const QList<TimelineCard> &cards);
    QByteArray contentHash(const QString &cardKey) const;
    int cardCount() const;
    int mediaCount() const;

private:
    Database &m_db;
};

} // namespace nestje
