// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/PhotoStore.h"

#include "db/Database.h"

namespace nestje {

namespace {
const QString columns = QStringLiteral(
    "p.id, p.date, p.card_date, p.card_key, p.position, p.media_type, p.description, p.downloadable, p.card_order");
const QString childFilter =
    QStringLiteral(" AND EXISTS (SELECT 1 FROM photo_children pc WHERE pc.photo_id = p.id AND pc.child_id = ?)");
} // namespace

QList<PhotoRow> PhotoStore::run(const QString &sql, const QVariantList &values) const
{
    QList<PhotoRow> rows;
    if (!m_db.isOpen())
        return rows;
    QSqlQuery *q = m_db.select(sql, values);
    while (q && q->next()) {
        PhotoRow row;
        row.id = q->value(0).toString();
        row.date = q->value(1).toLongLong();
        row.cardDate = q->value(2).toLongLong();
        row.cardKey = q->value(3).toString();
        row.position = q->value(4).toInt();
        row.video = q->value(5).toString() == QLatin1String("video");
        row.description = q->value(6).toString();
        row.downloadable = q->value(7).toBool();
        row.cardOrder = q->value(8).toLongLong();
        rows << row;
    }
    if (q)
        q->finish();
    return rows;
}

QList<PhotoRow> PhotoStore::older(const QString &childId, const PhotoRow *after, int limit) const
{
    // Timeline order: (card_date DESC, card_order DESC, card_key ASC, position ASC), the
    // photos_in_order index.
    QString sql = QStringLiteral("SELECT %1 FROM photos p WHERE").arg(columns);
    QVariantList values;
    if (after) {
        sql += QStringLiteral(" (p.card_date < ? OR (p.card_date = ? AND (p.card_order < ? OR (p.card_order = ?"
                              " AND (p.card_key > ? OR (p.card_key = ? AND p.position > ?))))))");
        values << after->cardDate << after->cardDate << after->cardOrder << after->cardOrder << after->cardKey
               << after->cardKey << after->position;
    } else {
        sql += QStringLiteral(" 1");
    }
    if (!childId.isEmpty()) {
        sql += childFilter;
        values << childId;
    }
    sql += QStringLiteral(" ORDER BY p.card_date DESC, p.card_order DESC, p.card_key ASC, p.position ASC LIMIT ?");
    values << limit;
    return run(sql, values);
}

QList<PhotoRow> PhotoStore::newer(const QString &childId, const PhotoRow &before, int limit) const
{
    QString sql = QStringLiteral("SELECT %1 FROM photos p WHERE (p.card_date > ? OR (p.card_date = ? AND"
                                 " (p.card_order > ? OR (p.card_order = ? AND (p.card_key < ?"
                                 " OR (p.card_key = ? AND p.position < ?))))))")
                      .arg(columns);
    QVariantList values{before.cardDate, before.cardDate, before.cardOrder, before.cardOrder,
                        before.cardKey,  before.cardKey,  before.position};
    if (!childId.isEmpty()) {
        sql += childFilter;
        values << childId;
    }
    sql += QStringLiteral(" ORDER BY p.card_date ASC, p.card_order ASC, p.card_key DESC, p.position DESC LIMIT ?");
    values << limit;
    QList<PhotoRow> rows = run(sql, values);
    std::reverse(rows.begin(), rows.end());
    return rows;
}

std::optional<PhotoRow> PhotoStore::byId(const QString &mediaId) const
{
    const QList<PhotoRow> rows = run(QStringLiteral("SELECT %1 FROM photos p WHERE p.id = ?").arg(columns), {mediaId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

int PhotoStore::count() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM photos")));
}

} // namespace nestje
