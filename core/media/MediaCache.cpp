// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaCache.h"

#include "features/messages/MessageParser.h"
#include "features/messages/MessageStore.h"
#include "features/timeline/TimelineCard.h"
#include "features/timeline/TimelineStore.h"
#include "media/FileDownload.h"
#include "media/MediaStore.h"
#include "net/ApiClient.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>

Q_LOGGING_CATEGORY(lcMedia, "nestje.media")

namespace nestje {

namespace {
// Where a download is written. By default a QSaveFile, flushed to disk before it takes its
// name. Bulk downloads that are moved on at once (the archive) skip the flush: one fdatasync
// per photo on the UI thread costs more than the download itself; a crash still leaves no
// file under the final name, because the bytes go to "<name>.part" until complete.
class DownloadFile
{
public:
    DownloadFile(const QString &path, bool sync)
        : m_sync(sync)
        , m_path(path)
        , m_save(path)
        , m_plain(path + QStringLiteral(".part"))
    {
    }
    ~DownloadFile()
    {
        if (!m_sync && !m_committed && m_plain.exists()) {
            m_plain.close();
            m_plain.remove();
        }
    }
    bool isOpen() const { return m_sync ? m_save.isOpen() : m_plain.isOpen(); }
    bool open()
    {
        return m_sync ? m_save.open(QIODevice::WriteOnly)
                      : m_plain.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }
    qint64 write(const QByteArray &bytes)
    {
        return m_sync ? m_save.write(bytes) : m_plain.write(bytes);
    }
    bool commit()
    {
        if (m_sync)
            return m_save.commit();
        m_plain.close();
        m_committed = m_plain.error() == QFileDevice::NoError &&
                      std::rename(QFile::encodeName(m_plain.fileName()).constData(),
                                  QFile::encodeName(m_path).constData()) == 0;
        return m_committed;
    }

private:
    bool m_sync;
    bool m_committed = false;
    QString m_path;
    QSaveFile m_save;
    QFile m_plain;
};

// What a download has received so far. Nothing is written before its first bytes are known
// to be the media, and no more than the limit is taken.
struct Intake
{
    static constexpr qsizetype headBytes = 16; // enough to tell a JPEG from an HTML page
    QByteArray head;                           // the first bytes, until there are enough to check
    qint64 received = 0;
    qint64 limit = 0;
    bool image = true; // a photo, thumbnail or poster (not a video's full size)
    bool checked = false;
    QString refused; // why the download was stopped
};

// Takes one chunk of a download; false when it must stop (intake.refused says why, or the
// disk refused the bytes).
bool take(Intake &intake, DownloadFile &file, const QByteArray &chunk, bool last,
          QNetworkReply *reply)
{
    if (intake.received == 0 && intake.head.isEmpty()) {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > intake.limit) {
            intake.refused = MediaCache::tr("The file is larger than a photo or video can be.");
            return false;
        }
    }
    intake.received += chunk.size();
    if (intake.received > intake.limit) {
        intake.refused = MediaCache::tr("The file is larger than a photo or video can be.");
        return false;
    }
    QByteArray bytes = chunk;
    if (!intake.checked) {
        // Nothing is written before the first bytes are known: a server or proxy answering
        // 200 with an HTML error page must not become a "photo".
        intake.head += chunk;
        if (intake.head.size() < Intake::headBytes && !last)
            return true;
        intake.checked = true;
        if (intake.head.isEmpty() || filedownload::startsLikePage(intake.head) ||
            (intake.image && !filedownload::startsLikeImage(intake.head))) {
            intake.refused = MediaCache::tr("The portal did not send the photo.");
            return false;
        }
        bytes = std::exchange(intake.head, {});
    }
    if (bytes.isEmpty())
        return true;
    return (file.isOpen() || file.open()) && file.write(bytes) == bytes.size();
}

} // namespace

MediaCache::MediaCache(QNetworkAccessManager *network, Database *db, ApiClient *api,
                       const QString &directory, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_db(db)
    , m_api(api)
    , m_directory(directory)
{
}

MediaCache::~MediaCache()
{
    // Downloads still running stop here; their temporary files go with them.
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QString MediaCache::filePath(const QString &directory, const QString &mediaId,
                             const QString &variant)
{
    // Ids are opaque strings: hex-encode anything that is not safe in a file name.
    QString safe;
    for (QChar c : mediaId) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            safe += c;
        else if (c == QLatin1Char('-') || c == QLatin1Char('_'))
            safe += c;
        else
            safe += QStringLiteral("%%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return directory + QLatin1Char('/') + variant + QLatin1Char('/') + safe;
}

bool MediaCache::linkExpired(const QString &url)
{
    // CloudFront-style links carry their own expiry (reference §5.M); ask for a fresh one
    // shortly before rather than collecting a 403.
    const QString expires = QUrlQuery(QUrl(url)).queryItemValue(QStringLiteral("Expires"));
    bool ok = false;
    const qint64 at = expires.toLongLong(&ok);
    return ok && at * 1000 < QDateTime::currentMSecsSinceEpoch() + 30 * 1000;
}

std::optional<StoredMedia> MediaCache::media(const QString &mediaId) const
{
    return MediaStore(*m_db).media(mediaId);
}

QString MediaCache::urlOf(const QString &mediaId, const QString &variant, QString *cardKey,
                          QString *threadId) const
{
    // The photos row and a conversation's attachments get fresh links with every fetch of the
    // card or conversation that holds them.
    const std::optional<StoredMedia> found = media(mediaId);
    if (!found)
        return {};
    if (cardKey)
        *cardKey = found->cardKey;
    if (threadId)
        *threadId = found->threadId;
    return found->link(variant);
}

quint64 MediaCache::fetch(const QString &mediaId, const QString &variant, Done done)
{
    const QString path = filePath(mediaId, variant);
    if (QFile::exists(path)) {
        markUsed(path);
        done(path, {});
        return 0;
    }
    const quint64 ticket = m_nextTicket++;
    const QString key = variant + QLatin1Char('/') + mediaId;
    Job &job = m_jobs[key];
    job.mediaId = mediaId;
    job.variant = variant;
    job.waiting.insert(ticket, std::move(done));
    m_tickets.insert(ticket, key);
    if (!job.running) {
        m_queue.removeOne(key);
        m_queue.append(key);
    }
    pump();
    return ticket;
}

bool MediaCache::cancel(quint64 ticket)
{
    if (!m_tickets.contains(ticket))
        return false;
    const QString key = m_tickets.take(ticket);
    auto it = m_jobs.find(key);
    if (it == m_jobs.end())
        return true;
    it->waiting.remove(ticket);
    if (it->waiting.isEmpty() && !it->running) {
        m_queue.removeOne(key);
        m_jobs.erase(it);
    }
    return true;
}

void MediaCache::pump()
{
    while (m_running < m_maxParallel && !m_queue.isEmpty())
        start(m_queue.takeLast());
}

void MediaCache::start(const QString &jobKey)
{
    auto it = m_jobs.find(jobKey);
    if (it == m_jobs.end())
        return;
    Job &job = *it;
    const std::optional<StoredMedia> stored = media(job.mediaId);
    const QString cardKey = stored ? stored->cardKey : QString();
    const QString threadId = stored ? stored->threadId : QString();
    const QString url = stored ? stored->link(job.variant) : QString();
    if (url.isEmpty() && cardKey.isEmpty() && threadId.isEmpty()) {
        finishJob(jobKey, {}, tr("This photo is no longer available."));
        return;
    }
    if ((url.isEmpty() || linkExpired(url)) && !job.refreshed) {
        refreshLink(jobKey, cardKey, threadId);
        return;
    }
    if (!MediaStore(*m_db).isOpen())
        return finishJob(jobKey, {}, tr("This photo is no longer available.")); // logged out
    job.running = true;
    ++m_running;
    ++m_downloadsStarted;
    QNetworkRequest request{QUrl(url)};
    // Signed links need no credentials (reference §5.M); none are sent. A self-hosted portal's
    // media come from its own host, signed by its own CA: trust it as the API client does.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setTransferTimeout(m_transferTimeoutMs);
    if (m_api)
        applyExtraTrust(request, m_api->extraCaCertificates());
    const QString path = filePath(job.mediaId, job.variant);
    // Each variant's folder is made once per cache, not once per download (an archive run
    // downloads thousands); should it vanish meanwhile (logout), a failed write forgets it.
    const QString folder = QFileInfo(path).absolutePath();
    if (!m_madeFolders.contains(folder) && QDir().mkpath(folder))
        m_madeFolders.insert(folder);
    // Written as the bytes arrive (a video is megabytes) into a temporary file beside the
    // final one; only commit() gives it the final name, so a cut download never looks whole.
    auto file = std::make_shared<DownloadFile>(path, m_syncToDisk);
    // Thumbnails, medium sizes and video posters are JPEG; only a video's full size is not.
    const bool image = !(stored && stored->video && job.variant == QLatin1String("full"));
    auto intake = std::make_shared<Intake>();
    intake->limit = image ? m_maxPhotoBytes : m_maxVideoBytes;
    intake->image = image;
    QNetworkReply *reply = m_network->get(request);
    m_replies.insert(jobKey, reply);
    connect(reply, &QNetworkReply::readyRead, this, [reply, file, intake] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return; // an error page is not the photo
        if (!take(*intake, *file, reply->readAll(), false, reply))
            reply->abort();
    });
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, jobKey, path, cardKey, threadId, file, intake] {
            reply->deleteLater();
            m_replies.remove(jobKey);
            --m_running;
            auto it = m_jobs.find(jobKey);
            if (it == m_jobs.end()) {
                pump();
                return;
            }
            it->running = false;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const bool complete = status == 200 && reply->error() == QNetworkReply::NoError;
            if (!intake->refused.isEmpty() ||
                (complete && !take(*intake, *file, reply->readAll(), true, reply) &&
                 !intake->refused.isEmpty())) {
                // Not the photo (an HTML page answered with 200) or too large: nothing is kept.
                qCInfo(lcMedia) << "media fetch refused:" << intake->refused;
                finishJob(jobKey, {}, intake->refused);
            } else if (complete) {
                const bool written = file->isOpen() || file->open();
                if (written && file->commit()) {
                    added(path);
                    finishJob(jobKey, path, {});
                } else {
                    m_madeFolders.remove(QFileInfo(path).absolutePath());
                    finishJob(jobKey, {}, tr("The photo could not be saved on this device."));
                }
            } else if ((status == 403 || status == 404 || status == 410) && !it->refreshed) {
                // The link expired or moved: ask the portal for the card (or conversation) again.
                refreshLink(jobKey, cardKey, threadId);
            } else if (status == 0 || status == 200) {
                // No answer, or the connection broke or stalled halfway: the partial file is
                // dropped (the QSaveFile goes uncommitted) and the next showing tries again.
                qCInfo(lcMedia) << "media fetch interrupted:" << reply->errorString();
                m_madeFolders.remove(QFileInfo(path).absolutePath()); // or its folder went
                finishJob(jobKey, {},
                          tr("No connection: the photo will load when you are online."));
            } else {
                qCInfo(lcMedia) << "media fetch failed with HTTP" << status;
                finishJob(jobKey, {}, tr("The photo could not be loaded (HTTP %1).").arg(status));
            }
            pump();
        });
}

void MediaCache::markUsed(const QString &path)
{
    // Strictly increasing times, so two files used within one millisecond still have an order.
    static std::atomic<qint64> last{0};
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 previous = last.load();
    do {
        now = std::max(now, previous + 1);
    } while (!last.compare_exchange_weak(previous, now));
    QFile file(path);
    if (file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        file.setFileTime(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC),
                         QFileDevice::FileModificationTime);
}

void MediaCache::scan()
{
    m_bytes = 0;
    QDirIterator it(m_directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        // Cached names have no dot; a dotted one is a temporary file left by a crash.
        if (it.fileName().contains(QLatin1Char('.'))) {
            if (!m_replies.isEmpty())
                continue; // may belong to a download under way
            QFile::remove(it.filePath());
            continue;
        }
        m_bytes += it.fileInfo().size();
    }
}

qint64 MediaCache::cacheBytes()
{
    if (m_bytes < 0)
        scan();
    return m_bytes;
}

void MediaCache::setCapBytes(qint64 bytes)
{
    m_capBytes = std::max<qint64>(0, bytes);
    evict({});
}

void MediaCache::clear()
{
    QDirIterator it(m_directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!it.fileName().contains(QLatin1Char('.')))
            QFile::remove(it.filePath());
    }
    scan();
}

void MediaCache::added(const QString &path)
{
    if (m_bytes < 0)
        scan(); // counts the new file too
    else
        m_bytes += QFileInfo(path).size();
    evict(path);
}

void MediaCache::evict(const QString &keep)
{
    if (cacheBytes() <= m_capBytes)
        return;
    struct Entry
    {
        qint64 used;
        qint64 size;
        QString path;
    };
    QList<Entry> entries;
    QDirIterator it(m_directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileName().contains(QLatin1Char('.')) || it.filePath() == keep)
            continue;
        const QFileInfo info = it.fileInfo();
        entries.append({info.lastModified().toMSecsSinceEpoch(), info.size(), it.filePath()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.used < b.used; });
    // Down to 90% of the cap, so the next few downloads do not each trigger a directory scan.
    const qint64 target = m_capBytes - m_capBytes / 10;
    for (const Entry &entry : std::as_const(entries)) {
        if (m_bytes <= target)
            break;
        if (QFile::remove(entry.path))
            m_bytes -= entry.size;
    }
    qCInfo(lcMedia) << "media cache evicted down to" << m_bytes << "bytes (cap" << m_capBytes
                    << ")";
}

void MediaCache::finishJob(const QString &jobKey, const QString &path, const QString &error)
{
    const Job job = m_jobs.take(jobKey);
    for (auto it = job.waiting.begin(); it != job.waiting.end(); ++it) {
        m_tickets.remove(it.key());
        it.value()(path, error);
    }
}

void MediaCache::refreshLink(const QString &jobKey, const QString &cardKey, const QString &threadId)
{
    auto it = m_jobs.find(jobKey);
    if (it == m_jobs.end())
        return;
    it->refreshed = true;
    if (!m_api) {
        finishJob(jobKey, {}, tr("The photo could not be loaded."));
        return;
    }
    ApiCall call;
    QString refreshKey;
    if (cardKey.isEmpty() && !threadId.isEmpty()) {
        // A conversation's photo: its messages again (P7), which carry fresh links. The sync
        // asks only for conversations with new messages, so an older one keeps links that
        // expired hours ago.
        refreshKey = QStringLiteral("thread/") + threadId;
        call.path =
            QStringLiteral("/restservices-parent/logbook/details/%1/summary/true").arg(threadId);
    } else {
        // Where the card sits in the portal's timeline, as far as the cache knows; a page of six
        // around it (reference §5.P4 pages by card offset).
        const qint64 position = MediaStore(*m_db).cardPosition(cardKey);
        refreshKey = QString::number(std::max<qint64>(0, position - 2));
        call.path = QStringLiteral("/restservices-parent/timeline/cards/v2/") + refreshKey;
    }
    QList<QString> &waiting = m_refreshing[refreshKey];
    waiting.append(jobKey);
    if (waiting.size() > 1)
        return; // that page is on its way already
    ++m_refreshes;
    m_api->send(call, this, [this, refreshKey, threadId](const ApiResult &result) {
        const QList<QString> jobs = m_refreshing.take(refreshKey);
        if (result.ok() && refreshKey.startsWith(QLatin1String("thread/")))
            MessageStore(*m_db).storeDetails(parseThreadDetails(threadId, result.payload));
        else if (result.ok())
            TimelineStore(*m_db).upsert(parseTimelinePage(result.payload));
        for (const QString &key : jobs) {
            if (!m_jobs.contains(key))
                continue;
            if (!result.ok() && result.error.isTransient()) {
                finishJob(key, {}, tr("No connection: the photo will load when you are online."));
                continue;
            }
            m_queue.removeOne(key);
            m_queue.append(key);
        }
        pump();
    });
}

} // namespace nestje
