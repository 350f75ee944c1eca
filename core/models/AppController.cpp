#include "models/AppController.h"

#include "accounts/PortalAddress.h"

#include <QFile>
#include <QSslCertificate>

#include <QLocale>

namespace nestje {

AppController::AppController(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_accounts(network)
{
    connect(&m_accounts, &Accounts::added, this, [this] {
        m_addingDemo = false;
        setBusy(false);
        setLoginError({});
    });
    connect(&m_accounts, &Accounts::addFailed, this, [this](const LoginError &error) {
        setBusy(false);
        setLoginError(m_addingDemo ? tr("The demo could not start: %1").arg(error.text()) : error.text());
        m_addingDemo = false;
    });
    connect(&m_accounts, &Accounts::activeChanged, this, &AppController::followActiveSession);
    connect(&m_accounts, &Accounts::accountsChanged, this, &AppController::sessionChanged);
    connect(&m_accounts, &Accounts::authenticationRequired, this, &AppController::askToLogInAgain);
}

void AppController::askToLogInAgain(const QString &accountId)
{
    // Only the account in view interrupts the parent; the others wait until they switch.
    AccountSession *session = m_accounts.active();
    if (!session || session->info().id != accountId)
        return;
    m_loginPortal = session->info().portal.toString();
    m_loginUsername = session->info().username;
    emit loginPrefillChanged();
    setLoginError(tr("Your password for %1 has changed or your session has ended. Log in again; "
                     "nothing you wrote is lost.").arg(session->info().organisation));
    setScreen(LoginScreen);
}

void AppController::addAccount()
{
    m_loginPortal.clear();
    m_loginUsername.clear();
    emit loginPrefillChanged();
    setLoginError({});
    setScreen(LoginScreen);
}

void AppController::cancelLogin()
{
    m_accounts.cancelAdd();
    setBusy(false);
    setLoginError({});
    if (m_accounts.active())
        setScreen(MainScreen);
}

QString AppController::usePortalCertificate(const QUrl &pemFile)
{
    if (pemFile.isEmpty()) {
        m_portalCertificatePem.clear();
        emit portalCertificateChanged();
        return {};
    }
    QFile file(pemFile.toLocalFile());
    const QByteArray pem = file.open(QIODevice::ReadOnly) ? file.read(256 * 1024) : QByteArray();
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull())
        return tr("This file does not contain a certificate (PEM).");
    m_portalCertificatePem = pem;
    emit portalCertificateChanged();
    return {};
}

QString AppController::portalCertificate() const
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(m_portalCertificatePem, QSsl::Pem);
    if (certificates.isEmpty())
        return {};
    const QStringList names = certificates.first().subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? QString::fromLatin1(certificates.first().digest().toHex().left(16)) : names.first();
}

void AppController::switchAccount(const QString &accountId)
{
    m_accounts.setActive(accountId);
}

QString AppController::accountName() const
{
    const AccountSession *session = m_accounts.active();
    return session ? session->info().username : QString();
}

QString AppController::portalName() const
{
    const AccountSession *session = m_accounts.active();
    return session ? session->info().organisation : QString();
}

bool AppController::isDemo() const
{
    const AccountSession *session = m_accounts.active();
    return session && session->info().ephemeral;
}

bool AppController::isSyncing() const
{
    AccountSession *session = m_accounts.active();
    return session && session->sync() && session->sync()->isRunning();
}

double AppController::syncProgress() const
{
    AccountSession *session = m_accounts.active();
    return session && session->sync() ? session->sync()->progress() : 0;
}

QString AppController::syncStatus() const
{
    AccountSession *session = m_accounts.active();
    if (!session || !session->sync())
        return {};
    SyncEngine *sync = session->sync();
    if (sync->isRunning())
        return sync->hasCompletedFullSync() ? tr("Updating…") : tr("Fetching everything for the first time…");
    const QDateTime last = sync->lastSuccess();
    const QString when = last.isValid() ? QLocale().toString(last.toLocalTime(), QLocale::ShortFormat) : QString();
    const ApiError error = sync->lastErrorDetail();
    if (error.isTransient())
        return last.isValid() ? tr("Offline, last updated %1").arg(when) : tr("Offline");
    if (error.kind != ApiError::Kind::None && error.kind != ApiError::Kind::Cancelled)
        return error.text();
    return last.isValid() ? tr("Updated %1").arg(when) : QString();
}

QString AppController::version() const
{
    return QStringLiteral(NESTJE_VERSION);
}

void AppController::restoreAccounts()
{
    m_accounts.restore();
}

void AppController::followActiveSession()
{
    for (QMetaObject::Connection &connection : m_syncConnections)
        disconnect(connection);
    AccountSession *session = m_accounts.active();
    if (session && session->sync()) {
        SyncEngine *sync = session->sync();
        m_syncConnections[0] = connect(sync, &SyncEngine::runningChanged, this, &AppController::syncStateChanged);
        m_syncConnections[1] = connect(sync, &SyncEngine::progressChanged, this, &AppController::syncStateChanged);
        m_syncConnections[2] = connect(sync, &SyncEngine::finished, this, &AppController::syncStateChanged);
        m_syncConnections[3] = connect(sync, &SyncEngine::countersChanged, this, &AppController::updateBadges);
    }
    m_myChild.setSession(session);
    updateBadges();
    emit sessionChanged();
    emit syncStateChanged();
    setScreen(session ? MainScreen : LoginScreen);
    if (session) {
        session->outbox()->retryWaitingNow(); // e.g. after logging in again
        emit screenChanged();                 // canCancelLogin depends on the session too
    }
    if (!session)
        setCurrentTab(TabModel::MyChild);
}

void AppController::updateBadges()
{
    AccountSession *session = m_accounts.active();
    const SyncEngine::Counters counters = session && session->sync() ? session->sync()->counters()
                                                                       : SyncEngine::Counters{};
    m_tabs.setUnread(TabModel::Messages, counters.messages);
    m_tabs.setUnread(TabModel::MyLocation, counters.news + counters.newsletters);
}

void AppController::login(const QString &portalInput, const QString &username, const QString &password)
{
    const PortalAddress portal = PortalAddress::fromUserInput(portalInput);
    if (!portal.isValid()) {
        setLoginError(portal.problemText());
        return;
    }
    if (!username.contains(QLatin1Char('@'))) {
        setLoginError(tr("Enter the e-mail address you use to log in to the portal."));
        return;
    }
    if (password.isEmpty()) {
        setLoginError(tr("Enter your password."));
        return;
    }
    m_addingDemo = false;
    setLoginError({});
    setBusy(true);
    m_accounts.add(portal.baseUrl(), username.trimmed(), password, false, m_portalCertificatePem);
}

void AppController::startDemo()
{
    setLoginError({});
    setBusy(true);
    emit demoRequested();
}

void AppController::loginToDemo(const QUrl &portal, const QString &username, const QString &password)
{
    m_addingDemo = true;
    setBusy(true);
    m_accounts.add(portal, username, password, true);
}

void AppController::failDemo(const QString &reason)
{
    setBusy(false);
    setLoginError(tr("The demo could not start: %1").arg(reason));
}

void AppController::logout()
{
    m_accounts.cancelAdd();
    setBusy(false);
    if (AccountSession *session = m_accounts.active())
        m_accounts.logout(session->info().id);
}

void AppController::logoutAll()
{
    m_accounts.cancelAdd();
    setBusy(false);
    m_accounts.logoutAll();
}

void AppController::syncNow()
{
    if (AccountSession *session = m_accounts.active(); session && session->sync())
        session->start();
}

QString AppController::portalProblem(const QString &portalInput) const
{
    return PortalAddress::fromUserInput(portalInput).problemText();
}

QUrl AppController::forgotPasswordUrl(const QString &portalInput) const
{
    const PortalAddress portal = PortalAddress::fromUserInput(portalInput);
    if (!portal.isValid())
        return {};
    return portalEndpoint(portal.baseUrl(), QStringLiteral("/auth/forgot-password"));
}

void AppController::setCurrentTab(int tab)
{
    if (tab < 0 || tab >= m_tabs.rowCount() || tab == m_currentTab)
        return;
    m_currentTab = tab;
    emit currentTabChanged();
}

void AppController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void AppController::setLoginError(const QString &error)
{
    if (m_loginError != error) {
        m_loginError = error;
        emit loginErrorChanged();
    }
}

void AppController::setScreen(Screen screen)
{
    if (m_screen != screen) {
        m_screen = screen;
        emit screenChanged();
    }
}

} // namespace nestje
