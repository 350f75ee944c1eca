// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiClient.h"
#include "db/Database.h"

#include <QObject>
#include <QTimer>

namespace nestje {

// The durable queue of everything a parent writes (messages, diary entries, absences,
// requests, settings). An item is stored before anything is sent, carries its own
// Idempotency-Key, and is retried with back-off until the server answers: so nothing typed is
// lost on a network error, a crash or a 401, and nothing is delivered twice.
class Outbox : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
public:
    enum class State { Waiting, Sending, Sent, Failed };
    Q_ENUM(State)

    struct Item
    {
        qint64 id = 0;
        QString kind; // e.g. "reply", "thread", "journal", "absence"
        ApiCall call;
        State state = State::Waiting;
        int attempts = 0;
        QString errorText; // the server's reason, shown to the parent
        QJsonValue result; // the server's payload once sent
    };

    Outbox(ApiClient *api, Database *db, QObject *parent = nullptr);

    // Stores the write and schedules sending. Returns the item id, or 0 when the disk refused
    // (the caller must then keep what the parent typed on screen).
    qint64 enqueue(const QString &kind, const ApiCall &call);
    // Sends whatever is due; call on start, when the network returns and after a login.
    void resume();
    // Makes every waiting item due now (the network came back, the parent logged in again).
    void retryWaitingNow();
    // A failed item, tried again on the parent's request.
    void retry(qint64 id);
    // A failed item the parent chose to throw away.
    void discard(qint64 id);
    // A sent item whose answer has been taken (by Writes): no need to keep it.
    void forget(qint64 id);

    Item item(qint64 id) const;
    QList<Item> items(const QString &kind = {}) const;
    int pendingCount() const;

    static State stateFromString(const QString &text);
    static QString stateToString(State state);
    static int backoffSeconds(int attempts);

signals:
    void changed();
    void itemChanged(qint64 id, nestje::Outbox::State state);

private:
    void sendNext();
    void record(qint64 id, State state, const QString &errorText, const QJsonValue &result, bool countAttempt,
                qint64 nextAttemptAt = 0);
    void scheduleWakeUp();

    ApiClient *m_api;
    Database *m_db;
    QTimer m_wakeUp;
    qint64 m_sending = 0; // the item in flight; one at a time keeps the parent's order
};

} // namespace nestje
