// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/archive/ArchiveFile.h"

#include "media/MediaFiles.h"
#include "media/PhotoMetadata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace nestje {

namespace {
bool setModified(const QString &path, const QDateTime &when)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly) &&
           file.setFileTime(when.toUTC(), QFileDevice::FileModificationTime);
}

// rename(2): atomic, and it replaces a stale file of the same name in one step.
bool moveInto(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}
} // namespace

ArchivePlaced placeArchiveFile(const ArchivePlacement &p)
{
    ArchivePlaced placed;
    const QString extension =
        p.extension.isEmpty() ? MediaFiles::fileExtension(p.downloaded, p.video) : p.extension;
    QDir().mkpath(p.workFolder);
    // Out of the media cache first: from here on a crash leaves only work files, which the
    // next run throws away (and downloads again), never a file it could mistake as finished.
    const QString work = p.workFolder + QLatin1Char('/') + QFileInfo(p.downloaded).fileName() +
                         QLatin1Char('.') + extension;
    if (!moveInto(p.downloaded, work)) {
        placed.error = QObject::tr("the download could not be moved into the archive folder");
        return placed;
    }
    if (extension == QLatin1String("jpg")) {
        QString exifError;
        if (!writePhotoMetadata(work, p.taken, p.description, &exifError))
            qWarning() << "nestje archive: no EXIF for" << p.baseName
                       << exifError; // the photo still counts
    }
    QFile::setPermissions(work, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther);
    placed.bytes = QFileInfo(work).size();
    for (qsizetype i = 0; i < p.folders.size(); ++i) {
        const QString relative =
            p.folders[i] + QLatin1Char('/') + p.baseName + QLatin1Char('.') + extension;
        const QString target = p.root + QLatin1Char('/') + relative;
        if (!QDir().mkpath(p.root + QLatin1Char('/') + p.folders[i])) {
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
        if (!setModified(source, p.taken))
            qWarning() << "nestje archive: could not date" << relative;
        if (!moveInto(source, target)) {
            placed.error = QObject::tr("the file could not be given its name");
            break;
        }
        placed.paths << relative;
    }
    QFile::remove(work); // only left when a step failed
    return placed;
}

} // namespace nestje
