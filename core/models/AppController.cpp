#include "models/AppController.h"

#include "accounts/PortalAddress.h"

namespace nestje {

AppController::AppController(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_loginClient(network)
{
    connect(&m_loginClient, &LoginClient::succeeded, this, [this](const LoginSession &session) {
        m_session = session;
        setBusy(false);
        setLoginError({});
        emit sessionChanged();
        setScreen(MainScreen);
    });
    connect(&m_loginClient, &LoginClient::failed, this, [this](const LoginError &error) {
        setBusy(false);
        setLoginError(m_demo ? tr("The demo could not start: %1").arg(error.text()) : error.text());
    });
}

QString AppController::portalName() const
{
    if (!m_session.domainServerName.isEmpty())
        return m_session.domainServerName;
    return m_session.portal.host();
}

QString AppController::version() const
{
    return QStringLiteral(NESTJE_VERSION);
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
    m_demo = false;
    setLoginError({});
    setBusy(true);
    m_loginClient.login(portal.baseUrl(), username.trimmed(), password);
}

void AppController::startDemo()
{
    setLoginError({});
    setBusy(true);
    emit demoRequested();
}

void AppController::loginToDemo(const QUrl &portal, const QString &username, const QString &password)
{
    m_demo = true;
    setBusy(true);
    m_loginClient.login(portal, username, password);
}

void AppController::showShellWithoutSession()
{
    m_demo = true;
    setBusy(false);
    emit sessionChanged();
    setScreen(MainScreen);
}

void AppController::failDemo(const QString &reason)
{
    setBusy(false);
    setLoginError(tr("The demo could not start: %1").arg(reason));
}

void AppController::logout()
{
    m_loginClient.cancel();
    m_session = {};
    m_demo = false;
    setBusy(false);
    emit sessionChanged();
    setScreen(LoginScreen);
    setCurrentTab(TabModel::MyChild);
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
