// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

namespace nestje::server {

// Media files on disk under <data>/media, named by content key:
//   <key>.jpeg, <key>-medium.jpeg, <key>-thumb.jpeg   photo (and video poster) sizes
//   <key>.avi|mp4|mov|webm                             video (see extensionFor)
//   <key>.pdf                                          document
// Files are written once (when the media is added) and never rewritten, so a key's bytes and
// ETag are stable; several media rows may share a key (the demo reuses generated scenes).
// The directory is 0700 and the files 0600: they are served only through signed URLs.
class MediaStore
{
public:
    static constexpr int mediumWidth = 640;
    static constexpr int thumbWidth = 240;

    bool open(const QString &directory, QString *error);

    // Extension of the full-size file of a media row: "jpeg" for photos and avatars, the
    // container's for videos ("avi" for the demo's Motion-JPEG clips, "mp4", "mov", "webm"
    // for uploads), "pdf" for documents.
    static QString extensionFor(const QString &kind, const QString &mime);
    QString directory() const { return m_dir; }

    bool hasImage(const QString &key) const;
    // Writes full, medium and thumb JPEGs for `key` (atomically per file).
    bool storeImage(const QString &key, const QImage &image, QString *error);
    bool storeFile(const QString &fileName, const QByteArray &bytes, QString *error);
    bool hasFile(const QString &fileName) const;
    QString pathOf(const QString &fileName) const;
    // Every file a media row of this kind and mime has under `key` (photo sizes, plus the video).
    static QStringList fileNamesOf(const QString &key, const QString &kind, const QString &mime);
    // The bytes those files take on disk.
    qint64 bytesOf(const QString &key, const QString &kind, const QString &mime) const;

private:
    QString m_dir;
};

} // namespace nestje::server
