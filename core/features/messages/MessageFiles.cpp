// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/MessageFiles.h"

#include "accounts/AccountSession.h"
#include "features/messages/MessageParser.h"
#include "features/messages/MessageStore.h"
#include "media/FileDownload.h"
#include "net/ApiClient.h"

#include <QFile>
#include <QPointer>
#include <QUrl>

namespace nestje {

MessageFiles::MessageFiles(QObject *parent)
    : QObject(parent)
    , m_binding(
          {},
          [this] {
              // Another account: its files are other files.
              m_states.clear();
              emit statesChanged();
          },
          this)
{
}

void MessageFiles::setSession(Session *session)
{
    if (m_binding.setSession(session))
        emit sessionChanged();
}

void MessageFiles::setThreadId(const QString &threadId)
{
    if (threadId == m_threadId)
        return;
    m_threadId = threadId;
    emit threadIdChanged();
}

QString MessageFiles::keyOf(const QString &messageId, const QString &fileId)
{
    return messageId + QLatin1Char('/') + fileId;
}

QString MessageFiles::pathOf(const QString &cacheDirectory, const QString &messageId,
                             const QString &fileId, const QString &fileName)
{
    // Ids and names come from the portal: only safe characters reach a file name. The name
    // stays last, so the viewer shows it and chooses by its extension.
    return cacheDirectory + QLatin1Char('/') + QLatin1String(folder) +
           QStringLiteral("/%1-%2-%3").arg(filedownload::safeFileName(messageId),
                                     filedownload::safeFileName(fileId),
                                     filedownload::safeFileName(fileName));
}

void MessageFiles::setState(const QString &key, bool busy, bool offline, const QString &error)
{
    m_states.insert(key, QVariantMap{{QStringLiteral("busy"), busy},
                                     {QStringLiteral("offline"), offline},
                                     {QStringLiteral("error"), error}});
    emit statesChanged();
}

void MessageFiles::fail(const QString &key, const QString &reason)
{
    setState(key, false, false, reason);
    emit failed(key, reason);
}

void MessageFiles::showOnDevice(const QString &key, const QString &path)
{
    setState(key, false, true);
    emit opened(key, path);
    if (!filedownload::openOnDevice(path)) {
        // The copy is here (still "available offline"); only the viewer is missing.
        setState(key, false, true, filedownload::noAppText());
        emit failed(key, filedownload::noAppText());
    }
}

void MessageFiles::open(const QString &messageId, const QString &fileId)
{
    AccountSession *account = m_binding.account();
    if (!account || m_threadId.isEmpty())
        return;
    const QString key = keyOf(messageId, fileId);
    if (m_states.value(key).toMap().value(QStringLiteral("busy")).toBool())
        return;
    const std::optional<MessageAttachment> file =
        MessageStore(*account->database()).file(m_threadId, messageId, fileId);
    if (!file)
        return fail(key, tr("This file is no longer in the conversation."));
    const QString path = pathOf(account->cacheDirectory(), messageId, fileId, file->name);
    if (QFile::exists(path)) {
        showOnDevice(key, path);
        return;
    }
    setState(key, true, false);
    fetch(m_threadId, messageId, fileId, false);
}

void MessageFiles::fetch(const QString &threadId, const QString &messageId, const QString &fileId,
                         bool renewed)
{
    const QString key = keyOf(messageId, fileId);
    AccountSession *account = m_binding.account();
    if (!account)
        return;
    const std::optional<MessageAttachment> file =
        MessageStore(*account->database()).file(threadId, messageId, fileId);
    if (!file)
        return fail(key, tr("This file is no longer in the conversation."));
    const QUrl url(file->fullUrl);
    const auto again = [this, threadId, messageId, fileId] {
        fetch(threadId, messageId, fileId, true);
    };
    if (!renewed && filedownload::linkExpired(url))
        return renewLinks(key, threadId, again);
    const QString path = pathOf(account->cacheDirectory(), messageId, fileId, file->name);
    const QString contentType = file->contentType;
    QPointer<AccountSession> session(account);
    filedownload::download(
        this, *account, url, path, contentType,
        [this, key, threadId, path, renewed, again, session](const filedownload::Outcome &outcome) {
            if (!session || session != m_binding.account())
                return; // another account now: its own files
            using Result = filedownload::Outcome::Result;
            if (outcome.ok()) {
                showOnDevice(key, path);
            } else if (outcome.linkFailed() && !renewed) {
                renewLinks(key, threadId, again);
            } else if (outcome.offline()) {
                fail(key, tr("No connection: this file is not on this device yet."));
            } else if (outcome.result == Result::Refused &&
                       (outcome.httpStatus == 404 || outcome.httpStatus == 410)) {
                fail(key, tr("The portal no longer has this file."));
            } else if (outcome.result == Result::Refused) {
                fail(key,
                     tr("The portal did not give the file (HTTP %1).").arg(outcome.httpStatus));
            } else if (outcome.result == Result::NotTheFile) {
                fail(key, tr("The portal sent something other than this file."));
            } else {
                fail(key, tr("The file could not be stored on this device."));
            }
        });
}

void MessageFiles::renewLinks(const QString &key, const QString &threadId,
                              std::function<void()> then)
{
    AccountSession *account = m_binding.account();
    if (!account)
        return;
    ApiCall call;
    call.path =
        QStringLiteral("/restservices-parent/logbook/details/%1/summary/true").arg(threadId);
    QPointer<AccountSession> session(account);
    account->api()->send(
        call, this,
        [this, key, threadId, session, then = std::move(then)](const ApiResult &result) {
            if (!session || session != m_binding.account())
                return;
            if (!result.ok()) {
                fail(key, result.error.isTransient()
                              ? tr("No connection: this file is not on this device yet.")
                              : tr("The portal no longer has this file."));
                return;
            }
            MessageStore(*session->database())
                .storeDetails(parseThreadDetails(threadId, result.payload));
            then();
        });
}

} // namespace nestje
