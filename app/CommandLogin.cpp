// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLogin.h"

#include "Language.h"

#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "features/account/AppLanguage.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

namespace nestje {


LoginOptions::LoginOptions()
    : portalOption(QStringLiteral("portal"), tr("The portal: a name, a host or an address."),
                   QStringLiteral("P"))
    , userOption(QStringLiteral("user"), tr("Your e-mail address on the portal."), QStringLiteral("EMAIL"))
    , passwordStdinOption(QStringLiteral("password-stdin"), tr("Read the password from standard input."))
    , caFileOption(QStringLiteral("ca-file"), tr("The CA certificate of a self-hosted portal."),
                   QStringLiteral("PEM"))
{
}

void LoginOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({portalOption, userOption, passwordStdinOption, caFileOption});
}

QString LoginOptions::read(const QCommandLineParser &parser)
{
    for (const QCommandLineOption &required : {portalOption, userOption}) {
        if (!parser.isSet(required))
            return tr("--%1 is required").arg(required.names().first());
    }
    portal = PortalAddress::fromUserInput(parser.value(portalOption));
    if (!portal.isValid())
        return portal.problemText();
    user = parser.value(userOption);
    passwordFromStdin = parser.isSet(passwordStdinOption);
    if (parser.isSet(caFileOption)) {
        QFile ca(parser.value(caFileOption));
        if (!ca.open(QIODevice::ReadOnly))
            return tr("cannot read %1: %2").arg(ca.fileName(), ca.errorString());
        caPem = ca.readAll();
    }
    return {};
}

void installCommandTranslations()
{
    installTranslations(resolveLanguage(AppLanguage::remembered()));
}

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

bool CommandLogin::logIn(const LoginOptions &options)
{
    const PortalAddress &portal = options.portal;
    const QString &user = options.user;
    const QString secret = password(portal, user, options.passwordFromStdin);
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
    m_accounts.add(portal.baseUrl(), user, secret, /*ephemeral*/ true, options.caPem);
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
