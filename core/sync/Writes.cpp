// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Writes.h"

#include "db/Database.h"
#include "sync/Outbox.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcWrites, "nestje.writes")

namespace nestje {

namespace {
constexpr char columns[] = "id, kind, payload, files, state, step, results, error_text, created_at, key";

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
    if (!kindOf(kind) || !m_db->isOpen())
        return 0;
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery *q = m_db->select(QStringLiteral("INSERT INTO writes (kind, payload, files, key, state, created_at)"
                                               " VALUES (?, ?, ?, ?, 'sending', ?)"),
                                {kind, compact(payload), files.isEmpty() ? QStringLiteral("") : files.join(QLatin1Char('\n')), key,
                                 QDateTime::currentMSecsSinceEpoch()});
    if (!q)
        return 0;
    const qint64 id = q->lastInsertId().toLongLong();
    emit changed(kind);
    if (const std::optional<PendingWrite> stored = write(id))
        sendStep(*stored);
    return id;
}

std::optional<PendingWrite> Writes::write(qint64 id) const
{
    QSqlQuery *q = m_db->select(QStringLiteral("SELECT %1 FROM writes WHERE id = ?").arg(QLatin1String(columns)), {id});
    if (!q || !q->next())
        return std::nullopt;
    PendingWrite result = writeFrom(*q);
    q->finish();
    return result;
}

QList<PendingWrite> Writes::pending(const QString &kind) const
{
    QList<PendingWrite> writes;
    if (!m_db->isOpen())
        return writes;
    QSqlQuery *q = m_db->select(QStringLiteral("SELECT %1 FROM writes WHERE kind = ? ORDER BY id DESC").arg(QLatin1String(columns)),
                                {kind});
    while (q && q->next())
        writes << writeFrom(*q);
    if (q)
        q->finish();
    return writes;
}

void Writes::sendStep(const PendingWrite &write)
{
    const WriteKind *kind = kindOf(write.kind);
    if (!kind || !m_outbox)
        return;
    std::optional<ApiCall> call = kind->step(write, write.step);
    if (!call) {
        // Every step is in.
        m_db->exec(QStringLiteral("UPDATE writes SET state = 'sent', outbox_item = NULL, error_text = NULL WHERE id = ?"), {write.id});
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
    m_db->exec(QStringLiteral("UPDATE writes SET outbox_item = ? WHERE id = ?"), {item, write.id});
}

void Writes::resumeInterrupted()
{
    // Writes caught between two steps (a crash, or an older app version's queue).
    QList<PendingWrite> waiting;
    if (QSqlQuery *q = m_db->select(QStringLiteral("SELECT %1 FROM writes WHERE state = 'sending' AND outbox_item IS NULL")
                                        .arg(QLatin1String(columns)))) {
        while (q->next())
            waiting << writeFrom(*q);
        q->finish();
    }
    for (const PendingWrite &write : std::as_const(waiting))
        sendStep(write);
}

void Writes::onItemChanged(qint64 item, int stateValue)
{
    const auto state = Outbox::State(stateValue);
    if (state != Outbox::State::Sent && state != Outbox::State::Failed)
        return;
    QSqlQuery *q = m_db->select(QStringLiteral("SELECT %1 FROM writes WHERE outbox_item = ?").arg(QLatin1String(columns)), {item});
    if (!q || !q->next())
        return;
    PendingWrite write = writeFrom(*q);
    q->finish();
    const Outbox::Item done = m_outbox->item(item);
    if (state == Outbox::State::Failed) {
        m_db->exec(QStringLiteral("UPDATE writes SET state = 'failed', error_text = ? WHERE id = ?"), {done.errorText, write.id});
        emit changed(write.kind);
        return;
    }
    write.results.append(done.result);
    ++write.step;
    if (!m_db->exec(QStringLiteral("UPDATE writes SET step = ?, results = ?, outbox_item = NULL WHERE id = ?"),
                    {write.step, compact(write.results), write.id}))
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
    QSqlQuery *q = m_db->select(QStringLiteral("SELECT outbox_item FROM writes WHERE id = ?"), {id});
    const qint64 item = q && q->next() ? q->value(0).toLongLong() : 0;
    if (q)
        q->finish();
    m_db->exec(QStringLiteral("UPDATE writes SET state = 'sending', error_text = NULL WHERE id = ?"), {id});
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
    QSqlQuery *q = m_db->select(QStringLiteral("SELECT outbox_item FROM writes WHERE id = ?"), {id});
    const qint64 item = q && q->next() ? q->value(0).toLongLong() : 0;
    if (q)
        q->finish();
    if (item)
        m_outbox->discard(item);
    for (const QString &file : gone->files)
        QFile::remove(file);
    m_db->exec(QStringLiteral("DELETE FROM writes WHERE id = ?"), {id});
    emit changed(gone->kind);
}

void Writes::dropDelivered()
{
    QList<PendingWrite> sent;
    if (QSqlQuery *q = m_db->select(QStringLiteral("SELECT %1 FROM writes WHERE state = 'sent'").arg(QLatin1String(columns)))) {
        while (q->next())
            sent << writeFrom(*q);
        q->finish();
    }
    for (const PendingWrite &write : std::as_const(sent)) {
        const WriteKind *kind = kindOf(write.kind);
        if (!kind || !kind->delivered(*m_db, write))
            continue;
        for (const QString &file : write.files)
            QFile::remove(file);
        m_db->exec(QStringLiteral("DELETE FROM writes WHERE id = ?"), {write.id});
        emit changed(write.kind);
    }
}

} // namespace nestje
