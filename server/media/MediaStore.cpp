// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/media/MediaStore.h"

#include "server/storage/PrivateFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace nestje::server {

bool MediaStore::open(const QString &directory, QString *error)
{
    m_dir = directory;
    // Parents' photos and videos are served only through signed URLs: private on disk.
    return privatefiles::makeDirectory(m_dir, error);
}

QString MediaStore::extensionFor(const QString &kind, const QString &mime)
{
    if (kind == QLatin1String("document"))
        return QStringLiteral("pdf");
    if (kind != QLatin1String("video"))
        return QStringLiteral("jpeg");
    if (mime == QLatin1String("video/mp4"))
        return QStringLiteral("mp4");
    if (mime == QLatin1String("video/quicktime"))
        return QStringLiteral("mov");
    if (mime == QLatin1String("video/webm"))
        return QStringLiteral("webm");
    return QStringLiteral("avi");
}

QString MediaStore::pathOf(const QString &fileName) const
{
    return m_dir + QLatin1Char('/') + fileName;
}

QStringList MediaStore::fileNamesOf(const QString &key, const QString &kind, const QString &mime)
{
    QStringList names{key + QStringLiteral(".jpeg"), key + QStringLiteral("-medium.jpeg"), key + QStringLiteral("-thumb.jpeg")};
    if (kind == QLatin1String("video") || kind == QLatin1String("document"))
        names.append(key + QLatin1Char('.') + extensionFor(kind, mime));
    return names;
}

qint64 MediaStore::bytesOf(const QString &key, const QString &kind, const QString &mime) const
{
    qint64 total = 0;
    for (const QString &name : fileNamesOf(key, kind, mime))
        total += QFileInfo(pathOf(name)).size(); // 0 when missing
    return total;
}

bool MediaStore::hasFile(const QString &fileName) const
{
    return QFileInfo::exists(pathOf(fileName));
}

bool MediaStore::hasImage(const QString &key) const
{
    return hasFile(key + QStringLiteral(".jpeg")) && hasFile(key + QStringLiteral("-medium.jpeg"))
        && hasFile(key + QStringLiteral("-thumb.jpeg"));
}

bool MediaStore::storeFile(const QString &fileName, const QByteArray &bytes, QString *error)
{
    // QSaveFile: a crash mid-write never leaves a truncated file under the final name.
    QSaveFile file(pathOf(fileName));
    if (!file.open(QIODevice::WriteOnly) || !privatefiles::restrict(file) || file.write(bytes) != bytes.size()
        || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

static QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}

bool MediaStore::storeImage(const QString &key, const QImage &image, QString *error)
{
    const QImage medium = image.width() > mediumWidth
                              ? image.scaledToWidth(mediumWidth, Qt::SmoothTransformation)
                              : image;
    const QImage thumb = image.scaledToWidth(thumbWidth, Qt::SmoothTransformation);
    return storeFile(key + QStringLiteral(".jpeg"), jpeg(image, 85), error)
        && storeFile(key + QStringLiteral("-medium.jpeg"), jpeg(medium, 82), error)
        && storeFile(key + QStringLiteral("-thumb.jpeg"), jpeg(thumb, 80), error);
}

} // namespace nestje::server
