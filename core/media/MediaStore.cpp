// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaStore.h"

#include "db/Database.h"

namespace nestje {

bool MediaStore::isOpen() const
{
    return m_db.isOpen();
}

QByteArray MediaStore::cardJson(const QString &mediaId, QString *cardKey) const
{
    QSqlQuery *q = m_db.select(QStringLiteral("SELECT c.json, c.card_key FROM photos p JOIN cards "
                                              "c ON c.card_key = p.card_key WHERE p.id = ?"),
                               {mediaId});
    QByteArray json;
    if (q && q->next()) {
        json = q->value(0).toByteArray();
        if (cardKey)
            *cardKey = q->value(1).toString();
    }
    if (q)
        q->finish();
    return json;
}

QByteArray MediaStore::itemJson(const QString &mediaId) const
{
    QSqlQuery *q = m_db.select(QStringLiteral("SELECT json FROM photos WHERE id = ?"), {mediaId});
    const QByteArray json = q && q->next() ? q->value(0).toByteArray() : QByteArray();
    if (q)
        q->finish();
    return json;
}

qint64 MediaStore::itemDate(const QString &mediaId) const
{
    return m_db.scalar(QStringLiteral("SELECT date FROM photos WHERE id = ?"), {mediaId});
}

QString MediaStore::firstChildName(const QString &mediaId) const
{
    QSqlQuery *q = m_db.select(
        QStringLiteral(
            "SELECT c.first_name FROM photo_children pc JOIN children c ON c.id = pc.child_id"
            " WHERE pc.photo_id = ? ORDER BY c.position LIMIT 1"),
        {mediaId});
    const QString name = q && q->next() ? q->value(0).toString() : QString();
    if (q)
        q->finish();
    return name;
}

qint64 MediaStore::cardPosition(const QString &cardKey) const
{
    const qint64 date =
        m_db.scalar(QStringLiteral("SELECT date FROM cards WHERE card_key = ?"), {cardKey});
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM cards WHERE date > ?"), {date});
}

std::optional<MessageMedia> MediaStore::messageMedia(const QString &mediaId) const
{
    QSqlQuery *q = m_db.select(
        QStringLiteral(
            "SELECT a.thread_id, a.kind, a.name, a.thumb_url, a.medium_url, a.full_url,"
            " COALESCE(m.date, 0), COALESCE(t.child_name, '')"
            " FROM message_attachments a"
            " LEFT JOIN thread_messages m ON m.thread_id = a.thread_id AND m.id = a.message_id"
            " LEFT JOIN message_threads t ON t.id = a.thread_id"
            " WHERE a.media_id = ? AND a.kind != 'file' LIMIT 1"),
        {mediaId});
    std::optional<MessageMedia> found;
    if (q && q->next())
        found =
            MessageMedia{q->value(0).toString(),   q->value(1).toString() == QLatin1String("video"),
                         q->value(2).toString(),   q->value(3).toString(),
                         q->value(4).toString(),   q->value(5).toString(),
                         q->value(6).toLongLong(), q->value(7).toString()};
    if (q)
        q->finish();
    return found;
}

} // namespace nestje
