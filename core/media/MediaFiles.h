// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace nestje {

class Database;
class MediaLibrary;

// Media as files: "Downloaden" saves the full-size photo or video to the Pictures folder under
// Nestje/<kind>/<jjjj-mm-dd>_<id>.<ext> (the portal's day; the extension of what the bytes are),
// photos with the date and description in EXIF, every file with the photo's date as its
// modification time; the video player gets a local file to play. Everything comes from the
// account's media cache.
class MediaFiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.myChild.files")
    Q_PROPERTY(QString saveDirectory READ saveDirectory WRITE setSaveDirectory NOTIFY saveDirectoryChanged)
public:
    explicit MediaFiles(MediaLibrary *library, QObject *parent = nullptr);
    void setSource(Database *db, const QString &accountId);

    // Pictures/Nestje by default; tests and the settings may point elsewhere.
    QString saveDirectory() const;
    void setSaveDirectory(const QString &directory);

    Q_INVOKABLE void download(const QString &mediaId);
    // The full-size file (a video clip) on disk, announced by fileReady.
    Q_INVOKABLE void requestFile(const QString &mediaId);

    // Where download() puts a media item: <dir>/<kind>/<yyyy-MM-dd>_<id>.<ext>.
    static QString targetPath(const QString &directory, const QString &childName, const QDate &day,
                              const QString &mediaId, const QString &extension);
    // "jpg", "avi", "mp4", … from the file's first bytes; `video` decides when they say nothing.
    static QString fileExtension(const QString &path, bool video);

signals:
    void saveDirectoryChanged();
    void downloaded(const QString &mediaId, const QString &path);
    void downloadFailed(const QString &mediaId, const QString &reason);
    void fileReady(const QString &mediaId, const QUrl &url);
    void fileFailed(const QString &mediaId, const QString &reason);

private:
    // Copies `source` (streamed) to its target path, tags and dates it; "" or the reason.
    static QString saveCopy(const QString &source, const QString &directory, const QString &childName,
                            const QDateTime &taken, const QString &mediaId, const QString &description, bool video,
                            QString *savedAs);

    QPointer<MediaLibrary> m_library;
    Database *m_db = nullptr;
    QString m_accountId;
    QString m_saveDirectory;
};

} // namespace nestje
