// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/archive/ArchiveFile.h"

#include "media/MediaFiles.h"
#include "media/PhotoMetadata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>

namespace nestje {

namespace {
bool setModified(const QString &path, const QDateTime &when)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly) &&
           file.setFileTime(when.toUTC(), QFileDevice::FileModificationTime);
}

// Through the run's memory of made folders when there is one.
bool makeFolder(const ArchivePlacement &p, const QString &path)
{
    return p.madeFolders ? p.madeFolders->make(path) : QDir().mkpath(path);
}

// rename(2): atomic, and it replaces a stale file of the same name in one step.
bool moveInto(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}
} // namespace

bool ArchiveFolders::make(const QString &path)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_made.contains(path))
            return true;
    }
    // Outside the lock: two threads making the same folder at once is harmless for mkpath.
    if (!QDir().mkpath(path))
        return false;
    QMutexLocker lock(&m_mutex);
    m_made.insert(path);
    return true;
}

void ArchiveFolders::forget(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    m_made.remove(path);
}

ArchivePlaced placeArchiveFile(const ArchivePlacement &p)
{
    ArchivePlaced placed;
    const QString extension =
        p.extension.isEmpty() ? MediaFiles::fileExtension(p.downloaded, p.video) : p.extension;
    makeFolder(p, p.workFolder);
    // Out of the media cache first: from here on a crash leaves only work files, which the
    // next run throws away (and downloads again), never a file it could mistake as finished.
    const QString work = p.workFolder + QLatin1Char('/') + QFileInfo(p.downloaded).fileName() +
                         QLatin1Char('.') + extension;
    bool moved = moveInto(p.downloaded, work);
    if (!moved && errno == ENOENT && p.madeFolders) { // the work folder went away meanwhile
        p.madeFolders->forget(p.workFolder);
        moved = makeFolder(p, p.workFolder) && moveInto(p.downloaded, work);
    }
    if (!moved) {
        placed.error = QObject::tr("the download could not be moved into the archive folder");
        return placed;
    }
    if (extension == QLatin1String("jpg")) {
        QString exifError;
        if (!writePhotoMetadata(work, p.taken, p.description, &exifError))
            qWarning() << "nestje archive: no EXIF for" << p.baseName
                       << exifError; // the photo still counts
    }
    // Its mode, size and date through one open file (fchmod, fstat, futimens) rather than a
    // path look-up each; the copies for a second child's folder keep mode and get the date.
    {
        QFile file(work);
        if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly)) {
            placed.error = QObject::tr("the download could not be moved into the archive folder");
            QFile::remove(work);
            return placed;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                            QFileDevice::ReadGroup | QFileDevice::ReadOther);
        placed.bytes = file.size();
        if (!file.setFileTime(p.taken.toUTC(), QFileDevice::FileModificationTime))
            qWarning() << "nestje archive: could not date" << p.baseName;
    }
    for (qsizetype i = 0; i < p.folders.size(); ++i) {
        const QString relative =
            p.folders[i] + QLatin1Char('/') + p.baseName + QLatin1Char('.') + extension;
        const QString target = p.root + QLatin1Char('/') + relative;
        const QString folder = p.root + QLatin1Char('/') + p.folders[i];
        if (!makeFolder(p, folder)) {
            placed.error = QObject::tr("the folder %1 could not be made").arg(p.folders[i]);
            break;
        }
        // A photo of two children goes to both folders: copies for all but the last, which
        // gets the work file itself.
        const bool last = i == p.folders.size() - 1;
        QString source = work;
        if (!last) {
            source = work + QStringLiteral(".kopie");
            QFile::remove(source);
            if (!QFile::copy(work, source)) {
                placed.error = QObject::tr("the file could not be copied");
                break;
            }
        }
        if (!last && !setModified(source, p.taken)) // QFile::copy gave it today's date
            qWarning() << "nestje archive: could not date" << relative;
        bool named = moveInto(source, target);
        if (!named && errno == ENOENT && p.madeFolders) { // the folder went away meanwhile
            p.madeFolders->forget(folder);
            named = makeFolder(p, folder) && moveInto(source, target);
        }
        if (!named) {
            placed.error = QObject::tr("the file could not be given its name");
            break;
        }
        placed.paths << relative;
    }
    if (placed.paths.size() < p.folders.size())
        QFile::remove(work); // only left when a step failed
    return placed;
}

} // namespace nestje
