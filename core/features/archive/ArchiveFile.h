// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace nestje {

// Turns one downloaded media file into its archive files, off the UI thread. Every step that
// can be cut short happens inside the archive's hidden work folder; a file appears under its
// final name only by rename(2), tagged and dated, so a killed run never leaves half a photo
// where the parent looks.
struct ArchivePlacement
{
    QString downloaded; // the media cache's complete file (moved away by place())
    QString workFolder; // absolute: <root>/.nestje-archief/onvolledig/work
    QString root;
    QDateTime taken; // the portal's local time
    QString description;
    bool video = false;
    QStringList folders; // relative target folders, one per child
    QString baseName;    // <yyyy-mm-dd>_<id>
    QString extension;   // "": from the bytes (a file's own name may say it: "docx")
};

struct ArchivePlaced
{
    QStringList paths; // relative, in the order of `folders`
    qint64 bytes = 0;  // of one copy
    QString error;     // empty on success
};

ArchivePlaced placeArchiveFile(const ArchivePlacement &placement);

} // namespace nestje
