// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace nestje {

// Who an account is. Non-secret, so it may live in QSettings; secrets go to SecretStore.
struct AccountInfo
{
    QString id;           // stable, derived from portal + username
    QUrl portal;
    QString username;
    QString organisation;     // the portal's slug (domainServerName) or host
    QString organisationName; // the organisation's own name, once a sync brought it (P2)
    bool ephemeral = false; // the demo: never written to settings or the keychain
    QByteArray extraCaPem;  // a self-hosted portal's own CA certificate(s); public, not a secret

    // What the parent sees: the organisation's name, or the slug until it is known.
    QString displayName() const
    {
        return organisationName.isEmpty() ? organisation : organisationName;
    }

    static QString idFor(const QUrl &portal, const QString &username);
    QString passwordKey() const { return id + QStringLiteral(":password"); }
    QString refreshTokenKey() const { return id + QStringLiteral(":refresh"); }
};

// The list of accounts and which one is active, persisted in QSettings.
class AccountList
{
public:
    AccountList();

    QList<AccountInfo> accounts() const { return m_accounts; }
    const AccountInfo *find(const QString &id) const;
    QString activeId() const { return m_activeId; }

    void add(const AccountInfo &account); // replaces an account with the same id
    void remove(const QString &id);
    void setActive(const QString &id);
    // False when nothing changed.
    bool setOrganisationName(const QString &id, const QString &name);

private:
    void save() const;
    QList<AccountInfo> m_accounts;
    QString m_activeId;
};

} // namespace nestje
