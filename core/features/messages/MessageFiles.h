// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Session.h"
#include "shell/SessionBinding.h"

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QVariantMap>

#include <functional>

namespace nestje {

class AccountSession;

// The files of a conversation (a letter, a form; its photos are media and open in the viewer):
// a tap fetches one once into the account's cache (media/FileDownload: private to the user),
// then the system's viewer opens it, from then on also offline. An expired or moved link is
// renewed the way the media cache renews a message's photo: the conversation's messages again
// (P7), then one more try. Created where the conversation is shown:
//
//     MessageFiles { id: files; session: App.session; threadId: view.threadId }
//     files.open(messageId, fileId)
class MessageFiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nestje::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString threadId READ threadId WRITE setThreadId NOTIFY threadIdChanged)
    // The files asked for since: keyOf(messageId, fileId) -> {busy, offline, error}, where
    // `error` is the translated reason the last try failed ("" when it did not).
    Q_PROPERTY(QVariantMap states READ states NOTIFY statesChanged)
public:
    explicit MessageFiles(QObject *parent = nullptr);

    Session *session() const { return m_binding.session(); }
    void setSession(Session *session);
    QString threadId() const { return m_threadId; }
    void setThreadId(const QString &threadId);
    QVariantMap states() const { return m_states; }

    // Opens the file from this device, fetching it first when it is not here yet.
    Q_INVOKABLE void open(const QString &messageId, const QString &fileId);

    static QString keyOf(const QString &messageId, const QString &fileId);
    // Where the file lives on this device (it may not be there yet).
    // The folder in the account's cache that holds them (media/KeptFiles).
    static constexpr auto folder = "message-files";
    static QString pathOf(const QString &cacheDirectory, const QString &messageId,
                          const QString &fileId, const QString &fileName);

signals:
    void sessionChanged();
    void threadIdChanged();
    void statesChanged();
    void opened(const QString &key, const QString &path);
    void failed(const QString &key, const QString &reason);

private:
    void fetch(const QString &threadId, const QString &messageId, const QString &fileId,
               bool renewed);
    // P7 again (fresh links into the store), then `then()`; a failure ends the try.
    void renewLinks(const QString &key, const QString &threadId, std::function<void()> then);
    void setState(const QString &key, bool busy, bool offline, const QString &error = {});
    void fail(const QString &key, const QString &reason);
    // Announces the file at `path` and opens it in the system's viewer (or says none can).
    void showOnDevice(const QString &key, const QString &path);

    SessionBinding m_binding;
    QString m_threadId;
    QVariantMap m_states;
};

} // namespace nestje
