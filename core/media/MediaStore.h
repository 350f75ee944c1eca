// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace nestje {

class Database;

// The media cache's reads of the timeline's tables (photos, cards, photo_children, children):
// where a media item's signed links are, which card holds it and where that card sits, and
// what a saved file is named after. The media code runs no SQL of its own; the timeline's
// TimelineStore writes these tables.
class MediaStore
{
public:
    explicit MediaStore(Database &db)
        : m_db(db)
    {
    }

    bool isOpen() const;
    // The JSON of the card that holds `mediaId` (its links are rewritten on every sync) and
    // that card's key; empty when the cache has no such item.
    QByteArray cardJson(const QString &mediaId, QString *cardKey = nullptr) const;
    // The item's own JSON as it was first stored (links not kept fresh).
    QByteArray itemJson(const QString &mediaId) const;
    // The item's date (ms) from the photos table; 0 when unknown.
    qint64 itemDate(const QString &mediaId) const;
    // The first name of the first of the family's children tagged in it ("" when none).
    QString firstChildName(const QString &mediaId) const;
    // How many cached cards are newer than `cardKey`: its offset in the portal's timeline.
    qint64 cardPosition(const QString &cardKey) const;

private:
    Database &m_db;
};

} // namespace nestje
