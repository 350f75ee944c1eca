// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace nestje {

class Database;

// One photo or video of the account, as the viewer and the albums show it.
struct PhotoRow
{
    QString id;
    qint64 date = 0;     // when it was taken (or its card's date)
    qint64 cardDate = 0; // its card's date and place in the feed: the timeline's order
    qint64 cardOrder = 0;
    QString cardKey;
    int position = 0;    // its place in the card's series
    bool video = false;
    QString description;
    bool downloadable = false;
};

// Photos and videos in the timeline's order: newest card first, and within a card in the order
// of its series (as the strip shows them), optionally of one child. Keyset queries in both
// directions, so any window costs one indexed query.
class PhotoStore
{
public:
    explicit PhotoStore(Database &db) : m_db(db) {}

    // The next `limit` after `after` (from the newest when null).
    QList<PhotoRow> older(const QString &childId, const PhotoRow *after, int limit) const;
    // The `limit` before `before`, in timeline order.
    QList<PhotoRow> newer(const QString &childId, const PhotoRow &before, int limit) const;
    std::optional<PhotoRow> byId(const QString &mediaId) const;
    int count() const;

private:
    QList<PhotoRow> run(const QString &sql, const QVariantList &values) const;

    Database &m_db;
};

} // namespace nestje
