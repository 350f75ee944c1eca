// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/MediaStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <algorithm>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace nestje {

class ApiClient;
class Database;

// One account's photos and videos on disk, keyed by media id and variant ("thumb", "medium",
// "full"), never by URL: the portal's signed URLs expire within hours (reference §5.M). A
// miss looks the URL up in the cached card (or the conversation that holds a message's photo);
// an expired link, a 403 or a 404 refreshes the card (the timeline page that holds it) or the
// conversation's messages and fetches again. Downloads use the account's own CA,
// give up after transferTimeoutMs without data, and stream into a temporary file that gets
// the final name only when complete. The directory is kept under a size cap: when it grows past
// it, the least recently used files go (a file counts as used when it is fetched or shown; its
// modification time records that, so the order survives restarts). Lives on the UI thread; only
// filePath() and markUsed() may be called from other threads.
class MediaCache : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QString &path, const QString &error)>;

    MediaCache(QNetworkAccessManager *network, Database *db, ApiClient *api,
               const QString &directory, QObject *parent = nullptr);
    ~MediaCache() override;

    static QString filePath(const QString &directory, const QString &mediaId,
                            const QString &variant);
    QString filePath(const QString &mediaId, const QString &variant) const
    {
        return filePath(m_directory, mediaId, variant);
    }
    QString directory() const { return m_directory; }

    // Calls `done` with the local file once it is on disk (at once when cached). Returns a
    // ticket for cancel(). Requests asked for last are started first: that is what is on screen.
    quint64 fetch(const QString &mediaId, const QString &variant, Done done);
    // Drops the callback of `ticket`; false when it already ran (or never existed).
    bool cancel(quint64 ticket);

    // The freshest signed URL the cache knows for a media item ("" when none), and where it is
    // renewed: the card that holds it, or (a conversation's photo) that conversation.
    QString urlOf(const QString &mediaId, const QString &variant, QString *cardKey = nullptr,
                  QString *threadId = nullptr) const;
    // The media item as the cached card or conversation holds it (date, caption, type, links).
    std::optional<StoredMedia> media(const QString &mediaId) const;

    int downloadsStarted() const { return m_downloadsStarted; }
    int recordRefreshes() const { return m_refreshes; }

    // The bytes of media on disk (scanned once, then kept up to date).
    qint64 cacheBytes();
    qint64 capBytes() const { return m_capBytes; }
    // Evicts at once when the cache is already larger.
    void setCapBytes(qint64 bytes);
    // Deletes every cached file (downloads under way still finish).
    void clear();
    // Records that `path` was just used (shown), so it is evicted last. Any thread.
    static void markUsed(const QString &path);

    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }
    // Downloads at once (maxParallel by default); the archive lets the parent choose.
    void setMaxParallel(int count) { m_maxParallel = std::max(1, count); }
    // false: no flush to disk per file (bulk downloads moved on at once; see DownloadFile).
    void setSyncToDisk(bool sync) { m_syncToDisk = sync; }

    static constexpr int maxParallel = 6;
    static constexpr qint64 defaultCapBytes = 1024LL * 1024 * 1024;
    // No byte for this long and the download counts as failed (a video arrives in many reads).
    static constexpr int transferTimeoutMs = 30000;
    // Larger answers are refused and not kept: no photo of a portal comes near these.
    static constexpr qint64 maxPhotoBytes = 100LL * 1024 * 1024;
    static constexpr qint64 maxVideoBytes = 2048LL * 1024 * 1024;
    // Both limits at once (tests).
    void setMaxBytes(qint64 photo, qint64 video)
    {
        m_maxPhotoBytes = photo;
        m_maxVideoBytes = video;
    }

private:
    struct Job
    {
        QString mediaId;
        QString variant;
        QHash<quint64, Done> waiting;
        bool refreshed = false;
        bool running = false;
    };

    void pump();
    void start(const QString &jobKey);
    void finishJob(const QString &jobKey, const QString &path, const QString &error);
    // Asks the portal again for the card (timeline page) or conversation that holds the item.
    void refreshLink(const QString &jobKey, const QString &cardKey, const QString &threadId);
    static bool linkExpired(const QString &url);
    void scan();
    void added(const QString &path);
    void evict(const QString &keep);

    QNetworkAccessManager *m_network;
    Database *m_db;
    QPointer<ApiClient> m_api;
    QString m_directory;
    QSet<QString> m_madeFolders; // by this cache, so each is made once
    QHash<QString, Job> m_jobs; // "variant/id"
    QList<QString> m_queue;     // job keys not yet started, newest last
    QHash<quint64, QString> m_tickets;
    QHash<QString, QList<QString>> m_refreshing; // page offset or "thread/<id>" -> jobs waiting
    QHash<QString, QPointer<QNetworkReply>> m_replies; // running downloads by job key
    qint64 m_capBytes = defaultCapBytes;
    qint64 m_bytes = -1; // -1: not scanned yet
    int m_transferTimeoutMs = transferTimeoutMs;
    int m_maxParallel = maxParallel;
    bool m_syncToDisk = true;
    qint64 m_maxPhotoBytes = maxPhotoBytes;
    qint64 m_maxVideoBytes = maxVideoBytes;
    quint64 m_nextTicket = 1;
    int m_running = 0;
    int m_downloadsStarted = 0;
    int m_refreshes = 0;
};

} // namespace nestje
