// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/archive/ArchiveFileFetcher.h"

#include "features/location/LocationParser.h"
#include "features/messages/MessageParser.h"
#include "net/ApiClient.h"
#include "net/LoginClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace nestje {

namespace {
// Message attachments may be videos; nothing the portal attaches is larger.
constexpr qint64 maxBytes = 1024LL * 1024 * 1024;
// Enough of the start to tell a PDF or a photo from an HTML or JSON error page.
constexpr qsizetype headBytes = 16;
// How much Qt holds for a download before this thread has written it.
constexpr qint64 readBufferBytes = 1024 * 1024;
// A link's file is asked for in parts of this size (HTTP Range), each its own request. Qt 6.4
// applies a reply's read buffer size only after its network thread has started the request:
// when this thread is slow to get there (20 ms is enough on loopback; a busy device or CI),
// the file pours into Qt's buffers unchecked, and tst_archive_stream's worker held 66-78 MB of
// a 64 MB file (the copies included). A part bounds that to its size (4 MB parts still reached
// 16 MB live once in CI, over the test's quarter of the file). A server without ranges
// answers 200 with the whole file, which is taken as before.
constexpr qint64 partBytes = 2 * 1024 * 1024;

bool isBody(int status)
{
    return status == 200 || status == 206;
}

// The first byte and the total of a 206 answer's "Content-Range: bytes FIRST-LAST/TOTAL";
// false when it is not that.
bool parseContentRange(const QByteArray &value, qint64 *first, qint64 *total)
{
    const QByteArray v = value.trimmed();
    if (!v.startsWith("bytes "))
        return false;
    const qsizetype dash = v.indexOf('-');
    const qsizetype slash = v.indexOf('/');
    if (dash < 0 || slash < dash)
        return false;
    bool okFirst = false;
    bool okTotal = false;
    *first = v.mid(6, dash - 6).toLongLong(&okFirst);
    *total = v.mid(slash + 1).toLongLong(&okTotal);
    return okFirst && okTotal && *first >= 0 && *total > 0;
}

bool isImage(const QByteArray &head)
{
    return head.startsWith("\xFF\xD8\xFF") || head.startsWith("\x89PNG") ||
           head.startsWith("GIF8") || (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP");
}

bool looksLikeHtmlOrJson(const QByteArray &head)
{
    const QByteArray start = head.trimmed().left(5).toLower();
    return start.startsWith('<') || start.startsWith('{');
}
} // namespace

ArchiveFileFetcher::ArchiveFileFetcher(QNetworkAccessManager *network, ApiClient *api,
                                       const QString &workFolder, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_api(api)
    , m_workFolder(workFolder)
{
}

ArchiveFileFetcher::~ArchiveFileFetcher()
{
    // Their callbacks are connected to this object: gone with it. The replies are the
    // network's children and are aborted here so nothing keeps downloading for no one.
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void ArchiveFileFetcher::fetch(const ArchiveFileItem &item, Done done)
{
    if (item.source == ArchiveFileItem::Source::Portal)
        fromPortal(item, std::move(done));
    else
        fromLink(item, item.url, false, std::move(done));
}

QString ArchiveFileFetcher::refusal(const ArchiveFileItem &item, const QByteArray &head)
{
    bool fits = !head.isEmpty();
    if (item.contentType == QLatin1String("application/pdf"))
        fits = fits && head.startsWith("%PDF");
    else if (item.contentType.startsWith(QLatin1String("image/")) ||
             (item.owner == ArchiveFileItem::Owner::Message && item.extension.isEmpty() &&
              !item.video))
        fits = fits && isImage(head);
    else
        fits = fits && !looksLikeHtmlOrJson(head); // an error page is not a file
    return fits ? QString() : tr("the portal did not give the file");
}

QString ArchiveFileFetcher::newPartPath()
{
    if (!m_workFolderMade)
        m_workFolderMade = QDir().mkpath(m_workFolder);
    return m_workFolder +
           QStringLiteral("/f%1-%2.part").arg(QCoreApplication::applicationPid()).arg(++m_serial);
}

void ArchiveFileFetcher::fromLink(const ArchiveFileItem &item, const QString &url, bool refreshed,
                                  Done done)
{
    ++m_downloads;
    // A video can be hundreds of MB: each chunk goes to the work file as it arrives. The
    // stream outlives neither its replies nor this object; whatever it leaves unfinished, it
    // removes (a half file is never handed on).
    fetchPart(item, url, refreshed, std::move(done), std::make_shared<LinkStream>(item, newPartPath()));
}

void ArchiveFileFetcher::fetchPart(const ArchiveFileItem &item, const QString &url, bool refreshed,
                                   Done done, std::shared_ptr<LinkStream> stream)
{
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setTransferTimeout(transferTimeoutMs);
    const qint64 from = stream->received;
    request.setRawHeader("Range", "bytes=" + QByteArray::number(from) + '-' +
                                      QByteArray::number(from + partBytes - 1));
    // Ranges count the bytes as sent: never compressed, which Qt would undo behind our backs.
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_api)
        applyExtraTrust(request, m_api->extraCaCertificates());
    QNetworkReply *reply = m_network->get(request);
    // Qt's own buffer stays small too: the network thread waits while this one writes.
    reply->setReadBufferSize(readBufferBytes);
    m_replies.append(reply);
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, stream, from] {
        // A part must start where the file so far ends, and be of the same file (size and
        // ETag) as the first; a whole file (200) only at the start.
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qint64 first = -1;
        qint64 total = 0;
        bool fits = status != 200 || from == 0;
        if (status == 206) {
            const QByteArray etag = reply->rawHeader("ETag");
            fits = parseContentRange(reply->rawHeader("Content-Range"), &first, &total) &&
                   first == from && (stream->total < 0 || total == stream->total) &&
                   (stream->etag.isEmpty() || etag == stream->etag);
            if (fits && stream->total < 0) {
                stream->total = total;
                stream->etag = etag;
            }
            if (fits && total > maxBytes && stream->error.isEmpty())
                stream->error = tr("the file is too large");
        }
        if (!fits && stream->error.isEmpty())
            stream->error = tr("the portal did not give the file");
        if (!stream->error.isEmpty())
            reply->abort();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, stream] {
        if (!isBody(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())) {
            reply->readAll(); // an error page: dropped (its status decides in finished())
            return;
        }
        if (!take(*stream, reply->readAll()))
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, item, url, refreshed, done, stream, from] {
        m_replies.removeAll(reply);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if ((status == 403 || status == 404 || status == 410) && !refreshed &&
            item.owner != ArchiveFileItem::Owner::Document) {
            // Expired: a file part-way goes on from where it ends with the fresh link.
            if (stream->received > 0) {
                refreshLink(item, done, stream);
            } else {
                stream->discard();
                refreshLink(item, done);
            }
            return;
        }
        if (!stream->error.isEmpty()) { // refused or not writable: aborted on purpose
            stream->discard();
            done({}, stream->error);
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            stream->discard();
            done({}, status == 0 ? tr("no connection") : tr("the portal answered %1").arg(status));
            return;
        }
        if (!take(*stream, reply->readAll())) {
            stream->discard();
            done({}, stream->error);
            return;
        }
        if (status == 206 && stream->received != stream->total) {
            if (stream->received == from || stream->received > stream->total) {
                // An empty part would be asked for again forever; a longer file is not this one.
                stream->discard();
                done({}, tr("the portal did not give the file"));
                return;
            }
            // The next part. It may find the link expired and refresh it once more: each
            // refresh follows progress, so this ends.
            fetchPart(item, url, false, done, stream);
            return;
        }
        if (!finishStream(*stream)) {
            stream->discard();
            done({}, stream->error);
            return;
        }
        done(stream->file.fileName(), {});
    });
}

bool ArchiveFileFetcher::take(LinkStream &stream, const QByteArray &chunk)
{
    if (!stream.error.isEmpty())
        return false;
    stream.received += chunk.size();
    if (stream.received > maxBytes) {
        stream.error = tr("the file is too large");
        return false;
    }
    if (stream.file.isOpen()) {
        if (stream.file.write(chunk) != chunk.size()) {
            stream.error = tr("the file could not be written");
            return false;
        }
        return true;
    }
    // Nothing goes to disk before the first bytes say what the file is.
    stream.head += chunk;
    if (stream.head.size() < headBytes)
        return true;
    return startFile(stream);
}

bool ArchiveFileFetcher::startFile(LinkStream &stream)
{
    stream.error = refusal(stream.item, stream.head.left(headBytes));
    if (!stream.error.isEmpty())
        return false;
    if (!stream.file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        stream.file.write(stream.head) != stream.head.size()) {
        stream.error = tr("the file could not be written");
        return false;
    }
    stream.head.clear();
    return true;
}

bool ArchiveFileFetcher::finishStream(LinkStream &stream)
{
    // A file shorter than the head is checked now, with all it has.
    if (!stream.file.isOpen() && !startFile(stream))
        return false;
    stream.file.close();
    if (stream.file.error() != QFileDevice::NoError) {
        stream.error = tr("the file could not be written");
        return false;
    }
    stream.complete = true;
    return true;
}

ArchiveFileFetcher::LinkStream::~LinkStream()
{
    if (!complete)
        discard();
}

void ArchiveFileFetcher::LinkStream::discard()
{
    file.close();
    QFile::remove(file.fileName());
    complete = false;
}

void ArchiveFileFetcher::fromPortal(const ArchiveFileItem &item, Done done)
{
    if (!m_api) {
        done({}, tr("no connection"));
        return;
    }
    ++m_downloads;
    // An annual statement can be as large as a video: it streams to its work file as it arrives,
    // checked on its first bytes like a link's. The API client hands on only a 2xx body (not the
    // 401 before a token refresh), and the stream removes whatever it leaves unfinished.
    auto stream = std::make_shared<LinkStream>(item, newPartPath());
    ApiCall call;
    call.path = item.url;
    call.sink = [this, stream](const QByteArray &chunk) { return take(*stream, chunk); };
    m_api->send(call, this, [this, done, stream](const ApiResult &result) {
        if (!stream->error.isEmpty()) { // refused or not writable: stopped on purpose
            stream->discard();
            done({}, stream->error);
            return;
        }
        if (!result.ok() || !finishStream(*stream)) {
            stream->discard();
            done({}, result.ok() ? stream->error : result.error.text());
            return;
        }
        done(stream->file.fileName(), {});
    });
}

void ArchiveFileFetcher::refreshLink(const ArchiveFileItem &item, Done done,
                                     std::shared_ptr<LinkStream> keep)
{
    if (!m_api) {
        done({}, tr("the link has expired"));
        return;
    }
    ++m_refreshes;
    ApiCall call;
    const bool message = item.owner == ArchiveFileItem::Owner::Message;
    call.path =
        message ? QStringLiteral("/restservices-parent/logbook/details/%1/summary/false")
                      .arg(item.ownerId)
                : QStringLiteral("/restservices-parent/htmlcontent/container/%1").arg(item.ownerId);
    m_api->send(call, this, [this, item, message, done, keep](const ApiResult &result) {
        QString fresh;
        if (result.ok() && message) {
            const ThreadDetails details = parseThreadDetails(item.ownerId, result.payload);
            for (const ThreadMessage &m : details.messages) {
                for (const MessageAttachment &a : m.attachments) {
                    if (a.id == item.fileId)
                        fresh = a.fullUrl;
                }
            }
        } else if (result.ok()) {
            if (const std::optional<ContentBody> body = parseContentBody(result.payload)) {
                const QString imagePrefix = QStringLiteral("image-");
                if (item.fileId.startsWith(imagePrefix) && m_api) {
                    const int index = item.fileId.mid(imagePrefix.size()).toInt() - 1;
                    fresh = archivefiles::newsImages(body->html, m_api->portal()).value(index);
                }
                for (const ContentAttachment &a : body->attachments) {
                    if (a.fileName == item.fileId)
                        fresh = a.url;
                }
            }
        }
        if (fresh.isEmpty()) {
            if (keep)
                keep->discard();
            done({}, tr("the file is no longer offered"));
            return;
        }
        if (keep)
            fetchPart(item, fresh, true, done, keep);
        else
            fromLink(item, fresh, true, done);
    });
}

} // namespace nestje
