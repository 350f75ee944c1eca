// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/WriteStore.h"

#include "db/Database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace nestje {

namespace {
constexpr char columns[] =
    "id, kind, payload, files, state, step, results, error_text, created_at, key";

PendingWrite::State stateFrom(const QString &text)
{
    if (text == QLatin1String("sent"))
        return PendingWrite::State::Sent;
    if (text == QLatin1String("failed"))
        return PendingWrite::State::Failed;
    return PendingWrite::State::Sending;
}

PendingWrite writeFrom(const QSqlQuery &q)
{
    PendingWrite write;
    write.id = q.value(0).toLongLong();
    write.kind = q.value(1).toString();
    write.payload = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
    write.files = q.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    write.state = stateFrom(q.value(4).toString());
    write.step = q.value(5).toInt();
    write.results = QJsonDocument::fromJson(q.value(6).toByteArray()).array();
    write.errorText = q.value(7).toString();
    write.createdAt = q.value(8).toLongLong();
    write.key = q.value(9).toString();
    return write;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
} // namespace

bool WriteStore::isOpen() const
{
    return m_db.isOpen();
}

qint64 WriteStore::insert(const QString &kind, const QJsonObject &payload, const QStringList &files,
                          const QString &key)
{
    QSqlQuery *q = m_db.select(
        QStringLiteral("INSERT INTO writes (kind, payload, files, key, state, created_at)"
                       " VALUES (?, ?, ?, ?, 'sending', ?)"),
        {kind, compact(payload),
         files.isEmpty() ? QStringLiteral("") : files.join(QLatin1Char('\n')), key,
         QDateTime::currentMSecsSinceEpoch()});
    return q ? q->lastInsertId().toLongLong() : 0;
}

std::optional<PendingWrite> WriteStore::write(qint64 id) const
{
    QSqlQuery *q = m_db.select(
        QStringLiteral("SELECT %1 FROM writes WHERE id = ?").arg(QLatin1String(columns)), {id});
    if (!q || !q->next())
        return std::nullopt;
    PendingWrite result = writeFrom(*q);
    q->finish();
    return result;
}

QList<PendingWrite> WriteStore::ofKind(const QString &kind) const
{
    QList<PendingWrite> writes;
    if (!m_db.isOpen())
        return writes;
    QSqlQuery *q =
        m_db.select(QStringLiteral("SELECT %1 FROM writes WHERE kind = ? ORDER BY id DESC")
                        .arg(QLatin1String(columns)),
                    {kind});
    while (q && q->next())
        writes << writeFrom(*q);
    if (q)
        q->finish();
    return writes;
}

QList<PendingWrite> WriteStore::interrupted() const
{
    QList<PendingWrite> waiting;
    if (QSqlQuery *q = m_db.select(
            QStringLiteral("SELECT %1 FROM writes WHERE state = 'sending' AND outbox_item IS NULL")
                .arg(QLatin1String(columns)))) {
        while (q->next())
            waiting << writeFrom(*q);
        q->finish();
    }
    return waiting;
}

QList<PendingWrite> WriteStore::sent() const
{
    QList<PendingWrite> sent;
    if (QSqlQuery *q = m_db.select(QStringLiteral("SELECT %1 FROM writes WHERE state = 'sent'")
                                       .arg(QLatin1String(columns)))) {
        while (q->next())
            sent << writeFrom(*q);
        q->finish();
    }
    return sent;
}

std::optional<PendingWrite> WriteStore::byOutboxItem(qint64 item) const
{
    QSqlQuery *q = m_db.select(
        QStringLiteral("SELECT %1 FROM writes WHERE outbox_item = ?").arg(QLatin1String(columns)),
        {item});
    if (!q || !q->next())
        return std::nullopt;
    PendingWrite write = writeFrom(*q);
    q->finish();
    return write;
}

qint64 WriteStore::outboxItem(qint64 id) const
{
    return m_db.scalar(QStringLiteral("SELECT outbox_item FROM writes WHERE id = ?"), {id});
}

void WriteStore::markSent(qint64 id)
{
    m_db.exec(
        QStringLiteral(
            "UPDATE writes SET state = 'sent', outbox_item = NULL, error_text = NULL WHERE id = ?"),
        {id});
}

void WriteStore::markFailed(qint64 id, const QString &errorText)
{
    m_db.exec(QStringLiteral("UPDATE writes SET state = 'failed', error_text = ? WHERE id = ?"),
              {errorText, id});
}

void WriteStore::markSending(qint64 id)
{
    m_db.exec(QStringLiteral("UPDATE writes SET state = 'sending', error_text = NULL WHERE id = ?"),
              {id});
}

void WriteStore::setOutboxItem(qint64 id, qint64 item)
{
    m_db.exec(QStringLiteral("UPDATE writes SET outbox_item = ? WHERE id = ?"), {item, id});
}

bool WriteStore::advance(qint64 id, int step, const QJsonArray &results)
{
    return m_db.exec(
        QStringLiteral("UPDATE writes SET step = ?, results = ?, outbox_item = NULL WHERE id = ?"),
        {step, compact(results), id});
}

void WriteStore::remove(qint64 id)
{
    m_db.exec(QStringLiteral("DELETE FROM writes WHERE id = ?"), {id});
}

} // namespace nestje
