// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaStore.h"

#include "db/Database.h"

namespace nestje {

bool MediaStore::isOpen() const
{
    return m_db.isOpen();
}

std::optional<StoredMedia> MediaStore::media(const QString &mediaId) const
{
    std::optional<StoredMedia> found = timelineMedia(mediaId);
    return found ? found : messageMedia(mediaId);
}

std::optional<StoredMedia> MediaStore::timelineMedia(const QString &mediaId) const
{
    return read(QStringLiteral("SELECT card_key, media_type, COALESCE(description, ''), thumb_url,"
                               " medium_url, full_url, date, '' FROM photos WHERE id = ?"),
                mediaId, &StoredMedia::cardKey);
}

std::optional<StoredMedia> MediaStore::messageMedia(const QString &mediaId) const
{
    return read(QStringLiteral(
                    "SELECT a.thread_id, a.kind, a.name, a.thumb_url, a.medium_url, a.full_url,"
                    " COALESCE(m.date, 0), COALESCE(t.child_name, '')"
                    " FROM message_attachments a"
                    " LEFT JOIN thread_messages m ON m.thread_id = a.thread_id AND m.id = a.message_id"
                    " LEFT JOIN message_threads t ON t.id = a.thread_id"
                    " WHERE a.media_id = ? AND a.kind != 'file' LIMIT 1"),
                mediaId, &StoredMedia::threadId);
}

std::optional<StoredMedia> MediaStore::read(const QString &sql, const QString &mediaId,
                                            QString StoredMedia::*holder) const
{
    QSqlQuery *q = m_db.select(sql, {mediaId});
    std::optional<StoredMedia> found;
    if (q && q->next()) {
        found = StoredMedia{};
        (*found).*holder = q->value(0).toString();
        found->video = q->value(1).toString() == QLatin1String("video");
        found->description = q->value(2).toString();
        found->thumbUrl = q->value(3).toString();
        found->mediumUrl = q->value(4).toString();
        found->fullUrl = q->value(5).toString();
        found->date = q->value(6).toLongLong();
        found->childName = q->value(7).toString();
    }
    if (q)
        q->finish();
    return found;
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

} // namespace nestje
