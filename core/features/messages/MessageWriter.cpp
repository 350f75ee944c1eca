// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/MessageWriter.h"

#include "accounts/AccountSession.h"
#include "features/messages/MessageStore.h"
#include "features/messages/MessageWrites.h"
#include "features/timeline/DiaryWrite.h"
#include "shell/Session.h"
#include "sync/Writes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QPointer>
#include <QThreadPool>
#include <QUuid>

namespace nestje {

MessageWriter::MessageWriter(QObject *parent)
    : QObject(parent)
    , m_binding(
          {}, [] {}, this)
{
}

void MessageWriter::setSession(Session *session)
{
    if (m_binding.setSession(session))
        emit sessionChanged();
}

QString MessageWriter::problem(bool newMessage, const QString &subject, const QString &text,
                               const QList<QUrl> &files) const
{
    // The portal's own rules (X12, X13), said before it has to refuse.
    if (newMessage && subject.trimmed().isEmpty())
        return tr("Fill in a subject.");
    if (newMessage && subject.trimmed().size() > maxSubject)
        return tr("The subject is too long: at most %1 characters.").arg(maxSubject);
    if (text.trimmed().isEmpty())
        return tr("Type your message first.");
    if (text.size() > maxText)
        return tr("Your message is too long: at most %1 characters.").arg(maxText);
    if (files.size() > maxFiles)
        return tr("Add at most %1 photos.").arg(maxFiles);
    for (const QUrl &url : files) {
        if (!DiaryWrite::contentTypeOf(url.toLocalFile()).startsWith("image/"))
            return tr("%1 is not a photo.").arg(url.fileName());
    }
    return {};
}

bool MessageWriter::reply(const QString &threadId, const QString &text, const QList<QUrl> &files)
{
    const QString reason = problem(false, {}, text, files);
    if (!reason.isEmpty() || threadId.isEmpty() || !m_binding.account()) {
        emit writeFailed(reason.isEmpty() ? tr("The message cannot be sent right now.") : reason);
        return false;
    }
    submitWithCopies(
        QString::fromLatin1(MessageReplyWrite::name),
        {{QStringLiteral("threadId"), threadId}, {QStringLiteral("text"), text.trimmed()}}, files);
    return true;
}

bool MessageWriter::start(const QString &childId, const QString &groupId, const QString &subject,
                          const QString &text, const QList<QUrl> &files)
{
    const QString reason = problem(true, subject, text, files);
    if (!reason.isEmpty() || childId.isEmpty() || !m_binding.account()) {
        emit writeFailed(reason.isEmpty() ? tr("Choose the child this message is about.") : reason);
        return false;
    }
    submitWithCopies(QString::fromLatin1(NewMessageWrite::name),
                     {{QStringLiteral("childId"), childId},
                      {QStringLiteral("groupId"), groupId},
                      {QStringLiteral("subject"), subject.trimmed()},
                      {QStringLiteral("text"), text.trimmed()}},
                     files);
    return true;
}

void MessageWriter::markRead(const QString &threadId)
{
    AccountSession *account = m_binding.account();
    if (!account || !account->writes() || threadId.isEmpty())
        return;
    // Only what the portal still counts as unread needs its read mark.
    if (MessageStore(*account->database()).markRead(threadId))
        account->writes()->submit(QString::fromLatin1(MessageReadWrite::name),
                                  {{QStringLiteral("threadId"), threadId}});
}

void MessageWriter::retry(qint64 writeId)
{
    if (AccountSession *account = m_binding.account(); account && account->writes())
        account->writes()->retry(writeId);
}

void MessageWriter::discard(qint64 writeId)
{
    if (AccountSession *account = m_binding.account(); account && account->writes())
        account->writes()->discard(writeId);
}

void MessageWriter::submitWithCopies(const QString &kind, const QVariantMap &payload,
                                     const QList<QUrl> &files)
{
    if (files.isEmpty()) {
        submit(kind, payload, {});
        return;
    }
    QStringList sources;
    for (const QUrl &url : files)
        sources << (url.isLocalFile() ? url.toLocalFile() : url.toString());
    const QString directory = m_binding.account()->cacheDirectory() + QStringLiteral("/outgoing");
    QPointer<MessageWriter> self(this);
    // Copied off the UI thread: photos are megabytes.
    QThreadPool::globalInstance()->start([self, sources, directory, kind, payload] {
        QStringList copies;
        QString failure;
        QDir().mkpath(directory);
        for (const QString &source : sources) {
            const QString copy = directory + QLatin1Char('/') +
                                 QUuid::createUuid().toString(QUuid::WithoutBraces) +
                                 QLatin1Char('.') + QFileInfo(source).suffix().toLower();
            if (!QFile::copy(source, copy)) {
                failure = QFileInfo(source).fileName();
                break;
            }
            copies << copy;
        }
        QMetaObject::invokeMethod(qApp, [self, copies, failure, kind, payload] {
            if (!self || !failure.isEmpty()) {
                for (const QString &copy : copies)
                    QFile::remove(copy);
                if (self)
                    emit self->writeFailed(tr("%1 could not be read.").arg(failure));
                return;
            }
            self->submit(kind, payload, copies);
        });
    });
}

bool MessageWriter::submit(const QString &kind, const QVariantMap &payload,
                           const QStringList &files)
{
    AccountSession *account = m_binding.account();
    const qint64 id =
        account && account->writes()
            ? account->writes()->submit(kind, QJsonObject::fromVariantMap(payload), files)
            : 0;
    if (!id) {
        for (const QString &file : files)
            QFile::remove(file);
        emit writeFailed(
            tr("The message could not be stored on this device. Nothing was sent; try again."));
        return false;
    }
    emit written(id);
    return true;
}

} // namespace nestje
