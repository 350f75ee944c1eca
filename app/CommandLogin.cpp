// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLogin.h"

#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

namespace nestje {

namespace {
// lupdate files these tr() calls, made in CommandLogin's member functions, under the class
// (nestje::CommandLogin), although this helper is what runs: look up that same context
// (tst_translations::helpersLookUpTheContextLupdateFilesThemUnder checks it).
QString tr(const char *text)
{
    return QCoreApplication::translate("nestje::CommandLogin", text);
}
} // namespace

void runUntil(const bool &done)
{
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

void CommandLogin::fail(const QString &problem) const
{
    QTextStream(stderr) << "nestje " << m_command << ": " << problem << Qt::endl;
}

QString CommandLogin::password(const PortalAddress &portal, const QString &user,
                               bool passwordStdin) const
{
    QString password;
    if (!passwordStdin) {
        AccountInfo known;
        known.portal = portal.baseUrl();
        known.username = user;
        known.id = AccountInfo::idFor(known.portal, user);
        SecretStore secrets;
        bool read = false;
        secrets.read(known.passwordKey(), [&](const SecretStore::Result &result) {
            if (result.ok)
                password = result.value;
            read = true;
        });
        QTimer::singleShot(10000, QCoreApplication::instance(),
                           [&] { read = true; }); // no keychain answers: ask instead
        runUntil(read);
    }
    if (password.isEmpty()) {
        if (!passwordStdin)
            QTextStream(stderr) << tr("Password (one line on standard input):") << Qt::endl;
        std::string line;
        std::getline(std::cin, line);
        password = QString::fromStdString(line);
        if (password.endsWith(QLatin1Char('\r')))
            password.chop(1);
    }
    return password;
}

bool CommandLogin::logIn(const PortalAddress &portal, const QString &user, bool passwordStdin,
                         const QByteArray &caPem)
{
    const QString secret = password(portal, user, passwordStdin);
    if (secret.isEmpty()) {
        fail(tr("no password"));
        return false;
    }
    QString accountId;
    QString loginProblem;
    bool loggedIn = false;
    const QMetaObject::Connection added = QObject::connect(
        &m_accounts, &Accounts::added, QCoreApplication::instance(), [&](const QString &id) {
            accountId = id;
            loggedIn = true;
        });
    const QMetaObject::Connection failed =
        QObject::connect(&m_accounts, &Accounts::addFailed, QCoreApplication::instance(),
                         [&](const LoginError &error) {
                             loginProblem = error.text();
                             loggedIn = true;
                         });
    QTextStream(stderr) << tr("Logging in to %1 …").arg(portal.baseUrl().toString()) << Qt::endl;
    m_accounts.add(portal.baseUrl(), user, secret, /*ephemeral*/ true, caPem);
    runUntil(loggedIn);
    QObject::disconnect(added);
    QObject::disconnect(failed);
    m_session = m_accounts.session(accountId);
    if (!loginProblem.isEmpty() || !m_session) {
        fail(loginProblem.isEmpty() ? tr("the login failed") : loginProblem);
        m_session = nullptr;
        return false;
    }
    return true;
}

bool CommandLogin::waitForFirstSync()
{
    QTextStream(stderr) << tr("Reading what the portal has …") << Qt::endl;
    SyncEngine *sync = m_session->sync();
    if (!sync->isRunning() && sync->hasCompletedFullSync())
        return true;
    bool synced = false;
    bool syncOk = false;
    const QMetaObject::Connection connection =
        QObject::connect(sync, &SyncEngine::finished, QCoreApplication::instance(), [&](bool ok) {
            synced = true;
            syncOk = ok;
        });
    runUntil(synced);
    QObject::disconnect(connection);
    return syncOk || sync->hasCompletedFullSync();
}

} // namespace nestje
