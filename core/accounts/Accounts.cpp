// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/Accounts.h"

#include <QCoreApplication>
#include <QNetworkInformation>

namespace nestje {

Accounts::Accounts(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_loginClient(network)
{
    connect(&m_loginClient, &LoginClient::failed, this, [this](const LoginError &error) {
        m_pendingAdd = false;
        emit addFailed(error);
    });
    connect(&m_interval, &QTimer::timeout, this, &Accounts::syncAll);
    m_interval.start(syncIntervalMs);
    // When the system says the network is back, do not wait for the interval.
    if (QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        syncAll();
                });
    }
}

void Accounts::syncAll()
{
    for (AccountSession *session : std::as_const(m_sessions)) {
        if (session->sync())
            session->sync()->start();
        if (session->outbox())
            session->outbox()->retryWaitingNow();
    }
}

Accounts::~Accounts()
{
    qDeleteAll(m_sessions);
}

AccountSession *Accounts::openSession(const AccountInfo &info, QString *error)
{
    if (AccountSession *existing = m_sessions.value(info.id))
        return existing;
    auto *session = new AccountSession(info, m_network, &m_secrets, this);
    if (!session->open(error)) {
        delete session;
        return nullptr;
    }
    connect(session, &AccountSession::authenticationRequired, this,
            [this, id = info.id] { emit authenticationRequired(id); });
    connect(session, &AccountSession::organisationNamed, this,
            [this, id = info.id](const QString &name) {
                if (m_list.setOrganisationName(id, name))
                    emit accountsChanged();
            });
    connect(session, &AccountSession::mayHaveNewItems, this,
            [this, id = info.id] { emit mayHaveNewItems(id); });
    connect(session, &AccountSession::stillNew, this,
            [this, id = info.id](const QSet<QString> &items) { emit stillNew(id, items); });
    m_sessions.insert(info.id, session);
    return session;
}

void Accounts::restore()
{
    for (const AccountInfo &info : m_list.accounts()) {
        QString error;
        if (AccountSession *session = openSession(info, &error))
            session->start();
        else
            emit problem(QCoreApplication::translate("Accounts", "The saved data of %1 could not be opened: %2")
                             .arg(info.username, error));
    }
    emit accountsChanged();
    emit activeChanged();
}

void Accounts::add(const QUrl &portal, const QString &username, const QString &password, bool ephemeral,
                   const QByteArray &extraCaPem)
{
    m_pendingAdd = true;
    disconnect(&m_loginClient, &LoginClient::succeeded, this, nullptr);
    connect(&m_loginClient, &LoginClient::succeeded, this,
            [this, password, ephemeral, extraCaPem](const LoginSession &login) {
                AccountInfo info;
                info.portal = login.portal;
                info.username = login.username;
                info.id = AccountInfo::idFor(info.portal, info.username);
                info.organisation = login.domainServerName.isEmpty() ? login.portal.host() : login.domainServerName;
                info.ephemeral = ephemeral;
                info.extraCaPem = extraCaPem;
                if (ephemeral) {
                    finishAdd(info, login, password);
                    return;
                }
                // Both secrets go to the keychain before the account counts as added.
                m_secrets.write(info.passwordKey(), password, [=, this](const SecretStore::Result &written) {
                    if (!written.ok)
                        emit problem(QCoreApplication::translate(
                            "Accounts", "Your password could not be stored in the keychain (%1). You will be "
                                        "asked for it again next time.").arg(written.error));
                    m_secrets.write(info.refreshTokenKey(), login.refreshToken,
                                    [=, this](const SecretStore::Result &) { finishAdd(info, login, password); });
                });
            });
    m_loginClient.setExtraCaCertificates(QSslCertificate::fromData(extraCaPem, QSsl::Pem));
    // A connection is set up with the TLS settings of its first request; a try without the
    // portal's CA must not leave one behind that ignores the CA added now.
    if (!extraCaPem.isEmpty())
        m_network->clearConnectionCache();
    m_loginClient.login(portal, username, password);
}

void Accounts::cancelAdd()
{
    m_loginClient.cancel();
    m_pendingAdd = false;
}

void Accounts::finishAdd(const AccountInfo &info, const LoginSession &login, const QString &password)
{
    Q_UNUSED(password)
    m_pendingAdd = false;
    QString error;
    AccountSession *session = openSession(info, &error);
    if (!session) {
        LoginError failure;
        failure.kind = LoginError::Kind::ServerError;
        failure.detail = error;
        emit problem(QCoreApplication::translate("Accounts", "Nestje could not save data on this device: %1").arg(error));
        emit addFailed(failure);
        return;
    }
    session->api()->setSession(login);
    m_list.add(info);
    m_list.setActive(info.id);
    session->start();
    emit accountsChanged();
    emit activeChanged();
    emit added(info.id);
}

void Accounts::setActive(const QString &id)
{
    if (id == m_list.activeId() || !m_sessions.contains(id))
        return;
    m_list.setActive(id);
    emit activeChanged();
}

void Accounts::logout(const QString &id)
{
    const AccountInfo *info = m_list.find(id);
    if (!info)
        return;
    const AccountInfo account = *info;
    const bool wasActive = id == m_list.activeId();
    if (AccountSession *session = m_sessions.take(id)) {
        session->disconnect(this); // nothing more from an account that is gone
        // The session object lives until the portal heard of the logout (a few seconds at
        // most); its data is gone at once.
        session->wipeLocalData([session] { session->deleteLater(); });
    }
    if (!account.ephemeral) {
        m_secrets.remove(account.passwordKey(), [](const SecretStore::Result &) {});
        m_secrets.remove(account.refreshTokenKey(), [](const SecretStore::Result &) {});
    }
    m_list.remove(id);
    // The session in view moves on first: what follows the list of accounts re-reads at once,
    // and would otherwise still read through the session just closed.
    if (wasActive)
        emit activeChanged();
    emit accountsChanged();
}

void Accounts::logoutAll()
{
    const QList<AccountInfo> all = m_list.accounts();
    for (const AccountInfo &account : all)
        logout(account.id);
}

} // namespace nestje
