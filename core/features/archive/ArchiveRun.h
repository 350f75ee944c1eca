// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/archive/ArchiveFile.h"
#include "features/archive/ArchiveFilePlan.h"
#include "features/archive/ArchiveManifest.h"
#include "features/archive/ArchivePlan.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

namespace nestje {

class ApiClient;
class ArchiveFileFetcher;
class Database;
class MediaCache;

struct ArchiveOptions
{
    QString root;       // the folder the parent chose
    ArchiveScope scope; // organisation, child, since
    int parallel = 6;   // downloads at once
};

// One run of "Alles bewaren" for one account: plans from the stores what the archive should
// hold, skips what the manifest (or the folder) already has, downloads the rest through a
// media cache of its own (so expired signed links are refreshed the way the app's cache does,
// from any media host, one connection pool per host), places every file atomically with its
// EXIF and date, and finally writes the diary pages and each child's index.html. Pausing stops
// new downloads (the running ones finish); cancelling drops them. Restarting a run, after a
// cancel, a crash or a kill, continues where the manifest ends.
class ArchiveRun : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Running,
        Paused,
        Finished,   // everything saved
        Incomplete, // done, but some items failed (they are tried again next time)
        Cancelled,
        Failed // the folder could not be used
    };
    Q_ENUM(State)

    ArchiveRun(Database *db, ApiClient *api, const ArchiveOptions &options,
               QObject *parent = nullptr);
    ~ArchiveRun() override;

    void start();
    void pause();
    void resume();
    void cancel();

    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Running || m_state == State::Paused; }
    const ArchiveOptions &options() const { return m_options; }

    int itemsTotal() const { return m_itemsTotal; } // in the archive when done, this run's scope
    int itemsDone() const { return m_itemsDone; }   // saved now or before
    int alreadySaved() const { return m_alreadySaved; } // of itemsDone: there before this run
    int itemsFailed() const { return m_failed; }
    int notDownloadable() const { return m_notDownloadable; }
    qint64 bytesSaved() const { return m_bytesSaved; }  // by this run
    int downloadsStarted() const;                       // requests for media this run
    int linkRefreshes() const;                          // expired links refreshed
    int pagesWritten() const { return m_pagesWritten; } // diary and index pages (un)changed
    // Seconds until done at this run's pace; -1 while unknown.
    int secondsLeft() const;
    QString error() const { return m_error; }
    QStringList failures() const { return m_failures; } // one line per failed item

signals:
    void progressChanged();
    void stateChanged();
    void finished();

private:
    struct Work
    {
        QString mediaId;
        QList<int> items; // indexes into m_items: one per child folder
        int file = -1;    // or an index into m_files (a message's, news item's or document's)
    };

    void setState(State state);
    void pump();
    void fetchOne(const Work &work);
    void fetchFile(const Work &work);
    // Tags, dates and renames a download into place off the UI thread; placed() follows.
    void place(const Work &work, const ArchivePlacement &placement);
    void placed(const Work &work, const QStringList &paths, qint64 bytes, const QString &error,
                bool wasPlacing);
    void finish();
    bool adoptExisting(const QString &key, const QString &folder, const QString &baseName);
    void writePages();
    void dropCache();

    Database *m_db;
    QPointer<ApiClient> m_api;
    ArchiveOptions m_options;
    QNetworkAccessManager m_network;
    std::unique_ptr<MediaCache> m_cache;
    std::unique_ptr<ArchiveFileFetcher> m_fetcher;
    ArchiveManifest m_manifest;
    QList<ArchiveItem> m_items;
    QList<ArchiveFileItem> m_files;
    QList<Work> m_queue;
    QHash<QString, quint64> m_tickets;           // media id -> cache ticket, while downloading
    QHash<QString, QStringList> m_folderListing; // relative folder -> its file names
    std::shared_ptr<ArchiveFolders> m_madeFolders;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    QElapsedTimer m_clock;
    int m_running = 0;
    int m_generation = 0; // placements of an earlier start report to no one
    int m_placing = 0;
    int m_itemsTotal = 0;
    int m_itemsDone = 0;
    int m_alreadySaved = 0;
    int m_failed = 0;
    int m_notDownloadable = 0;
    int m_pagesWritten = 0;
    int m_downloadsBefore = 0; // of caches already dropped
    int m_refreshesBefore = 0;
    qint64 m_bytesSaved = 0;
    State m_state = State::Idle;
    QString m_error;
    QStringList m_failures;
};

} // namespace nestje
