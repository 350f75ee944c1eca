// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaFiles.h"

#include "media/PhotoMetadata.h"
#include "media/MediaLibrary.h"
#include "media/MediaStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThreadPool>

#include <cstdio>

namespace nestje {

MediaFiles::MediaFiles(MediaLibrary *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
}

void MediaFiles::setSource(Database *db, const QString &accountId)
{
    m_db = db;
    m_accountId = accountId;
}

QString MediaFiles::saveDirectory() const
{
    if (!m_saveDirectory.isEmpty())
        return m_saveDirectory;
    return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + QStringLiteral("/Nestje");
}

void MediaFiles::setSaveDirectory(const QString &directory)
{
    if (directory == m_saveDirectory)
        return;
    m_saveDirectory = directory;
    emit saveDirectoryChanged();
}

QString MediaFiles::targetPath(const QString &directory, const QString &childName, const QDate &day,
                               const QString &mediaId, const QString &extension)
{
    QString kind = childName.isEmpty() ? QStringLiteral("Nestje") : childName;
    QString id = mediaId;
    for (QString *part : {&kind, &id}) {
        for (QChar &c : *part) {
            if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') || c.category() == QChar::Other_Control)
                c = QLatin1Char('_');
        }
    }
    return QStringLiteral("%1/%2/%3_%4.%5").arg(directory, kind, day.toString(Qt::ISODate), id, extension);
}

void MediaFiles::download(const QString &mediaId)
{
    MediaCache *cache = m_library ? m_library->cache(m_accountId) : nullptr;
    if (!cache || !m_db) {
        emit downloadFailed(mediaId, tr("Downloading is not possible right now."));
        return;
    }
    const StoredMedia facts = cache->media(mediaId).value_or(StoredMedia{});
    const bool video = facts.video;
    // Filed under the child: the first tagged in a timeline photo, or the one a conversation is
    // about.
    const QString childName =
        facts.threadId.isEmpty() ? MediaStore(*m_db).firstChildName(mediaId) : facts.childName;
    const qint64 dateMs = facts.date;
    // The portal's calendar, not this device's: the file name's day and the EXIF time are
    // Amsterdam's, so a photo of 23:30 is filed under its own day on a laptop set to UTC.
    const QDateTime taken = portalLocalTime(dateMs);
    const QString description = facts.description;
    const QString directory = saveDirectory();
    QPointer<MediaFiles> self(this);
    cache->fetch(mediaId, QStringLiteral("full"), [=](const QString &path, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            emit self->downloadFailed(mediaId, error);
            return;
        }
        // Copying and EXIF off the UI thread: a video is megabytes.
        QThreadPool::globalInstance()->start([=] {
            QString target;
            const QString failure = saveCopy(path, directory, childName, taken, mediaId, description, video, &target);
            QMetaObject::invokeMethod(qApp, [self, mediaId, target, failure] {
                if (!self)
                    return;
                if (failure.isEmpty())
                    emit self->downloaded(mediaId, target);
                else
                    emit self->downloadFailed(mediaId, tr("Could not save in %1: %2").arg(QFileInfo(target).absolutePath(), failure));
            });
        });
    });
}

QString MediaFiles::fileExtension(const QString &path, bool video)
{
    // What the bytes are decides, not the card: the portal serves Motion-JPEG AVI clips today
    // and may serve MP4 tomorrow.
    QFile file(path);
    QByteArray head;
    if (file.open(QIODevice::ReadOnly))
        head = file.read(16);
    if (head.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("jpg");
    if (head.startsWith("\x89PNG"))
        return QStringLiteral("png");
    if (head.startsWith("RIFF") && head.mid(8, 4) == "AVI ")
        return QStringLiteral("avi");
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return QStringLiteral("webp");
    if (head.mid(4, 4) == "ftyp")
        return head.mid(8, 2) == "qt" ? QStringLiteral("mov") : QStringLiteral("mp4");
    if (head.startsWith("GIF8"))
        return QStringLiteral("gif");
    if (head.startsWith("%PDF"))
        return QStringLiteral("pdf");
    return video ? QStringLiteral("mp4") : QStringLiteral("jpg");
}

QString MediaFiles::saveCopy(const QString &source, const QString &directory, const QString &childName,
                             const QDateTime &taken, const QString &mediaId, const QString &description, bool video,
                             QString *savedAs)
{
    const QString target = targetPath(directory, childName, taken.date(), mediaId, fileExtension(source, video));
    *savedAs = target;
    const QFileInfo targetInfo(target);
    QDir().mkpath(targetInfo.absolutePath());
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return in.errorString();
    // A hidden temporary file beside the target; it gets the final name only when complete,
    // tagged and dated, so no half-written file ever carries it.
    QTemporaryFile out(targetInfo.absolutePath() + QStringLiteral("/.") + targetInfo.fileName() + QStringLiteral(".XXXXXX"));
    if (!out.open())
        return out.errorString();
    for (;;) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty())
            break;
        if (out.write(chunk) != chunk.size())
            return out.errorString();
    }
    if (in.error() != QFileDevice::NoError)
        return in.errorString();
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    out.close();
    const QString temp = out.fileName();
    if (targetInfo.suffix() == QLatin1String("jpg")) {
        QString exifError;
        if (!writePhotoMetadata(temp, taken, description, &exifError))
            qWarning() << "nestje: no EXIF for" << mediaId << exifError; // the photo itself still counts
    }
    QFile dated(temp);
    if (!dated.open(QIODevice::ReadWrite | QIODevice::ExistingOnly)
        || !dated.setFileTime(taken.toUTC(), QFileDevice::FileModificationTime))
        qWarning() << "nestje: could not date" << target << dated.errorString();
    dated.close();
    // rename(2) replaces an older download of the same photo in one step.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(target);
        if (!QFile::rename(temp, target))
            return tr("the file could not be renamed");
    }
    out.setAutoRemove(false);
    return {};
}

void MediaFiles::requestFile(const QString &mediaId)
{
    MediaCache *cache = m_library ? m_library->cache(m_accountId) : nullptr;
    if (!cache) {
        emit fileFailed(mediaId, tr("The video is not available right now."));
        return;
    }
    QPointer<MediaFiles> self(this);
    cache->fetch(mediaId, QStringLiteral("full"), [self, mediaId](const QString &path, const QString &error) {
        if (!self)
            return;
        if (error.isEmpty())
            emit self->fileReady(mediaId, QUrl::fromLocalFile(path));
        else
            emit self->fileFailed(mediaId, error);
    });
}

} // namespace nestje
