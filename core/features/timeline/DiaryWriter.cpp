// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/DiaryWriter.h"

#include "accounts/AccountSession.h"
#include "db/DraftStore.h"
#include "features/timeline/DiaryWrite.h"
#include "sync/Writes.h"
#include "text/PortalTime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>
#include <QUuid>

namespace nestje {

DiaryWriter::DiaryWriter(QObject *parent)
    : QObject(parent)
{
}

void DiaryWriter::setSession(AccountSession *session)
{
    if (m_session && m_session->writes())
        disconnect(m_session->writes(), nullptr, this, nullptr);
    if (m_session && m_session->sync())
        disconnect(m_session->sync(), nullptr, this, nullptr);
    m_session = session;
    if (m_session && m_session->writes()) {
        connect(m_session->writes(), &Writes::changed, this, [this](const QString &kind) {
            if (kind == QLatin1String(DiaryWrite::name))
                emit changed();
        });
        connect(m_session->sync(), &SyncEngine::capabilitiesChanged, this, &DiaryWriter::changed);
    }
    emit changed();
}

QString DiaryWriter::outgoingDirectory() const
{
    return m_session ? m_session->cacheDirectory() + QStringLiteral("/outgoing") : QString();
}

bool DiaryWriter::videoAllowed() const
{
    return !m_session || !m_session->sync() || m_session->sync()->capabilities().offers(QStringLiteral("video"));
}

QList<DiaryWriter::Entry> DiaryWriter::entries() const
{
    QList<Entry> entries;
    if (!m_session || !m_session->writes())
        return entries;
    for (const PendingWrite &write : m_session->writes()->pending(QString::fromLatin1(DiaryWrite::name))) {
        Entry entry;
        entry.id = write.id;
        entry.childId = write.payload.value(QLatin1String("childId")).toString();
        entry.day = QDate::fromString(write.payload.value(QLatin1String("day")).toString(), Qt::ISODate);
        entry.text = write.payload.value(QLatin1String("text")).toString();
        entry.files = write.files;
        entry.state = Writes::stateText(write.state);
        entry.errorText = write.errorText;
        entry.author = tr("You");
        entries << entry;
    }
    return entries;
}

QString DiaryWriter::dayName(int daysAgo) const
{
    const QDate today = portaltime::today();
    return portaltime::dayLabel(today.addDays(-daysAgo), today);
}

QString DiaryWriter::problem(const QString &text, const QList<QUrl> &files, int daysAgo) const
{
    if (text.trimmed().isEmpty() && files.isEmpty())
        return tr("Write a few words or add a photo.");
    if (text.size() > maxText)
        return tr("The entry is too long: at most %1 characters.").arg(maxText);
    if (files.size() > maxFiles)
        return tr("Add at most %1 photos or videos.").arg(maxFiles);
    if (daysAgo < 0)
        return tr("You can write about today or a day that has been.");
    for (const QUrl &url : files) {
        const QByteArray type = DiaryWrite::contentTypeOf(url.toLocalFile());
        if (!type.startsWith("image/") && !type.startsWith("video/"))
            return tr("%1 is not a photo or a video.").arg(url.fileName());
        if (type.startsWith("video/") && !videoAllowed())
            return tr("%1 is a video; this organisation does not take videos in the diary.").arg(url.fileName());
    }
    return {};
}

bool DiaryWriter::write(const QString &childId, int daysAgo, const QString &text, const QList<QUrl> &files)
{
    const QString reason = problem(text, files, daysAgo);
    if (!m_session || !m_session->writes() || !reason.isEmpty() || childId.isEmpty()) {
        emit writeFailed(reason.isEmpty() ? tr("The diary cannot be written right now.") : reason);
        return false;
    }
    const QDate when = portaltime::today().addDays(-daysAgo);
    if (files.isEmpty())
        return submit(childId, when, text.trimmed(), {});
    // Copy what the parent chose next to the cache first (off the UI thread).
    QStringList sources;
    for (const QUrl &url : files)
        sources << (url.isLocalFile() ? url.toLocalFile() : url.toString());
    const QString directory = outgoingDirectory();
    QPointer<DiaryWriter> self(this);
    QThreadPool::globalInstance()->start([self, sources, directory, childId, when, text] {
        QStringList copies;
        QString failure;
        QDir().mkpath(directory);
        for (const QString &source : sources) {
            const QString copy = directory + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces)
                                 + QLatin1Char('.') + QFileInfo(source).suffix().toLower();
            if (!QFile::copy(source, copy)) {
                failure = QFileInfo(source).fileName();
                break;
            }
            copies << copy;
        }
        QMetaObject::invokeMethod(qApp, [self, copies, failure, childId, when, text] {
            if (!self || !failure.isEmpty()) {
                for (const QString &copy : copies)
                    QFile::remove(copy);
                if (self)
                    emit self->writeFailed(tr("%1 could not be read.").arg(failure));
                return;
            }
            self->submit(childId, when, text.trimmed(), copies);
        });
    });
    return true;
}

bool DiaryWriter::submit(const QString &childId, const QDate &day, const QString &text, const QStringList &files)
{
    const qint64 id = m_session && m_session->writes()
                          ? m_session->writes()->submit(QString::fromLatin1(DiaryWrite::name),
                                                        {{QStringLiteral("childId"), childId},
                                                         {QStringLiteral("day"), day.toString(Qt::ISODate)},
                                                         {QStringLiteral("text"), text}},
                                                        files)
                          : 0;
    if (!id) {
        for (const QString &file : files)
            QFile::remove(file);
        emit writeFailed(tr("The entry could not be stored on this device. Nothing was sent; try again."));
        return false;
    }
    // Stored for sending: what the parent typed is safe in the write now.
    DraftStore(*m_session->database()).remove(draftKey());
    emit written(id);
    return true;
}

void DiaryWriter::retry(qint64 id)
{
    if (m_session && m_session->writes())
        m_session->writes()->retry(id);
}

void DiaryWriter::discard(qint64 id)
{
    if (m_session && m_session->writes())
        m_session->writes()->discard(id);
}

} // namespace nestje
