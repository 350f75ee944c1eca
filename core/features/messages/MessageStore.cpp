#include "features/messages/MessageStore.h"

#include "net/JsonValues.h"

#include <QJsonDocument>

namespace nestje {

bool MessageStore::upsertThreads(const QJsonArray &rows, QStringList *changedThreadIds)
{
    return m_db.transaction([&] {
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            const QString id = json::id(row.value(QLatin1String("logMessageMessageId")));
            if (id.isEmpty())
                continue;
            const qint64 date = json::dateMs(row.value(QLatin1String("date")));
            QSqlQuery *known = m_db.select(QStringLiteral("SELECT details_date FROM threads WHERE id = ?"), {id});
            if (!known)
                return false;
            const qint64 detailsDate = known->next() ? known->value(0).toLongLong() : -1;
            if (detailsDate < date && changedThreadIds)
                changedThreadIds->append(id);
            if (!m_db.exec(QStringLiteral("INSERT INTO threads (id, subject, last_message, date, last_written,"
                                          " unread, last_from_parent, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                          " ON CONFLICT(id) DO UPDATE SET subject = excluded.subject,"
                                          " last_message = excluded.last_message, date = excluded.date,"
                                          " last_written = excluded.last_written, unread = excluded.unread,"
                                          " last_from_parent = excluded.last_from_parent, json = excluded.json"),
                           {id, row.value(QLatin1String("subject")).toString(),
                            row.value(QLatin1String("message")).toString(), date,
                            row.value(QLatin1String("lastWritten")).toString(),
                            row.value(QLatin1String("unread")).toBool() ? 1 : 0,
                            row.value(QLatin1String("lastFromParent")).toBool() ? 1 : 0, json::compact(row)}))
                return false;
        }
        return true;
    });
}

bool MessageStore::storeThreadDetails(const QString &threadId, const QJsonObject &details)
{
    return m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM messages WHERE thread_id = ?"), {threadId}))
            return false;
        const QJsonArray messages = details.value(QLatin1String("messages")).toArray();
        qint64 newest = 0;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const QJsonObject m = messages.at(i).toObject();
            const qint64 date = json::dateMs(m.value(QLatin1String("date")));
            newest = std::max(newest, date);
            if (!m_db.exec(QStringLiteral("INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {threadId, int(i), m.value(QLatin1String("writtenBy")).toString(), date,
                            m.value(QLatin1String("message")).toString(),
                            m.value(QLatin1String("childFirstName")).toString(), json::compact(m)}))
                return false;
        }
        const QString subject = details.value(QLatin1String("summary")).toObject().value(QLatin1String("subject")).toString();
        return m_db.exec(QStringLiteral("UPDATE threads SET details_date = MAX(date, ?),"
                                        " subject = COALESCE(NULLIF(?, ''), subject) WHERE id = ?"),
                         {newest, subject, threadId});
    });
}

int MessageStore::threadCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM threads")));
}

int MessageStore::messageCount(const QString &threadId) const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE thread_id = ?"), {threadId}));
}

} // namespace nestje
