// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountList.h"
#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "net/LoginClient.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace nestje {

// All accounts of this device: adding one (login), switching, removing, logging out.
// Each account has its own AccountSession; all of them keep syncing in the background.
class Accounts : public QObject
{
    Q_OBJECT
public:
    explicit Accounts(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Accounts() override;

    // Restores the saved accounts and starts their sessions.
    void restore();
    // Logs in; on success stores the secrets, opens the session, makes it active and syncs.
    // `extraCaPem`: the CA of a self-hosted portal, trusted in addition to the system's.
    void add(const QUrl &portal, const QString &username, const QString &password, bool ephemeral = false,
             const QByteArray &extraCaPem = {});
    void cancelAdd();
    void setActive(const QString &id);
    // Deletes the account's secrets, cache database and cached media.
    void logout(const QString &id);
    void logoutAll();
    // An incremental sync of every account, and every waiting write sent now.
    void syncAll();

    // Background sync of every account, not only the active one.
    static constexpr int syncIntervalMs = 5 * 60 * 1000;

    QList<AccountInfo> list() const { return m_list.accounts(); }
    AccountSession *active() const { return m_sessions.value(m_list.activeId()); }
    AccountSession *session(const QString &id) const { return m_sessions.value(id); }
    bool isAdding() const { return m_loginClient.isBusy() || m_pendingAdd; }

signals:
    void accountsChanged();
    void activeChanged();
    void added(const QString &id);
    void addFailed(const nestje::LoginError &error);
    void authenticationRequired(const QString &id);
    // A sync of account `id` reached the portal: see AccountSession::takeNewItems.
    void mayHaveNewItems(const QString &id);
    void stillNew(const QString &id, const QSet<QString> &items);
    // Keychain or disk trouble worth telling the user about.
    void problem(const QString &text);

private:
    AccountSession *openSession(const AccountInfo &info, QString *error);
    void finishAdd(const AccountInfo &info, const LoginSession &login, const QString &password);

    QNetworkAccessManager *m_network;
    SecretStore m_secrets;
    LoginClient m_loginClient;
    AccountList m_list;
    QHash<QString, AccountSession *> m_sessions;
    bool m_pendingAdd = false;
    QTimer m_interval;
};

} // namespace nestje
