// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/PhotoMetadata.h"

#include <QFile>
#include <QTimeZone>

#include <mutex>

// exiv2 0.27 (Debian 12) hands out std::auto_ptr, deprecated since C++11; 0.28 moved to
// unique_ptr. Only this file talks to exiv2, so the warning is silenced here alone.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

namespace nestje {

QDateTime portalLocalTime(qint64 epochMs)
{
    static const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    return QDateTime::fromMSecsSinceEpoch(epochMs, amsterdam);
}

bool writePhotoMetadata(const QString &path, const QDateTime &taken, const QString &description,
                        QString *error)
{
    // exiv2's XMP parser must be set up once before threads use it (downloads run on a pool).
    static std::once_flag xmpReady;
    std::call_once(xmpReady, [] { Exiv2::XmpParser::initialize(); });
    // The photo is tagged in memory and written back once: exiv2 on a file opens it several
    // times, reads it in small pieces and copies it through a temporary file (about six opens and
    // two hundred reads per photo, most of an archive run's system calls).
    // Opened once, read and written back over itself, never truncated to nothing: ext4 flushes
    // a file that was truncated to zero and rewritten when it is closed (its guard for the
    // truncate-and-rewrite pattern), a synchronous write-back per photo of an archive run.
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray original = file.readAll();
    try {
        auto image = Exiv2::ImageFactory::open(
            reinterpret_cast<const Exiv2::byte *>(original.constData()), long(original.size()));
        image->readMetadata();
        Exiv2::ExifData &exif = image->exifData();
        const QDateTime local = taken.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
        const std::string stamp =
            local.toString(QStringLiteral("yyyy:MM:dd HH:mm:ss")).toStdString();
        exif["Exif.Photo.DateTimeOriginal"] = stamp;
        exif["Exif.Image.DateTime"] = stamp;
        const int offset = local.offsetFromUtc() / 60;
        exif["Exif.Photo.OffsetTimeOriginal"] =
            QStringLiteral("%1%2:%3")
                .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'))
                .toStdString();
        if (!description.isEmpty()) {
            const std::string utf8 = description.toUtf8().toStdString();
            // ImageDescription is ASCII by the standard; readers (exiv2, Windows, phones) show
            // UTF-8 there fine, and UserComment and XMP carry it as proper Unicode as well.
            exif["Exif.Image.ImageDescription"] = utf8;
            exif["Exif.Photo.UserComment"] = "charset=Unicode " + utf8;
            image->xmpData()["Xmp.dc.description"] = "lang=x-default " + utf8;
        }
        image->writeMetadata();
        Exiv2::BasicIo &io = image->io();
        io.open();
        const Exiv2::DataBuf tagged = io.read(long(io.size()));
        io.close();
        // Tags only add bytes; should the tagged photo still be shorter, the rest is cut off
        // (to a length above zero).
        if (!file.seek(0) ||
            file.write(reinterpret_cast<const char *>(tagged.pData_), tagged.size_) !=
                tagged.size_ ||
            !file.flush() || (file.size() > tagged.size_ && !file.resize(tagged.size_))) {
            if (error)
                *error = file.errorString();
            return false;
        }
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromLocal8Bit(e.what());
        return false;
    }
}

} // namespace nestje

#pragma GCC diagnostic pop
