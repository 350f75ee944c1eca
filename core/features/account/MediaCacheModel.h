// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountModel.h"

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QPointer>

namespace nestje {

// "Opslag op dit apparaat" in Overig: per account on this device, how much its cached photos
// and videos take, and the files it keeps once opened (documents, the files of messages, Mijn
// locatie's attachments: media/KeptFiles), and emptying them on request. Nothing is lost: a
// photo is fetched again when it is shown, a file when it is opened.
//
//     MediaCacheModel { id: storage; accounts: App.accountList }
//     storage.clear(accountId)
//
// Roles: accountId, organisation, username, mediaBytes, fileBytes, and as text ("12,4 MB")
// size (both), mediaSize, fileSize.
class MediaCacheModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        nestje::AccountModel *accounts READ accounts WRITE setAccounts NOTIFY accountsChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(qint64 totalBytes READ totalBytes NOTIFY sizesChanged)
    Q_PROPERTY(QString totalSize READ totalSize NOTIFY sizesChanged)
public:
    enum Role
    {
        AccountIdRole = Qt::UserRole + 1,
        OrganisationRole,
        UsernameRole,
        MediaBytesRole,
        FileBytesRole,
        SizeRole,
        MediaSizeRole,
        FileSizeRole
    };

    explicit MediaCacheModel(QObject *parent = nullptr);
    ~MediaCacheModel() override;

    AccountModel *accounts() const { return m_accounts; }
    void setAccounts(AccountModel *accounts);
    qint64 totalBytes() const;
    QString totalSize() const { return sizeText(totalBytes()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Measures every account's files again (the page calls it when shown).
    Q_INVOKABLE void refresh();
    // Deletes the account's cached photos, videos and documents; downloads under way finish.
    Q_INVOKABLE void clear(const QString &accountId);

    // "12,4 MB" in the app's language.
    static QString sizeText(qint64 bytes);

signals:
    void accountsChanged();
    void countChanged();
    void sizesChanged();

private:
    struct Row
    {
        QString accountId;
        QString organisation;
        QString username;
        qint64 mediaBytes = 0;
        qint64 fileBytes = 0;
    };

    QPointer<AccountModel> m_accounts;
    QList<Row> m_rows;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace nestje
