// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Outbox.h"

#include "net/JsonValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOutbox, "nestje.outbox")

namespace nestje {

namespace {
QString bodyText(const QJsonValue &body)
{
    if (body.isUndefined())
        return {};
    return QString::fromUtf8(body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact));
}

QJsonValue bodyFrom(const QVariant &text)
{
    if (text.isNull() || text.toString().isEmpty())
        return QJsonValue::Undefined;
    const QJsonDocument document = QJsonDocument::fromJson(text.toString().toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

constexpr char itemColumns[] =
    "id, kind, method, path, body, idempotency_key, state, attempts, error_text, result, body_file, content_type";

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

Outbox::Outbox(ApiClient *api, Database *db, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_db(db)
{
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &Outbox::resume);
    // An item caught "sending" by a crash may or may not have arrived; its Idempotency-Key
    // makes sending it again safe, so it simply waits again.
    m_db->exec(QStringLiteral("UPDATE outbox SET state = 'waiting' WHERE state = 'sending'"));
}

Outbox::State Outbox::stateFromString(const QString &text)
{
    if (text == QLatin1String("sending"))
        return State::Sending;
    if (text == QLatin1String("sent"))
        return State::Sent;
    if (text == QLatin1String("failed"))
        return State::Failed;
    return State::Waiting;
}

QString Outbox::stateToString(State state)
{
    switch (state) {
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

int Outbox::backoffSeconds(int attempts)
{
    // 2 s, 4 s, 8 s … capped at 5 minutes, like the back-off real clients use against portals.
    return std::min(300, 1 << std::clamp(attempts, 1, 9));
}

qint64 Outbox::enqueue(const QString &kind, const ApiCall &call)
{
    const QByteArray key = call.idempotencyKey.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
                                                         : call.idempotencyKey;
    QSqlQuery *q = m_db->select(
        QStringLiteral("INSERT INTO outbox (kind, method, path, body, idempotency_key, state, created_at, body_file,"
                       " content_type) VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?, ?)"),
        {kind, QString::fromLatin1(call.method), call.path, bodyText(call.body), QString::fromLatin1(key),
         QDateTime::currentMSecsSinceEpoch(), call.bodyFile.isEmpty() ? QVariant() : QVariant(call.bodyFile),
         call.contentType.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(call.contentType))});
    if (!q)
        return 0;
    const qint64 id = q->lastInsertId().toLongLong();
    emit itemChanged(id, State::Waiting);
    emit changed();
    QMetaObject::invokeMethod(this, &Outbox::resume, Qt::QueuedConnection);
    return id;
}

Outbox::Item Outbox::item(qint64 id) const
{
    QSqlQuery *q = m_db->select(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(itemColumns)), {id});
    return q && q->next() ? itemFrom(*q) : Item{};
}

QList<Outbox::Item> Outbox::items(const QString &kind) const
{
    QList<Item> result;
    QSqlQuery *q = kind.isEmpty()
                       ? m_db->select(QStringLiteral("SELECT %1 FROM outbox ORDER BY id").arg(QLatin1String(itemColumns)))
                       : m_db->select(QStringLiteral("SELECT %1 FROM outbox WHERE kind = ? ORDER BY id")
                                          .arg(QLatin1String(itemColumns)),
                                      {kind});
    while (q && q->next())
        result << itemFrom(*q);
    return result;
}

int Outbox::pendingCount() const
{
    return int(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('waiting', 'sending')")));
}

void Outbox::resume()
{
    if (m_sending == 0)
        sendNext();
}

void Outbox::retryWaitingNow()
{
    m_db->exec(QStringLiteral("UPDATE outbox SET next_attempt_at = 0 WHERE state = 'waiting'"));
    resume();
}

void Outbox::retry(qint64 id)
{
    m_db->exec(QStringLiteral("UPDATE outbox SET state = 'waiting', next_attempt_at = 0, error_text = NULL"
                              " WHERE id = ? AND state = 'failed'"),
               {id});
    emit itemChanged(id, State::Waiting);
    emit changed();
    resume();
}

void Outbox::discard(qint64 id)
{
    m_db->exec(QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = 'failed'"), {id});
    emit changed();
}

void Outbox::forget(qint64 id)
{
    m_db->exec(QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = 'sent'"), {id});
}

void Outbox::sendNext()
{
    QSqlQuery *q = m_db->select(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'waiting' AND next_attempt_at <= ?"
                                               " ORDER BY id LIMIT 1")
                                    .arg(QLatin1String(itemColumns)),
                                {QDateTime::currentMSecsSinceEpoch()});
    if (!q || !q->next()) {
        scheduleWakeUp();
        return;
    }
    const Item next = itemFrom(*q);
    m_sending = next.id;
    record(next.id, State::Sending, {}, QJsonValue::Undefined, false);
    m_api->send(next.call, this, [this, id = next.id, attempts = next.attempts](const ApiResult &result) {
        m_sending = 0;
        if (result.ok()) {
            record(id, State::Sent, {}, result.payload, true);
        } else if (result.error.isTransient()) {
            record(id, State::Waiting, result.error.text(), QJsonValue::Undefined, true,
                   QDateTime::currentMSecsSinceEpoch() + qint64(backoffSeconds(attempts + 1)) * 1000);
            scheduleWakeUp();
            return; // the next items wait too: the parent's order is kept
        } else if (result.error.kind == ApiError::Kind::Unauthorized) {
            // Not the item's fault: it waits until the parent has logged in again.
            record(id, State::Waiting, result.error.text(), QJsonValue::Undefined, false,
                   QDateTime::currentMSecsSinceEpoch() + qint64(backoffSeconds(attempts + 1)) * 1000);
            return;
        } else {
            // Refused by the organisation's rules, or not offered: never retried blindly.
            qCInfo(lcOutbox) << "item" << id << "refused:" << result.error.messageCode << result.error.httpStatus;
            record(id, State::Failed, result.error.text(), QJsonValue::Undefined, true);
        }
        sendNext();
    });
}

void Outbox::record(qint64 id, State state, const QString &errorText, const QJsonValue &result, bool countAttempt,
                    qint64 nextAttemptAt)
{
    m_db->exec(QStringLiteral("UPDATE outbox SET state = ?, error_text = ?, attempts = attempts + ?,"
                              " next_attempt_at = ?, result = COALESCE(?, result),"
                              " sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END WHERE id = ?"),
               {stateToString(state), errorText.isEmpty() ? QVariant() : QVariant(errorText), countAttempt ? 1 : 0,
                nextAttemptAt, result.isUndefined() ? QVariant() : QVariant(bodyText(result)), stateToString(state),
                QDateTime::currentMSecsSinceEpoch(), id});
    emit itemChanged(id, state);
    emit changed();
}

void Outbox::scheduleWakeUp()
{
    const qint64 next = m_db->scalar(QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'waiting'"));
    if (next <= 0) {
        m_wakeUp.stop();
        return;
    }
    m_wakeUp.start(int(std::clamp<qint64>(next - QDateTime::currentMSecsSinceEpoch(), 0, 300000)));
}

} // namespace nestje
