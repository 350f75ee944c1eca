// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Accounts.h"
#include "accounts/PortalAddress.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QString>

class QCommandLineParser;

namespace nestje {

class AccountSession;

// Runs the event loop until `done` is true (a command without a display waits like this).
void runUntil(const bool &done);

// The options of every command that logs in (--portal, --user, --password-stdin, --ca-file),
// and what they say once parsed. One place, so `nestje archive` and `nestje calendar` cannot
// drift apart in names, help texts or checks.
struct LoginOptions
{
    Q_DECLARE_TR_FUNCTIONS(LoginOptions)

public:
    LoginOptions();
    void addTo(QCommandLineParser &parser) const;
    // Reads the parsed values: an empty string when they will do, else what is wrong (a usage
    // error: a missing --portal or --user, an address that is no portal, an unreadable --ca-file).
    QString read(const QCommandLineParser &parser);

    QCommandLineOption portalOption;
    QCommandLineOption userOption;
    QCommandLineOption passwordStdinOption;
    QCommandLineOption caFileOption;

    PortalAddress portal;
    QString user;
    bool passwordFromStdin = false;
    QByteArray caPem;
};

// A command's start: the app's language for its messages (the one the parent chose in the app,
// else the system's), as the window speaks it.
void installCommandTranslations();

// How Nestje's commands without a display (`nestje archive`, `nestje calendar`) get a session:
// the password from the keychain when this device knows the account, else (or with
// --password-stdin) from the first line of standard input; a login as a session of its own,
// never stored; then its first sync. Problems are said on standard error, prefixed with
// "nestje <command>:".
class CommandLogin
{
    Q_DECLARE_TR_FUNCTIONS(CommandLogin)

public:
    explicit CommandLogin(const QString &command)
        : m_command(command)
        , m_accounts(&m_network)
    {
    }

    // Whether the login worked (false: no password, a wrong one, an unreachable portal).
    bool logIn(const LoginOptions &options);
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
