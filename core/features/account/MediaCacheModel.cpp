// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/MediaCacheModel.h"

#include "accounts/AccountModel.h"
#include "accounts/Accounts.h"
#include "media/KeptFiles.h"
#include "media/MediaCache.h"
#include "media/MediaLibrary.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QSet>

namespace nestje {

namespace {

qint64 bytesUnder(const QString &directory)
{
    qint64 total = 0;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QString keptFolder(const QString &accountId, const KeptFiles &kept)
{
    return AccountSession::cacheRoot() + QLatin1Char('/') + accountId + QLatin1Char('/') +
           kept.folder;
}

// The account's media cache, if one is running: it is a child of the session (MediaLibrary
// creates it there), and it keeps its own count of bytes, so it must do the emptying.
MediaCache *runningCache(Accounts *accounts, const QString &accountId)
{
    AccountSession *session = accounts ? accounts->session(accountId) : nullptr;
    return session ? session->findChild<MediaCache *>(QString(), Qt::FindDirectChildrenOnly)
                   : nullptr;
}

// Every model shown (the overview and the storage page may both be): emptying the cache in
// one shows in all.
QSet<MediaCacheModel *> &shownModels()
{
    static QSet<MediaCacheModel *> models;
    return models;
}

} // namespace

MediaCacheModel::MediaCacheModel(QObject *parent)
    : QAbstractListModel(parent)
{
    shownModels().insert(this);
}

MediaCacheModel::~MediaCacheModel()
{
    shownModels().remove(this);
}

void MediaCacheModel::setAccounts(AccountModel *accounts)
{
    if (m_accounts == accounts)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_accounts = accounts;
    if (accounts) {
        // An account added or logged out: its row comes or goes (a reset: a handful of rows).
        m_connections << connect(accounts, &QAbstractItemModel::modelReset, this,
                                 &MediaCacheModel::refresh);
    }
    emit accountsChanged();
    refresh();
}

qint64 MediaCacheModel::totalBytes() const
{
    qint64 total = 0;
    for (const Row &row : m_rows)
        total += row.mediaBytes + row.fileBytes;
    return total;
}

int MediaCacheModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MediaCacheModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case AccountIdRole:
        return row.accountId;
    case OrganisationRole:
        return row.organisation;
    case UsernameRole:
        return row.username;
    case MediaBytesRole:
        return row.mediaBytes;
    case FileBytesRole:
        return row.fileBytes;
    case Qt::DisplayRole:
    case SizeRole:
        return sizeText(row.mediaBytes + row.fileBytes);
    case MediaSizeRole:
        return sizeText(row.mediaBytes);
    case FileSizeRole:
        return sizeText(row.fileBytes);
    }
    return {};
}

QHash<int, QByteArray> MediaCacheModel::roleNames() const
{
    return {{AccountIdRole, "accountId"},         {OrganisationRole, "organisation"},
            {UsernameRole, "username"},           {MediaBytesRole, "mediaBytes"},
            {FileBytesRole, "fileBytes"}, {SizeRole, "size"},
            {MediaSizeRole, "mediaSize"},         {FileSizeRole, "fileSize"}};
}

void MediaCacheModel::refresh()
{
    Accounts *accounts = m_accounts ? m_accounts->accounts() : nullptr;
    QList<Row> rows;
    if (accounts) {
        for (const AccountInfo &info : accounts->list()) {
            Row row{info.id, info.displayName(), info.username, 0, 0};
            MediaCache *cache = runningCache(accounts, info.id);
            row.mediaBytes =
                cache ? cache->cacheBytes() : bytesUnder(MediaLibrary::directoryOf(info.id));
            for (const KeptFiles &kept : keptFiles())
                row.fileBytes += bytesUnder(keptFolder(info.id, kept));
            rows << row;
        }
    }
    const bool sameAccounts =
        rows.size() == m_rows.size() &&
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                   [](const Row &a, const Row &b) { return a.accountId == b.accountId; });
    if (sameAccounts) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        emit countChanged();
    }
    emit sizesChanged();
}

void MediaCacheModel::clear(const QString &accountId)
{
    Accounts *accounts = m_accounts ? m_accounts->accounts() : nullptr;
    if (!accounts)
        return;
    bool known = false;
    for (const AccountInfo &info : accounts->list())
        known = known || info.id == accountId;
    if (!known)
        return; // only directories of accounts on this device, never a path from elsewhere
    if (MediaCache *cache = runningCache(accounts, accountId)) {
        cache->clear();
    } else {
        // No cache is running, so no download either: every file may go.
        QDirIterator it(MediaLibrary::directoryOf(accountId), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            QFile::remove(it.next());
    }
    AccountSession *session = accounts->session(accountId);
    for (const KeptFiles &kept : keptFiles()) {
        QDir(keptFolder(accountId, kept)).removeRecursively();
        // The pages mark which files are on this device ("Beschikbaar offline").
        if (session && session->database()->isOpen()) {
            for (const QString &topic : kept.topics)
                session->database()->announce(topic);
        }
    }
    for (MediaCacheModel *model : std::as_const(shownModels()))
        model->refresh();
}

QString MediaCacheModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes < 1024 * 1024 ? 0 : 1,
                                       QLocale::DataSizeTraditionalFormat);
}

} // namespace nestje
