// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/OutboxStore.h"

#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nestje {

namespace {
QString bodyText(const QJsonValue &body)
{
    if (body.isUndefined())
        return {};
    return QString::fromUtf8(body.isArray()
                                 ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact));
}

QJsonValue bodyFrom(const QVariant &text)
{
    if (text.isNull() || text.toString().isEmpty())
        return QJsonValue::Undefined;
    const QJsonDocument document = QJsonDocument::fromJson(text.toString().toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

constexpr char itemColumns[] = "id, kind, method, path, body, idempotency_key, state, attempts, "
                               "error_text, result, body_file, content_type";

Outbox::Item itemFrom(const QSqlQuery &q)
{
    Outbox::Item item;
    item.id = q.value(0).toLongLong();
    item.kind = q.value(1).toString();
    item.call.method = q.value(2).toByteArray();
    item.call.path = q.value(3).toString();
    item.call.body = bodyFrom(q.value(4));
    item.call.idempotencyKey = q.value(5).toByteArray();
    item.state = Outbox::stateFromString(q.value(6).toString());
    item.attempts = q.value(7).toInt();
    item.errorText = q.value(8).toString();
    item.result = bodyFrom(q.value(9));
    item.call.bodyFile = q.value(10).toString();
    item.call.contentType = q.value(11).toByteArray();
    return item;
}
} // namespace

void OutboxStore::resetSending()
{
    m_db.exec(QStringLiteral("UPDATE outbox SET state = 'waiting' WHERE state = 'sending'"));
}

qint64 OutboxStore::insert(const QString &kind, const ApiCall &call,
                           const QByteArray &idempotencyKey)
{
    QSqlQuery *q =
        m_db.select(QStringLiteral("INSERT INTO outbox (kind, method, path, body, idempotency_key, "
                                   "state, created_at, body_file,"
                                   " content_type) VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?, ?)"),
                    {kind, QString::fromLatin1(call.method), call.path, bodyText(call.body),
                     QString::fromLatin1(idempotencyKey), QDateTime::currentMSecsSinceEpoch(),
                     call.bodyFile.isEmpty() ? QVariant() : QVariant(call.bodyFile),
                     call.contentType.isEmpty() ? QVariant()
                                                : QVariant(QString::fromLatin1(call.contentType))});
    return q ? q->lastInsertId().toLongLong() : 0;
}

Outbox::Item OutboxStore::item(qint64 id) const
{
    QSqlQuery *q = m_db.select(
        QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(itemColumns)), {id});
    return q && q->next() ? itemFrom(*q) : Outbox::Item{};
}

QList<Outbox::Item> OutboxStore::items(const QString &kind) const
{
    QList<Outbox::Item> result;
    QSqlQuery *q =
        kind.isEmpty()
            ? m_db.select(QStringLiteral("SELECT %1 FROM outbox ORDER BY id")
                              .arg(QLatin1String(itemColumns)))
            : m_db.select(QStringLiteral("SELECT %1 FROM outbox WHERE kind = ? ORDER BY id")
                              .arg(QLatin1String(itemColumns)),
                          {kind});
    while (q && q->next())
        result << itemFrom(*q);
    return result;
}

int OutboxStore::pendingCount() const
{
    return int(m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('waiting', 'sending')")));
}

std::optional<Outbox::Item> OutboxStore::nextDue(qint64 now) const
{
    QSqlQuery *q = m_db.select(
        QStringLiteral("SELECT %1 FROM outbox WHERE state = 'waiting' AND next_attempt_at <= ?"
                       " ORDER BY id LIMIT 1")
            .arg(QLatin1String(itemColumns)),
        {now});
    if (!q || !q->next())
        return std::nullopt;
    return itemFrom(*q);
}

qint64 OutboxStore::nextAttemptAt() const
{
    return m_db.scalar(
        QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'waiting'"));
}

void OutboxStore::makeWaitingDue()
{
    m_db.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = 0 WHERE state = 'waiting'"));
}

void OutboxStore::retryFailed(qint64 id)
{
    m_db.exec(
        QStringLiteral("UPDATE outbox SET state = 'waiting', next_attempt_at = 0, error_text = NULL"
                       " WHERE id = ? AND state = 'failed'"),
        {id});
}

void OutboxStore::discardFailed(qint64 id)
{
    m_db.exec(QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = 'failed'"), {id});
}

void OutboxStore::forgetSent(qint64 id)
{
    m_db.exec(QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = 'sent'"), {id});
}

void OutboxStore::record(qint64 id, Outbox::State state, const QString &errorText,
                         const QJsonValue &result, bool countAttempt, qint64 nextAttemptAt)
{
    m_db.exec(
        QStringLiteral("UPDATE outbox SET state = ?, error_text = ?, attempts = attempts + ?,"
                       " next_attempt_at = ?, result = COALESCE(?, result),"
                       " sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END WHERE id = ?"),
        {Outbox::stateToString(state), errorText.isEmpty() ? QVariant() : QVariant(errorText),
         countAttempt ? 1 : 0, nextAttemptAt,
         result.isUndefined() ? QVariant() : QVariant(bodyText(result)),
         Outbox::stateToString(state), QDateTime::currentMSecsSinceEpoch(), id});
}

} // namespace nestje
