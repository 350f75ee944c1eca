// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/LocationDownload.h"

#include "accounts/AccountSession.h"
#include "media/FileDownload.h"

#include <QCryptographicHash>

namespace nestje::locationfiles {

bool isImageType(const QString &contentType)
{
    return filedownload::isImageType(contentType);
}

QString directory(AccountSession &account)
{
    return account.cacheDirectory() + QLatin1Char('/') + QLatin1String(folder);
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
    filedownload::download(context, account, url, path, contentType,
                           [done = std::move(done)](const filedownload::Outcome &outcome) {
                               done(outcome.ok(), outcome.offline());
                           });
}

} // namespace nestje::locationfiles
