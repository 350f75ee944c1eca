#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace nestje {

// Writes DateTimeOriginal and ImageDescription into a JPEG as a minimal EXIF block (APP1),
// replacing any EXIF block it had. The portal strips EXIF from what it serves, so a saved
// photo would otherwise carry no date at all. Returns the input unchanged when it is not a JPEG.
QByteArray jpegWithExif(const QByteArray &jpeg, const QDateTime &taken, const QString &description);

// Reads back the two fields (for tests and for the archive): empty when absent.
struct ExifFields
{
    QString dateTimeOriginal; // "YYYY:MM:DD HH:MM:SS"
    QString imageDescription;
};
ExifFields readExif(const QByteArray &jpeg);

} // namespace nestje
