// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Accounts.h"
#include "accounts/PortalAddress.h"

#include <QNetworkAccessManager>
#include <QString>

namespace nestje {

class AccountSession;

// Runs the event loop until `done` is true (a command without a display waits like this).
void runUntil(const bool &done);

// How Nestje's commands without a display (`nestje archive`, `nestje calendar`) get a session:
// the password from the keychain when this device knows the account, else (or with
// --password-stdin) from the first line of standard input; a login as a session of its own,
// never stored; then its first sync. Problems are said on standard error, prefixed with
// "nestje <command>:".
class CommandLogin
{
public:
    explicit CommandLogin(const QString &command)
        : m_command(command)
        , m_accounts(&m_network)
    {
    }

    // Whether the login worked (false: no password, a wrong one, an unreachable portal).
    bool logIn(const PortalAddress &portal, const QString &user, bool passwordStdin,
               const QByteArray &caPem);
    // Waits until the session's first sync is over; whether it finished without trouble.
    bool waitForFirstSync();
    AccountSession *session() const { return m_session; }
    // "nestje <command>: <problem>" on standard error.
    void fail(const QString &problem) const;

private:
    QString password(const PortalAddress &portal, const QString &user, bool passwordStdin) const;

    QString m_command;
    QNetworkAccessManager m_network;
    Accounts m_accounts;
    AccountSession *m_session = nullptr;
};

} // namespace nestje
