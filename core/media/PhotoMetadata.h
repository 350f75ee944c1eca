// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace nestje {

// The portal strips EXIF from what it serves, so a saved photo would carry no date at all.
// Writes, with libexiv2, into the JPEG at `path`:
//  - Exif.Photo.DateTimeOriginal: `taken` as the portal's local time (Europe/Amsterdam,
//    whatever zone this device is in), with Exif.Photo.OffsetTimeOriginal;
//  - Exif.Image.ImageDescription (UTF-8), Exif.Photo.UserComment (Unicode) and
//    Xmp.dc.description: the caption, when there is one.
// Existing EXIF is kept apart from these fields. False with a reason when the file is not an
// image exiv2 can write or the write fails.
bool writePhotoMetadata(const QString &path, const QDateTime &taken, const QString &description,
                        QString *error = nullptr);

// The portal's calendar: media dates are shown and filed as in Amsterdam.
QDateTime portalLocalTime(qint64 epochMs);

} // namespace nestje
