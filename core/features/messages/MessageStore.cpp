// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/MessageStore.h"

#include "db/Database.h"

#include <QHash>

#include <algorithm>

namespace nestje {

namespace {

const QString threadColumns =
    QStringLiteral("t.id, t.subject, t.last_text, t.last_writer, t.date, t.unread AND t.date > "
                   "t.read_date, t.last_from_parent,"
                   " t.child_id, t.child_name, t.group_id, t.group_name, t.attachments,"
                   // Photos and videos among them (the list marks a conversation with files
                   // only differently); the primary key's thread_id prefix finds them.
                   " (SELECT COUNT(*) FROM message_attachments a WHERE a.thread_id = t.id"
                   " AND a.kind != 'file')");

MessageThread threadFrom(const QSqlQuery &q)
{
    MessageThread t;
    t.id = q.value(0).toString();
    t.subject = q.value(1).toString();
    t.lastText = q.value(2).toString();
    t.lastWriter = q.value(3).toString();
    t.date = q.value(4).toLongLong();
    t.unread = q.value(5).toBool();
    t.lastFromParent = q.value(6).toBool();
    t.childId = q.value(7).toString();
    t.childName = q.value(8).toString();
    t.groupId = q.value(9).toString();
    t.groupName = q.value(10).toString();
    t.attachmentCount = q.value(11).toInt();
    t.mediaCount = q.value(12).toInt();
    return t;
}

QString kindName(MessageAttachment::Kind kind)
{
    switch (kind) {
    case MessageAttachment::Kind::Photo:
        return QStringLiteral("photo");
    case MessageAttachment::Kind::Video:
        return QStringLiteral("video");
    case MessageAttachment::Kind::File:
        break;
    }
    return QStringLiteral("file");
}

MessageAttachment::Kind kindOf(const QString &name)
{
    if (name == QLatin1String("photo"))
        return MessageAttachment::Kind::Photo;
    if (name == QLatin1String("video"))
        return MessageAttachment::Kind::Video;
    return MessageAttachment::Kind::File;
}

// Text columns are NOT NULL: an absent value (a null QString binds as NULL) is stored as "".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// LIKE with the user's text taken literally.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

bool MessageStore::upsertThreads(const QList<MessageThread> &threads, QStringList *changedThreadIds)
{
    bool changed = false;
    const bool ok = m_db.transaction([&] {
        for (const MessageThread &t : threads) {
            QSqlQuery *known =
                m_db.select(QStringLiteral("SELECT details_date, date, unread, subject, last_text"
                                           " FROM message_threads WHERE id = ?"),
                            {t.id});
            if (!known)
                return false;
            const bool exists = known->next();
            const qint64 detailsDate = exists ? known->value(0).toLongLong() : -1;
            const bool same = exists && known->value(1).toLongLong() == t.date &&
                              known->value(2).toBool() == t.unread &&
                              known->value(3).toString() == t.subject &&
                              known->value(4).toString() == t.lastText;
            known->finish();
            if (detailsDate < t.date && changedThreadIds)
                changedThreadIds->append(t.id);
            if (same)
                continue;
            changed = true;
            if (!m_db.exec(
                    QStringLiteral(
                        "INSERT INTO message_threads (id, subject, last_text, last_writer, date, "
                        "unread,"
                        " last_from_parent, child_id, group_id, group_name) VALUES (?, ?, ?, ?, ?, "
                        "?, ?, ?, ?, ?)"
                        " ON CONFLICT(id) DO UPDATE SET subject = excluded.subject,"
                        " last_text = excluded.last_text, last_writer = excluded.last_writer,"
                        " date = excluded.date, unread = excluded.unread,"
                        " last_from_parent = excluded.last_from_parent, child_id = "
                        "excluded.child_id,"
                        " group_id = excluded.group_id, group_name = excluded.group_name"),
                    {t.id, text(t.subject), text(t.lastText), text(t.lastWriter), t.date,
                     t.unread ? 1 : 0, t.lastFromParent ? 1 : 0, text(t.childId), text(t.groupId),
                     text(t.groupName)}))
                return false;
        }
        return true;
    });
    if (ok && changed)
        m_db.announce(QString::fromLatin1(topic));
    return ok;
}

bool MessageStore::storeDetails(const ThreadDetails &details)
{
    const QString &id = details.threadId;
    const bool ok = m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM thread_messages WHERE thread_id = ?"), {id}) ||
            !m_db.exec(QStringLiteral("DELETE FROM message_attachments WHERE thread_id = ?"), {id}))
            return false;
        qint64 newest = 0;
        int attachments = 0;
        for (qsizetype i = 0; i < details.messages.size(); ++i) {
            const ThreadMessage &m = details.messages.at(i);
            newest = std::max(newest, m.date);
            // A message without an id still has its place in the conversation.
            const QString messageId = m.id.isEmpty() ? QStringLiteral("#%1").arg(i) : m.id;
            if (!m_db.exec(QStringLiteral("INSERT INTO thread_messages (thread_id, seq, id, text, "
                                          "written_by, date, from_parent)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {id, int(i), messageId, text(m.text), text(m.writtenBy), m.date,
                            m.fromParent ? 1 : 0}))
                return false;
            for (qsizetype k = 0; k < m.attachments.size(); ++k) {
                const MessageAttachment &a = m.attachments.at(k);
                ++attachments;
                if (!m_db.exec(QStringLiteral(
                                   "INSERT OR REPLACE INTO message_attachments (thread_id, "
                                   "message_id, seq, kind,"
                                   " media_id, name, thumb_url, medium_url, full_url, content_type)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {id, messageId, int(k), kindName(a.kind), text(a.id), text(a.name),
                                text(a.thumbUrl), text(a.mediumUrl), text(a.fullUrl),
                                text(a.contentType)}))
                    return false;
            }
        }
        // The summary completes the overview row; a thread only known from its details (a
        // new one of the parent's, before the next overview) gets a row of its own.
        if (!m_db.exec(
                QStringLiteral("INSERT OR IGNORE INTO message_threads (id, subject, last_text, "
                               "last_writer, date,"
                               " unread, last_from_parent, child_id, group_id, group_name) VALUES"
                               " (?, ?, '', '', ?, 0, 0, ?, ?, ?)"),
                {id, text(details.subject), newest, text(details.childId), text(details.groupId),
                 text(details.groupName)}))
            return false;
        const ThreadMessage last =
            details.messages.isEmpty() ? ThreadMessage{} : details.messages.last();
        return m_db.exec(
            QStringLiteral(
                "UPDATE message_threads SET details_date = MAX(date, ?), attachments = ?,"
                " subject = COALESCE(NULLIF(?, ''), subject), child_name = COALESCE(NULLIF(?, ''), "
                "child_name),"
                " child_id = COALESCE(NULLIF(?, ''), child_id),"
                " last_text = CASE WHEN ? >= date THEN ? ELSE last_text END,"
                " last_writer = CASE WHEN ? >= date THEN ? ELSE last_writer END,"
                " last_from_parent = CASE WHEN ? >= date THEN ? ELSE last_from_parent END,"
                " date = MAX(date, ?) WHERE id = ?"),
            {newest, attachments, text(details.subject), text(details.childName),
             text(details.childId), last.date, text(last.text), last.date, text(last.writtenBy),
             last.date, last.fromParent ? 1 : 0, newest, id});
    });
    if (ok)
        m_db.announce(QString::fromLatin1(topic));
    return ok;
}

bool MessageStore::addOwnMessage(const MessageThread &thread, const ThreadMessage &message)
{
    if (thread.id.isEmpty() || message.id.isEmpty() || hasMessage(thread.id, message.id))
        return true;
    const bool ok = m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral(
                           "INSERT OR IGNORE INTO message_threads (id, subject, last_text, "
                           "last_writer, date, unread,"
                           " last_from_parent, child_id, child_name, group_id, group_name) VALUES"
                           " (?, ?, ?, ?, ?, 0, 1, ?, ?, ?, ?)"),
                       {thread.id, text(thread.subject), text(message.text),
                        text(message.writtenBy), message.date, text(thread.childId),
                        text(thread.childName), text(thread.groupId), text(thread.groupName)}))
            return false;
        const qint64 seq = m_db.scalar(
            QStringLiteral(
                "SELECT COALESCE(MAX(seq) + 1, 0) FROM thread_messages WHERE thread_id = ?"),
            {thread.id});
        if (!m_db.exec(QStringLiteral("INSERT INTO thread_messages (thread_id, seq, id, text, "
                                      "written_by, date, from_parent)"
                                      " VALUES (?, ?, ?, ?, ?, ?, 1)"),
                       {thread.id, seq, message.id, text(message.text), text(message.writtenBy),
                        message.date}))
            return false;
        for (qsizetype k = 0; k < message.attachments.size(); ++k) {
            const MessageAttachment &a = message.attachments.at(k);
            if (!m_db.exec(
                    QStringLiteral("INSERT OR REPLACE INTO message_attachments (thread_id, "
                                   "message_id, seq, kind,"
                                   " media_id, name, thumb_url, medium_url, full_url, content_type)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {thread.id, message.id, int(k), kindName(a.kind), text(a.id), text(a.name),
                     text(a.thumbUrl), text(a.mediumUrl), text(a.fullUrl), text(a.contentType)}))
                return false;
        }
        return m_db.exec(
            QStringLiteral(
                "UPDATE message_threads SET last_text = ?, last_writer = ?, last_from_parent = 1,"
                " date = MAX(date, ?), attachments = attachments + ? WHERE id = ?"),
            {text(message.text), text(message.writtenBy), message.date,
             int(message.attachments.size()), thread.id});
    });
    if (ok)
        m_db.announce(QString::fromLatin1(topic));
    return ok;
}

bool MessageStore::markRead(const QString &threadId)
{
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM message_threads WHERE id = ? AND unread = "
                                   "1 AND read_date < date"),
                    {threadId}) == 0)
        return false;
    if (!m_db.exec(QStringLiteral("UPDATE message_threads SET read_date = date WHERE id = ?"),
                   {threadId}))
        return false;
    m_db.announce(QString::fromLatin1(topic));
    return true;
}

QList<MessageThread> MessageStore::threads(const QString &childId, const QString &search) const
{
    QString sql =
        QStringLiteral("SELECT %1 FROM message_threads t WHERE (? = '' OR t.child_id = ?)")
            .arg(threadColumns);
    QVariantList values{text(childId), text(childId)};
    const QString needle = search.trimmed();
    if (!needle.isEmpty()) {
        sql += QStringLiteral(
            " AND (t.subject LIKE ? ESCAPE '\\' OR t.last_text LIKE ? ESCAPE '\\' OR EXISTS "
            "(SELECT 1"
            " FROM thread_messages m WHERE m.thread_id = t.id AND m.text LIKE ? ESCAPE '\\'))");
        const QString pattern = likePattern(needle);
        values << pattern << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY t.date DESC, t.id DESC");
    QList<MessageThread> list;
    if (QSqlQuery *q = m_db.select(sql, values)) {
        while (q->next())
            list << threadFrom(*q);
        q->finish();
    }
    return list;
}

std::optional<MessageThread> MessageStore::thread(const QString &threadId) const
{
    std::optional<MessageThread> found;
    if (QSqlQuery *q = m_db.select(
            QStringLiteral("SELECT %1 FROM message_threads t WHERE t.id = ?").arg(threadColumns),
            {threadId})) {
        if (q->next())
            found = threadFrom(*q);
        q->finish();
    }
    return found;
}

QList<ThreadMessage> MessageStore::messages(const QString &threadId, std::optional<int> newest) const
{
    if (newest && *newest <= 0)
        return {};
    // With a limit, the newest rows by seq (the primary key's order) and only their attachments.
    const QString window = newest ? QStringLiteral(" AND seq >= COALESCE((SELECT seq FROM thread_messages"
                                                   " WHERE thread_id = ? ORDER BY seq DESC LIMIT 1 OFFSET ?), 0)")
                                  : QString();
    const QVariantList windowValues =
        newest ? QVariantList{threadId, threadId, std::max(0, *newest - 1)} : QVariantList{threadId};
    QHash<QString, QList<MessageAttachment>> attachments;
    if (QSqlQuery *q = m_db.select(
            QStringLiteral(
                "SELECT a.message_id, a.kind, a.media_id, a.name, a.thumb_url, a.medium_url,"
                " a.full_url, a.content_type FROM message_attachments a WHERE a.thread_id = ?"
                " AND a.message_id IN (SELECT id FROM thread_messages WHERE thread_id = ?%1)"
                " ORDER BY a.message_id, a.seq")
                .arg(window),
            QVariantList{threadId} + windowValues)) {
        while (q->next())
            attachments[q->value(0).toString()] << MessageAttachment{
                kindOf(q->value(1).toString()), q->value(2).toString(), q->value(3).toString(),
                q->value(4).toString(),         q->value(5).toString(), q->value(6).toString(),
                q->value(7).toString()};
        q->finish();
    }
    QList<ThreadMessage> list;
    if (QSqlQuery *q = m_db.select(
            QStringLiteral("SELECT id, text, written_by, date, from_parent FROM thread_messages"
                           " WHERE thread_id = ?%1 ORDER BY seq")
                .arg(window),
            windowValues)) {
        while (q->next()) {
            ThreadMessage m;
            m.id = q->value(0).toString();
            m.text = q->value(1).toString();
            m.writtenBy = q->value(2).toString();
            m.date = q->value(3).toLongLong();
            m.fromParent = q->value(4).toBool();
            m.attachments = attachments.value(m.id);
            list << m;
        }
        q->finish();
    }
    return list;
}

std::optional<MessageAttachment> MessageStore::file(const QString &threadId,
                                                    const QString &messageId,
                                                    const QString &fileId) const
{
    std::optional<MessageAttachment> found;
    if (QSqlQuery *q = m_db.select(
            QStringLiteral("SELECT name, full_url, content_type FROM message_attachments"
                           " WHERE thread_id = ? AND message_id = ? AND media_id = ? AND kind = 'file'"
                           " ORDER BY seq LIMIT 1"),
            {threadId, messageId, fileId})) {
        if (q->next()) {
            found = MessageAttachment{};
            found->kind = MessageAttachment::Kind::File;
            found->id = fileId;
            found->name = q->value(0).toString();
            found->fullUrl = q->value(1).toString();
            found->contentType = q->value(2).toString();
        }
        q->finish();
    }
    return found;
}

bool MessageStore::hasMessage(const QString &threadId, const QString &messageId) const
{
    return m_db.scalar(QStringLiteral(
                           "SELECT COUNT(*) FROM thread_messages WHERE thread_id = ? AND id = ?"),
                       {threadId, messageId}) > 0;
}

int MessageStore::unreadCount() const
{
    return int(m_db.scalar(QStringLiteral(
        "SELECT COUNT(*) FROM message_threads WHERE unread = 1 AND date > read_date")));
}

QList<MessageThread> MessageStore::unreadFromOrganisation() const
{
    QList<MessageThread> list;
    if (QSqlQuery *q = m_db.select(
            QStringLiteral(
                "SELECT %1 FROM message_threads t WHERE t.unread = 1 AND t.date > t.read_date"
                " AND t.last_from_parent = 0 ORDER BY t.date DESC")
                .arg(threadColumns))) {
        while (q->next())
            list << threadFrom(*q);
        q->finish();
    }
    return list;
}

int MessageStore::threadCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM message_threads")));
}

int MessageStore::messageCount(const QString &threadId) const
{
    return int(m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM thread_messages WHERE thread_id = ?"), {threadId}));
}

} // namespace nestje
