// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <memory>

namespace nestje {

// Turns one downloaded media file into its archive files, off the UI thread. Every step that
// can be cut short happens inside the archive's hidden work folder; a file appears under its
// final name only by rename(2), tagged and dated, so a killed run never leaves half a photo
// where the parent looks.
// The folders one run has made, so each is made once (mkpath stats every level of the path;
// an archive of thousands of photos goes into a few dozen folders). Shared by the placements
// running in parallel on the thread pool.
class ArchiveFolders
{
public:
    // Makes `path` (absolute) unless this run made it already; false when it cannot be made.
    bool make(const QString &path);
    // For a folder that went away during the run (the parent tidied up): made again next time.
    void forget(const QString &path);

private:
    QMutex m_mutex;
    QSet<QString> m_made;
};

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
    std::shared_ptr<ArchiveFolders> madeFolders; // the run's; null: mkpath every time
};

struct ArchivePlaced
{
    QStringList paths; // relative, in the order of `folders`
    qint64 bytes = 0;  // of one copy
    QString error;     // empty on success
};

ArchivePlaced placeArchiveFile(const ArchivePlacement &placement);

} // namespace nestje
