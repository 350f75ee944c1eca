// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/LocationDownload.h"

#include "accounts/AccountSession.h"
#include "net/ApiClient.h"
#include "net/LoginClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

namespace nestje::locationfiles {

namespace {
// No byte for this long and the download counts as failed.
constexpr int transferTimeoutMs = 30000;
// Newsletter images and attachments are documents, not videos.
constexpr qint64 maxBytes = 50LL * 1024 * 1024;

bool looksLike(const QByteArray &bytes, const QString &contentType)
{
    if (contentType == QLatin1String("application/pdf"))
        return bytes.startsWith("%PDF");
    if (isImageType(contentType))
        return bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("\x89PNG") ||
               bytes.startsWith("GIF8") || (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP");
    return !bytes.isEmpty();
}
} // namespace

bool isImageType(const QString &contentType)
{
    return contentType.startsWith(QLatin1String("image/"));
}

QString directory(AccountSession &account)
{
    return account.cacheDirectory() + QStringLiteral("/location");
}

QString imagePath(AccountSession &account, const QUrl &url)
{
    const QByteArray what = (url.host() + url.path()).toUtf8();
    return directory(account) + QStringLiteral("/images/") +
           QString::fromLatin1(QCryptographicHash::hash(what, QCryptographicHash::Sha1).toHex());
}

void download(QObject *context, AccountSession &account, const QUrl &url, const QString &path,
              const QString &contentType, std::function<void(bool ok, bool offline)> done)
{
    auto *network =
        context->findChild<QNetworkAccessManager *>(QString(), Qt::FindDirectChildrenOnly);
    if (!network)
        network = new QNetworkAccessManager(context);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setTransferTimeout(transferTimeoutMs);
    applyExtraTrust(request, account.api()->extraCaCertificates());
    QNetworkReply *reply = network->get(request);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply](qint64 received, qint64) {
                         if (received > maxBytes)
                             reply->abort();
                     });
    QObject::connect(
        reply, &QNetworkReply::finished, context,
        [reply, path, contentType, done = std::move(done)] {
            reply->deleteLater();
            const QByteArray bytes = reply->readAll();
            if (reply->error() != QNetworkReply::NoError || !looksLike(bytes, contentType)) {
                const bool offline =
                    reply->error() != QNetworkReply::NoError &&
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0;
                done(false, offline);
                return;
            }
            QDir().mkpath(QFileInfo(path).absolutePath());
            QSaveFile file(path);
            done(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() &&
                     file.commit(),
                 false);
        });
}

} // namespace nestje::locationfiles
