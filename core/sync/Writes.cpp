// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Writes.h"

#include "sync/Outbox.h"
#include "sync/WriteStore.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcWrites, "nestje.writes")

namespace nestje {

Writes::Writes(Database *db, Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_outbox(outbox)
{
    connect(m_outbox, &Outbox::itemChanged, this, [this](qint64 item, Outbox::State state) { onItemChanged(item, int(state)); });
    // Kinds are added right after construction; what a crash interrupted goes on after that.
    QMetaObject::invokeMethod(this, &Writes::resumeInterrupted, Qt::QueuedConnection);
}

Writes::~Writes() = default;

void Writes::addKind(std::unique_ptr<WriteKind> kind)
{
    m_kinds.push_back(std::move(kind));
}

bool Writes::syncsAfter(const QString &kind) const
{
    const WriteKind *writeKind = kindOf(kind);
    return !writeKind || writeKind->syncAfter();
}

const WriteKind *Writes::kindOf(const QString &kind) const
{
    for (const auto &k : m_kinds) {
        if (k->kind() == kind)
            return k.get();
    }
    return nullptr;
}

QString Writes::stateText(PendingWrite::State state)
{
    switch (state) {
    case PendingWrite::State::Sending:
        return QStringLiteral("sending");
    case PendingWrite::State::Sent:
        return QStringLiteral("sent");
    case PendingWrite::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

qint64 Writes::submit(const QString &kind, const QJsonObject &payload, const QStringList &files)
{
    if (!kindOf(kind) || !WriteStore(*m_db).isOpen())
        return 0;
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 id = WriteStore(*m_db).insert(kind, payload, files, key);
    if (!id)
        return 0;
    emit changed(kind);
    if (const std::optional<PendingWrite> stored = write(id))
        sendStep(*stored);
    return id;
}

std::optional<PendingWrite> Writes::write(qint64 id) const
{
    return WriteStore(*m_db).write(id);
}

QList<PendingWrite> Writes::pending(const QString &kind) const
{
    return WriteStore(*m_db).ofKind(kind);
}

void Writes::sendStep(const PendingWrite &write)
{
    const WriteKind *kind = kindOf(write.kind);
    if (!kind || !m_outbox)
        return;
    std::optional<ApiCall> call = kind->step(write, write.step);
    if (!call) {
        // Every step is in.
        WriteStore(*m_db).markSent(write.id);
        emit changed(write.kind);
        emit completed(write.kind);
        return;
    }
    // The same key for the same step, whatever happens in between: the portal answers a
    // repeated step with its first answer.
    call->idempotencyKey = (write.key + QLatin1Char(':') + QString::number(write.step)).toLatin1();
    const qint64 item = m_outbox->enqueue(write.kind, *call);
    if (!item) {
        qCWarning(lcWrites) << "write" << write.id << "step" << write.step << "could not be queued";
        return;
    }
    WriteStore(*m_db).setOutboxItem(write.id, item);
}

void Writes::resumeInterrupted()
{
    // Writes caught between two steps (a crash, or an older app version's queue).
    const QList<PendingWrite> waiting = WriteStore(*m_db).interrupted();
    for (const PendingWrite &write : std::as_const(waiting))
        sendStep(write);
}

void Writes::onItemChanged(qint64 item, int stateValue)
{
    const auto state = Outbox::State(stateValue);
    if (state != Outbox::State::Sent && state != Outbox::State::Failed)
        return;
    const std::optional<PendingWrite> found = WriteStore(*m_db).byOutboxItem(item);
    if (!found)
        return;
    PendingWrite write = *found;
    const Outbox::Item done = m_outbox->item(item);
    if (state == Outbox::State::Failed) {
        WriteStore(*m_db).markFailed(write.id, done.errorText);
        emit changed(write.kind);
        return;
    }
    write.results.append(done.result);
    ++write.step;
    if (!WriteStore(*m_db).advance(write.id, write.step, write.results))
        return; // stays "sending" with no item: resumed, under the same key, at the next start
    m_outbox->forget(item);
    sendStep(write);
    emit changed(write.kind);
}

void Writes::retry(qint64 id)
{
    const std::optional<PendingWrite> failed = write(id);
    if (!failed || failed->state != PendingWrite::State::Failed)
        return;
    const qint64 item = WriteStore(*m_db).outboxItem(id);
    WriteStore(*m_db).markSending(id);
    if (item)
        m_outbox->retry(item);
    else
        sendStep(*write(id));
    emit changed(failed->kind);
}

void Writes::discard(qint64 id)
{
    const std::optional<PendingWrite> gone = write(id);
    if (!gone || gone->state == PendingWrite::State::Sending)
        return; // one on its way may already have arrived: it cannot be taken back
    const qint64 item = WriteStore(*m_db).outboxItem(id);
    if (item)
        m_outbox->discard(item);
    for (const QString &file : gone->files)
        QFile::remove(file);
    WriteStore(*m_db).remove(id);
    emit changed(gone->kind);
}

void Writes::dropDelivered()
{
    const QList<PendingWrite> sent = WriteStore(*m_db).sent();
    for (const PendingWrite &write : std::as_const(sent)) {
        const WriteKind *kind = kindOf(write.kind);
        if (!kind || !kind->delivered(*m_db, write))
            continue;
        for (const QString &file : write.files)
            QFile::remove(file);
        WriteStore(*m_db).remove(write.id);
        emit changed(write.kind);
    }
}

} // namespace nestje
