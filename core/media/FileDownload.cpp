// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/FileDownload.h"

#include "accounts/AccountSession.h"
#include "net/ApiClient.h"
#include "net/LoginClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrlQuery>

namespace nestje::filedownload {

namespace {
// No byte for this long and the download counts as failed.
constexpr int transferTimeoutMs = 30000;
// Letters, newsletter images and attachments are documents, not videos.
constexpr qint64 maxBytes = 50LL * 1024 * 1024;

bool looksLike(const QByteArray &bytes, const QString &contentType)
{
    if (contentType == QLatin1String("application/pdf"))
        return bytes.startsWith("%PDF");
    if (isImageType(contentType))
        return startsLikeImage(bytes);
    return !bytes.isEmpty();
}

bool storePrivately(const QString &path, const QByteArray &bytes)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory) ||
        !QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner))
        return false;
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
           file.write(bytes) == bytes.size() && file.commit();
}
} // namespace

bool startsLikeImage(const QByteArray &head)
{
    return head.startsWith("\xFF\xD8\xFF") || head.startsWith("\x89PNG") ||
           head.startsWith("GIF8") || (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP");
}

bool startsLikePage(const QByteArray &head)
{
    const QByteArray start = head.trimmed().left(5);
    return start.startsWith('<') || start.startsWith('{');
}

bool isImageType(const QString &contentType)
{
    return contentType.startsWith(QLatin1String("image/"));
}

bool linkExpired(const QUrl &url)
{
    const QString expires = QUrlQuery(url).queryItemValue(QStringLiteral("Expires"));
    bool ok = false;
    const qint64 at = expires.toLongLong(&ok);
    return ok && at * 1000 < QDateTime::currentMSecsSinceEpoch() + 30 * 1000;
}

QString safeFileName(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString safe = name;
    safe.replace(unsafe, QStringLiteral("_"));
    if (safe.isEmpty() || safe.startsWith(QLatin1Char('.')))
        safe.prepend(QStringLiteral("file"));
    return safe.left(80);
}

bool openOnDevice(const QString &path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

QString noAppText()
{
    return QCoreApplication::translate("nestje::filedownload",
                                       "No app on this device opens this file. It is kept in the "
                                       "app and can be opened once such an app is installed.");
}

void download(QObject *context, AccountSession &account, const QUrl &url, const QString &path,
              const QString &contentType, std::function<void(const Outcome &)> done)
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
    QObject::connect(reply, &QNetworkReply::finished, context,
                     [reply, path, contentType, done = std::move(done)] {
                         reply->deleteLater();
                         const QByteArray bytes = reply->readAll();
                         Outcome outcome;
                         outcome.httpStatus =
                             reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                         if (reply->error() != QNetworkReply::NoError)
                             outcome.result = outcome.httpStatus == 0 ? Outcome::Result::Offline
                                                                      : Outcome::Result::Refused;
                         else if (!looksLike(bytes, contentType))
                             outcome.result = Outcome::Result::NotTheFile;
                         else
                             outcome.result = storePrivately(path, bytes)
                                                  ? Outcome::Result::Stored
                                                  : Outcome::Result::NotStored;
                         done(outcome);
                     });
}

} // namespace nestje::filedownload
