// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include "shell/SessionBinding.h"

#include <QObject>
#include <QUrl>

namespace nestje {

class Session;

// What Berichten's pages call to write (created in QML: `MessageWriter { session: App.session }`):
// a reply, a new message, and the read mark when a conversation is opened. Each goes through
// the one write path (sync/Writes): stored on this device first, shown at once as being sent,
// never lost offline, on a crash or an expired session; a refusal keeps the portal's reason for
// retry or discard. Attached photos are copied next to the cache first (the originals may move
// before their upload's turn).
class MessageWriter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nestje::Session *session READ session WRITE setSession NOTIFY sessionChanged)
public:
    explicit MessageWriter(QObject *parent = nullptr);

    Session *session() const { return m_binding.session(); }
    void setSession(Session *session);

    // Why this cannot be sent, or "" when it can. `subject` is checked for a new message only
    // (pass `newMessage`).
    Q_INVOKABLE QString problem(bool newMessage, const QString &subject, const QString &text,
                                const QList<QUrl> &files) const;
    // Stores the reply and starts sending; false (and writeFailed) when it could not be stored.
    Q_INVOKABLE bool reply(const QString &threadId, const QString &text,
                           const QList<QUrl> &files = {});
    // "Bericht schrijven" about `childId`; `groupId` "" when the child is in one group.
    Q_INVOKABLE bool start(const QString &childId, const QString &groupId, const QString &subject,
                           const QString &text, const QList<QUrl> &files = {});
    // The parent opened the conversation: read here at once, and on the portal through the
    // write path (so the web portal and the counters agree, also when sent later).
    Q_INVOKABLE void markRead(const QString &threadId);
    Q_INVOKABLE void retry(qint64 writeId);
    Q_INVOKABLE void discard(qint64 writeId);

    static constexpr int maxSubject = 200;
    static constexpr int maxText = 10000;
    static constexpr int maxFiles = 20;

signals:
    void sessionChanged();
    // Stored for sending (the form can clear its draft).
    void written(qint64 writeId);
    void writeFailed(const QString &reason);

private:
    void submitWithCopies(const QString &kind, const QVariantMap &payload,
                          const QList<QUrl> &files);
    bool submit(const QString &kind, const QVariantMap &payload, const QStringList &files);

    SessionBinding m_binding;
};

} // namespace nestje
