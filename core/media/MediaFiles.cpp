#include "media/MediaFiles.h"

#include "media/ExifWriter.h"
#include "media/MediaLibrary.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

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
    const QJsonObject media = cache->mediaJson(mediaId);
    const bool video = media.value(QLatin1String("mediaType")).toString() == QLatin1String("video");
    QString childName;
    QSqlQuery *q = m_db->select(QStringLiteral("SELECT c.first_name FROM photo_children pc JOIN children c ON c.id = pc.child_id"
                                               " WHERE pc.photo_id = ? ORDER BY c.position LIMIT 1"),
                                {mediaId});
    if (q && q->next())
        childName = q->value(0).toString();
    if (q)
        q->finish();
    qint64 dateMs = qint64(media.value(QLatin1String("date")).toDouble());
    if (!dateMs) {
        q = m_db->select(QStringLiteral("SELECT date FROM photos WHERE id = ?"), {mediaId});
        dateMs = q && q->next() ? q->value(0).toLongLong() : 0;
        if (q)
            q->finish();
    }
    const QDateTime taken = QDateTime::fromMSecsSinceEpoch(dateMs);
    const QString description = media.value(QLatin1String("description")).toString();
    const QString target = targetPath(saveDirectory(), childName, taken.date(), mediaId, video ? QStringLiteral("avi") : QStringLiteral("jpg"));
    QPointer<MediaFiles> self(this);
    cache->fetch(mediaId, QStringLiteral("full"), [self, mediaId, target, taken, description, video](const QString &path, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            emit self->downloadFailed(mediaId, error);
            return;
        }
        // Copying and EXIF off the UI thread: a video is megabytes.
        QThreadPool::globalInstance()->start([self, mediaId, path, target, taken, description, video] {
            QString failure;
            QFile source(path);
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (!source.open(QIODevice::ReadOnly)) {
                failure = source.errorString();
            } else {
                QByteArray bytes = source.readAll();
                if (!video)
                    bytes = jpegWithExif(bytes, taken, description);
                QSaveFile out(target);
                if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
                    failure = out.errorString();
            }
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
