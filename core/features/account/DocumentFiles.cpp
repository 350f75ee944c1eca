// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/DocumentFiles.h"

#include "accounts/AccountSession.h"
#include "media/FileDownload.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

namespace nestje {

DocumentFiles::DocumentFiles(QObject *parent)
    : QObject(parent)
    , m_binding({}, [] {}, this)
{
}

void DocumentFiles::setSession(Session *session)
{
    if (m_binding.setSession(session))
        emit sessionChanged();
}

QString DocumentFiles::directoryOf(AccountSession &account)
{
    return directoryFor(account.info().id);
}

QString DocumentFiles::directoryFor(const QString &accountId)
{
    return AccountSession::cacheRoot() + QLatin1Char('/') + accountId + QLatin1Char('/') +
           QLatin1String(folder);
}

QString DocumentFiles::keyOf(const QString &type, const QString &adminId, const QString &itemId)
{
    // Ids come from the portal: only safe characters reach a file name.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9-]"));
    return QStringList{type, adminId, itemId}.replaceInStrings(unsafe, QStringLiteral("_")).join(QLatin1Char('_'));
}

void DocumentFiles::fetch(const QString &type, const QString &adminId, const QString &itemId)
{
    fetchThen(type, adminId, itemId, [](const QString &) {});
}

void DocumentFiles::open(const QString &type, const QString &adminId, const QString &itemId)
{
    fetchThen(type, adminId, itemId, [this](const QString &path) {
        if (!filedownload::openOnDevice(path))
            emit failed(filedownload::noAppText());
    });
}

void DocumentFiles::saveAs(const QString &type, const QString &adminId, const QString &itemId, const QUrl &target)
{
    fetchThen(type, adminId, itemId, [this, target](const QString &path) {
        const QString destination = target.isLocalFile() ? target.toLocalFile() : target.toString();
        QFile::remove(destination);
        if (QFile::copy(path, destination))
            emit saved(destination);
        else
            emit failed(tr("The document could not be saved there."));
    });
}

void DocumentFiles::fetchThen(const QString &type, const QString &adminId, const QString &itemId,
                              std::function<void(const QString &path)> then)
{
    AccountSession *account = m_binding.account();
    if (!account) {
        emit failed(tr("No account."));
        return;
    }
    const QString key = keyOf(type, adminId, itemId);
    const QString path = directoryOf(*account) + QLatin1Char('/') + key + QStringLiteral(".pdf");
    if (QFile::exists(path)) {
        emit ready(key, path);
        then(path);
        return;
    }
    if (m_loading.contains(key))
        return;
    m_loading.insert(key);
    emit busyChanged();
    ApiCall call;
    call.path = QStringLiteral("/restservices-parent/administration/%1/%2/%3")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(adminId)), QString::fromLatin1(QUrl::toPercentEncoding(type)),
                         QString::fromLatin1(QUrl::toPercentEncoding(itemId)));
    call.binary = true;
    QPointer<AccountSession> session(account);
    account->api()->send(call, this, [this, session, key, path, then = std::move(then)](const ApiResult &result) {
        m_loading.remove(key);
        emit busyChanged();
        if (!result.ok()) {
            emit failed(result.error.kind == ApiError::Kind::Network ? tr("No connection: the document is not on this device yet.")
                                                                    : tr("The portal did not give the document."));
            return;
        }
        // Only a PDF is kept: an HTML error page must not be opened as a document.
        if (!result.raw.startsWith("%PDF")) {
            emit failed(tr("The portal did not give the document."));
            return;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(result.raw) != result.raw.size() || !file.commit()) {
            emit failed(tr("The document could not be stored on this device."));
            return;
        }
        if (session)
            session->database()->announce(QStringLiteral("documents")); // now available offline
        emit ready(key, path);
        then(path);
    });
}

} // namespace nestje
