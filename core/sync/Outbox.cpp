// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Outbox.h"

#include "sync/OutboxStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOutbox, "nestje.outbox")

namespace nestje {

Outbox::Outbox(ApiClient *api, Database *db, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_db(db)
{
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &Outbox::resume);
    // An item caught "sending" by a crash may or may not have arrived; its Idempotency-Key
    // makes sending it again safe, so it simply waits again.
    OutboxStore(*m_db).resetSending();
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
    const qint64 id = OutboxStore(*m_db).insert(kind, call, key);
    if (id == 0)
        return 0;
    emit itemChanged(id, State::Waiting);
    emit changed();
    QMetaObject::invokeMethod(this, &Outbox::resume, Qt::QueuedConnection);
    return id;
}

Outbox::Item Outbox::item(qint64 id) const
{
    return OutboxStore(*m_db).item(id);
}

QList<Outbox::Item> Outbox::items(const QString &kind) const
{
    return OutboxStore(*m_db).items(kind);
}

int Outbox::pendingCount() const
{
    return OutboxStore(*m_db).pendingCount();
}

void Outbox::resume()
{
    if (m_sending == 0)
        sendNext();
}

void Outbox::retryWaitingNow()
{
    OutboxStore(*m_db).makeWaitingDue();
    resume();
}

void Outbox::retry(qint64 id)
{
    OutboxStore(*m_db).retryFailed(id);
    emit itemChanged(id, State::Waiting);
    emit changed();
    resume();
}

void Outbox::discard(qint64 id)
{
    OutboxStore(*m_db).discardFailed(id);
    emit changed();
}

void Outbox::forget(qint64 id)
{
    OutboxStore(*m_db).forgetSent(id);
}

void Outbox::sendNext()
{
    const std::optional<Item> due = OutboxStore(*m_db).nextDue(QDateTime::currentMSecsSinceEpoch());
    if (!due) {
        scheduleWakeUp();
        return;
    }
    const Item next = *due;
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
    OutboxStore(*m_db).record(id, state, errorText, result, countAttempt, nextAttemptAt);
    emit itemChanged(id, state);
    emit changed();
}

void Outbox::scheduleWakeUp()
{
    const qint64 next = OutboxStore(*m_db).nextAttemptAt();
    if (next <= 0) {
        m_wakeUp.stop();
        return;
    }
    m_wakeUp.start(int(std::clamp<qint64>(next - QDateTime::currentMSecsSinceEpoch(), 0, 300000)));
}

} // namespace nestje
