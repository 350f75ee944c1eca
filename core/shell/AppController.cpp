// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppController.h"

#include "features/location/LocationStore.h"
#include "features/messages/MessageStore.h"
#include "shell/FileDialogFolder.h"
#include "text/PortalTime.h"

#include <QJSEngine>

namespace nestje {

namespace {
AppController *s_instance = nullptr;
}

AppController *AppController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "App", "create the AppController before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

AppController::AppController(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_accounts(network)
{
    s_instance = this;
    connect(&m_accounts, &Accounts::activeChanged, this, &AppController::followActiveSession);
    connect(&m_accounts, &Accounts::accountsChanged, this, &AppController::accountsChanged);
    connect(&m_accounts, &Accounts::authenticationRequired, this, &AppController::askToLogInAgain);
    connect(&m_session, &Session::featuresChanged, this, &AppController::updateTabs);
}

void AppController::updateTabs()
{
    // A tab shows when the organisation offers at least one thing on it.
    m_tabs.setAvailable(TabModel::Messages, m_session.offers(QStringLiteral("messages")));
    m_tabs.setAvailable(TabModel::Agenda, m_session.offers(QStringLiteral("planning"))
                                              || m_session.offers(QStringLiteral("requests")));
    m_tabs.setAvailable(TabModel::MyLocation,
                        m_session.offers(QStringLiteral("news")) || m_session.offers(QStringLiteral("newsletters"))
                            || m_session.offers(QStringLiteral("pages")) || m_session.offers(QStringLiteral("team")));
}

AppController::~AppController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void AppController::askToLogInAgain(const QString &accountId)
{
    // Only the account in view interrupts the parent; the others wait until they switch.
    AccountSession *session = m_accounts.active();
    if (!session || session->info().id != accountId)
        return;
    m_login.prefill(session->info().portal.toString(), session->info().username);
    const QString message =
        session->keychainHadNoSession()
            ? tr("Nestje could not find your session for %1 in this device's keychain. "
                 "Log in again; nothing you wrote is lost.")
            : tr("Your password for %1 has changed or your session has ended. Log in again; "
                 "nothing you wrote is lost.");
    m_login.setError(message.arg(session->info().displayName()));
    setScreen(LoginScreen);
}

void AppController::addAccount()
{
    m_login.prefill({});
    m_login.setError({});
    setScreen(LoginScreen);
}

void AppController::cancelLogin()
{
    m_login.cancel();
    if (m_accounts.active())
        setScreen(MainScreen);
}

void AppController::switchAccount(const QString &accountId)
{
    m_accounts.setActive(accountId);
}

QString AppController::version() const
{
    return QStringLiteral(NESTJE_VERSION);
}

QString AppController::portalDay(int daysFromToday) const
{
    return portaltime::today().addDays(daysFromToday).toString(Qt::ISODate);
}

QUrl AppController::dialogFolder(const QUrl &wanted) const
{
    return fileDialogFolder(wanted);
}

void AppController::restoreAccounts()
{
    m_accounts.restore();
}

void AppController::followActiveSession()
{
    disconnect(m_countersConnection);
    disconnect(m_storeConnection);
    AccountSession *session = m_accounts.active();
    if (session && session->sync())
        m_countersConnection = connect(session->sync(), &SyncEngine::countersChanged, this, &AppController::updateBadges);
    // A badge clears the moment the parent reads something (the store changes before the
    // portal's counters do).
    if (session)
        m_storeConnection = connect(session->database(), &Database::changed, this, &AppController::updateBadges);
    m_session.setAccount(session);
    m_myChild.setSession(session);
    updateBadges();
    setScreen(session ? MainScreen : LoginScreen);
    if (session) {
        session->outbox()->retryWaitingNow(); // e.g. after logging in again
        emit screenChanged();                 // canCancelLogin depends on the session too
    } else {
        setCurrentTab(TabModel::MyChild);
    }
}

// Each tab's line is its feature's: what is unread in its store, or the portal's counter.
void AppController::updateBadges()
{
    AccountSession *session = m_accounts.active();
    // Conversations the parent has not opened, from the cache: clears the moment one is opened.
    m_tabs.setUnread(TabModel::Messages, session && session->database()->isOpen() ? MessageStore(*session->database()).unreadCount() : 0);
    // News and newsletters not opened yet, from the cache: clears the moment one is opened.
    m_tabs.setUnread(TabModel::MyLocation, session && session->database()->isOpen()
                                               ? LocationStore(*session->database()).unreadNewsCount() +
                                                     LocationStore(*session->database()).unreadNewsletterCount()
                                               : 0);
}

void AppController::logout()
{
    m_login.cancel();
    if (AccountSession *session = m_accounts.active()) {
        // The login page keeps the portal, so logging in again is only a password away.
        m_login.prefill(session->info().ephemeral ? QString() : session->info().portal.toString());
        m_accounts.logout(session->info().id);
    }
}

void AppController::logoutAll()
{
    m_login.cancel();
    AccountSession *session = m_accounts.active();
    const QString portal = session && !session->info().ephemeral ? session->info().portal.toString() : QString();
    m_accounts.logoutAll();
    m_login.prefill(portal);
}

void AppController::open(const QString &tab, const QString &target)
{
    const int index = m_tabs.indexOfKey(tab);
    // A tab the organisation does not offer is hidden: a link into it (a quick action, a
    // notification of an earlier sync) opens nothing rather than a page without its tab.
    if (index < 0 || !m_tabs.isAvailable(TabModel::Tab(index)))
        return;
    setCurrentTab(index);
    if (target.isEmpty())
        return;
    if (index == TabModel::MyChild)
        m_myChild.open(target);
    else
        emit linkRequested(tab, target);
}

void AppController::setCurrentTab(int tab)
{
    if (tab < 0 || tab >= m_tabs.rowCount() || tab == m_currentTab)
        return;
    m_currentTab = tab;
    emit currentTabChanged();
}

void AppController::setScreen(Screen screen)
{
    if (m_screen != screen) {
        m_screen = screen;
        emit screenChanged();
    }
}

} // namespace nestje
