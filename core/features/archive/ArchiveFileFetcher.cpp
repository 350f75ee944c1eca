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
#include <QSaveFile>

namespace nestje {

namespace {
// Message attachments may be videos; nothing the portal attaches is larger.
constexpr qint64 maxBytes = 1024LL * 1024 * 1024;

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

QString ArchiveFileFetcher::keep(const ArchiveFileItem &item, const QByteArray &bytes,
                                 QString *path)
{
    const QByteArray head = bytes.left(16);
    bool fits = !bytes.isEmpty();
    if (item.contentType == QLatin1String("application/pdf"))
        fits = fits && head.startsWith("%PDF");
    else if (item.contentType.startsWith(QLatin1String("image/")) ||
             (item.owner == ArchiveFileItem::Owner::Message && item.extension.isEmpty() &&
              !item.video))
        fits = fits && isImage(head);
    else
        fits = fits && !looksLikeHtmlOrJson(head); // an error page is not a file
    if (!fits)
        return tr("the portal did not give the file");
    QDir().mkpath(m_workFolder);
    *path = m_workFolder +
            QStringLiteral("/f%1-%2.part").arg(QCoreApplication::applicationPid()).arg(++m_serial);
    QSaveFile file(*path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("the file could not be written");
    return {};
}

void ArchiveFileFetcher::fromLink(const ArchiveFileItem &item, const QString &url, bool refreshed,
                                  Done done)
{
    ++m_downloads;
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setTransferTimeout(transferTimeoutMs);
    if (m_api)
        applyExtraTrust(request, m_api->extraCaCertificates());
    QNetworkReply *reply = m_network->get(request);
    m_replies.append(reply);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > maxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, item, refreshed, done] {
        m_replies.removeAll(reply);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if ((status == 403 || status == 404 || status == 410) && !refreshed &&
            item.owner != ArchiveFileItem::Owner::Document) {
            refreshLink(item, done);
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            done({}, status == 0 ? tr("no connection") : tr("the portal answered %1").arg(status));
            return;
        }
        QString path;
        const QString error = keep(item, reply->readAll(), &path);
        done(error.isEmpty() ? path : QString(), error);
    });
}

void ArchiveFileFetcher::fromPortal(const ArchiveFileItem &item, Done done)
{
    if (!m_api) {
        done({}, tr("no connection"));
        return;
    }
    ++m_downloads;
    ApiCall call;
    call.path = item.url;
    call.binary = true;
    m_api->send(call, this, [this, item, done](const ApiResult &result) {
        if (!result.ok()) {
            done({}, result.error.text());
            return;
        }
        QString path;
        const QString error = keep(item, result.raw, &path);
        done(error.isEmpty() ? path : QString(), error);
    });
}

void ArchiveFileFetcher::refreshLink(const ArchiveFileItem &item, Done done)
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
    m_api->send(call, this, [this, item, message, done](const ApiResult &result) {
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
            done({}, tr("the file is no longer offered"));
            return;
        }
        fromLink(item, fresh, true, done);
    });
}

} // namespace nestje
