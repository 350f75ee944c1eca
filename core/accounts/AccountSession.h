// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountList.h"
#include "net/ApiClient.h"
#include "db/Database.h"
#include "sync/NotificationFeed.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"
#include "sync/Writes.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace nestje {

class SecretStore;

// Everything one account has while the app runs: its portal client, its cache database and
// its sync engine. Accounts never share any of these, so their data cannot mix.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    AccountSession(const AccountInfo &info, QNetworkAccessManager *network, SecretStore *secrets,
                   QObject *parent = nullptr);
    ~AccountSession() override;

    // Opens the cache; false with a reason when the disk refuses.
    bool open(QString *error = nullptr);
    // Reads the refresh token from the keychain (persisted accounts), then syncs.
    void start();
    // Tells the portal to end the session (best effort, see ApiClient::logout), stops all
    // traffic and closes the cache, then deletes the cache and media from disk. `portalTold`
    // runs once the portal answered or gave up; keep the session alive until then.
    void wipeLocalData(std::function<void()> portalTold = {});

    // Whether start() found no session in the keychain for this account (not there, or the
    // keychain would not give it): a new login is needed, though nothing on the portal changed.
    bool keychainHadNoSession() const { return m_keychainHadNoSession; }

    const AccountInfo &info() const { return m_info; }
    ApiClient *api() { return &m_api; }
    Database *database() { return &m_db; }
    SyncEngine *sync() { return m_sync.get(); }
    Outbox *outbox() { return m_outbox.get(); }
    Writes *writes() { return m_writes.get(); }

    // What a sync brought that is worth a notification (the account's push settings): taken
    // notes it as announced; waiting only looks (items held through quiet hours, still new).
    QList<NewItem> takeNewItems();
    QList<NewItem> waitingItems();

    QString cacheDirectory() const;
    QString mediaDirectory() const;
    static QString cacheRoot();
    static QString mediaRoot();

signals:
    void authenticationRequired();
    // A sync reached the portal: new messages, news, photos … may have arrived (takeNewItems).
    void mayHaveNewItems();
    // A sync brought the organisation's name (or a new one): info().displayName() changed.
    void organisationNamed(const QString &name);
    // After the account's data changed: what is still new ("kind\nid", NotificationFeed), so
    // notifications of items read meanwhile are taken back.
    void stillNew(const QSet<QString> &items);

private:
    AccountInfo m_info;
    SecretStore *m_secrets;
    ApiClient m_api;
    Database m_db;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<Writes> m_writes;
    bool m_syncAgain = false; // a write completed during a sync that may be past its feature
    QTimer m_stillNew;        // data changed: say what is still new, once the burst is over
    QTimer m_retryStale;      // a feature failed: try again with back-off, before the 5-minute sync
    int m_staleRetries = 0;
    bool m_keychainHadNoSession = false;
};

} // namespace nestje
