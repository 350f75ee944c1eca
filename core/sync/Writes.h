// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiClient.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace nestje {

class Database;
class Outbox;

// A write the parent made, kept on this device until the portal has it.
struct PendingWrite
{
    enum class State { Sending, Sent, Failed };

    qint64 id = 0;
    QString kind;        // "diary", "reply", "absence" …: which WriteKind builds its steps
    QJsonObject payload; // what the parent typed and chose, as the feature's write builder wants it
    QStringList files;   // local copies of attached photos and videos, sent as uploads
    State state = State::Sending;
    int step = 0;        // the step being sent
    QJsonArray results;  // the portal's answer to each step done so far
    QString errorText;   // the portal's reason when it refused, shown as is
    qint64 createdAt = 0;
    QString key;         // the write's Idempotency-Key; step n sends "<key>:<n>"
};

// How a feature turns one kind of write into requests. A write has one step (a reply) or
// several (the uploads of its photos, then the diary entry with their ids); each step gets its
// own Idempotency-Key, derived from the write's, so a retry never writes twice.
class WriteKind
{
public:
    virtual ~WriteKind() = default;
    virtual QString kind() const = 0;
    // The request of step `step`, given the results of the earlier steps; nullopt when the
    // write is complete.
    virtual std::optional<ApiCall> step(const PendingWrite &write, int step) const = 0;
    // Whether a sent write can leave the list of pending ones (the synced data now shows it).
    virtual bool delivered(Database &db, const PendingWrite &write) const = 0;
    // Whether the feature's data is synced once the write is in. A read mark applies its result
    // on this device before it is sent, so a sync would only cost requests.
    virtual bool syncAfter() const { return true; }
};

// The one local-first write path. A feature submits a write; it is stored before anything is
// sent (so the page shows it at once, "wordt verstuurd"), its steps go through the Outbox one
// after the other (retried with back-off, never lost on a crash or an expired session), a
// refusal keeps the portal's reason for the parent to read, and the parent can retry or
// discard. When the last step is in, a sync brings the result into the feature's store.
class Writes : public QObject
{
    Q_OBJECT
public:
    Writes(Database *db, Outbox *outbox, QObject *parent = nullptr);
    ~Writes() override;

    void addKind(std::unique_ptr<WriteKind> kind);

    // Stores the write and starts sending; 0 when the disk refused (the form keeps its text).
    qint64 submit(const QString &kind, const QJsonObject &payload, const QStringList &files = {});
    void retry(qint64 id);
    void discard(qint64 id);
    // Writes the synced data now shows leave the list (call after a sync).
    void dropDelivered();

    QList<PendingWrite> pending(const QString &kind) const;
    std::optional<PendingWrite> write(qint64 id) const;

    static QString stateText(PendingWrite::State state);
    bool syncsAfter(const QString &kind) const;

signals:
    // A write of `kind` was added, changed state or left.
    void changed(const QString &kind);
    // The last step of a write is in: the feature's data should be synced now.
    void completed(const QString &kind);

private:
    void onItemChanged(qint64 item, int state);
    void sendStep(const PendingWrite &write);
    void resumeInterrupted();
    bool store(const PendingWrite &write);
    const WriteKind *kindOf(const QString &kind) const;

    Database *m_db;
    QPointer<Outbox> m_outbox;
    std::vector<std::unique_ptr<WriteKind>> m_kinds;
};

} // namespace nestje
