#pragma once

#include "accounts/Accounts.h"
#include "models/AccountModel.h"
#include "models/TabModel.h"
#include "models/TimelineController.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace nestje {

// What the QML shell binds to: which screen to show, the login flow and its errors, the
// active account and its sync state, and the tabs with their unread badges.
class AppController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString loginError READ loginError NOTIFY loginErrorChanged)
    Q_PROPERTY(QString accountName READ accountName NOTIFY sessionChanged)
    Q_PROPERTY(QString portalName READ portalName NOTIFY sessionChanged)
    Q_PROPERTY(bool demo READ isDemo NOTIFY sessionChanged)
    Q_PROPERTY(int accountCount READ accountCount NOTIFY sessionChanged)
    Q_PROPERTY(bool syncing READ isSyncing NOTIFY syncStateChanged)
    Q_PROPERTY(double syncProgress READ syncProgress NOTIFY syncStateChanged)
    Q_PROPERTY(QString syncStatus READ syncStatus NOTIFY syncStateChanged)
    Q_PROPERTY(nestje::TabModel *tabs READ tabs CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(int currentTab READ currentTab WRITE setCurrentTab NOTIFY currentTabChanged)
    Q_PROPERTY(QString loginPortal READ loginPortal NOTIFY loginPrefillChanged)
    Q_PROPERTY(QString loginUsername READ loginUsername NOTIFY loginPrefillChanged)
    Q_PROPERTY(bool canCancelLogin READ canCancelLogin NOTIFY screenChanged)
    Q_PROPERTY(nestje::AccountModel *accountList READ accountList CONSTANT)
    Q_PROPERTY(QString portalCertificate READ portalCertificate NOTIFY portalCertificateChanged)
    Q_PROPERTY(nestje::TimelineController *myChild READ myChild CONSTANT)
public:
    enum Screen { LoginScreen, MainScreen };
    Q_ENUM(Screen)

    explicit AppController(QNetworkAccessManager *network, QObject *parent = nullptr);

    Screen screen() const { return m_screen; }
    bool isBusy() const { return m_busy; }
    QString loginError() const { return m_loginError; }
    QString accountName() const;
    QString portalName() const;
    bool isDemo() const;
    int accountCount() const { return int(m_accounts.list().size()); }
    bool isSyncing() const;
    double syncProgress() const;
    QString syncStatus() const;
    TabModel *tabs() { return &m_tabs; }
    QString version() const;
    int currentTab() const { return m_currentTab; }
    void setCurrentTab(int tab);
    QString loginPortal() const { return m_loginPortal; }
    QString loginUsername() const { return m_loginUsername; }
    void setInitialPortal(const QString &portal) { m_loginPortal = portal; }
    bool canCancelLogin() const { return m_screen == LoginScreen && m_accounts.active(); }
    AccountModel *accountList() { return &m_accountModel; }
    TimelineController *myChild() { return &m_myChild; }
    Accounts *accounts() { return &m_accounts; }

    // Shows the saved accounts' cached data at once and syncs them in the background.
    void restoreAccounts();

    // The login page's "Log in" button. Validates the portal field first.
    Q_INVOKABLE void login(const QString &portalInput, const QString &username, const QString &password);
    // "Probeer de demo": the app starts its embedded server and calls loginToDemo().
    Q_INVOKABLE void startDemo();
    Q_INVOKABLE void logout();
    Q_INVOKABLE void logoutAll();
    Q_INVOKABLE void syncNow();
    // "Account toevoegen": the login page, with a way back to the current account.
    Q_INVOKABLE void addAccount();
    // Back from the login page to the active account's (cached) data.
    Q_INVOKABLE void cancelLogin();
    Q_INVOKABLE void switchAccount(const QString &accountId);
    // A self-hosted portal's CA certificate (PEM file) to trust for the next login; an empty
    // URL forgets it. Returns a translated problem, or empty when the file holds a certificate.
    Q_INVOKABLE QString usePortalCertificate(const QUrl &pemFile);
    // Who the chosen certificate belongs to, for the login page; empty when none.
    QString portalCertificate() const;
    // Translated problem with the portal field, or empty when it is usable.
    Q_INVOKABLE QString portalProblem(const QString &portalInput) const;
    // Where "Wachtwoord vergeten?" leads: the portal's own reset page.
    Q_INVOKABLE QUrl forgotPasswordUrl(const QString &portalInput) const;

    void loginToDemo(const QUrl &portal, const QString &username, const QString &password);
    void failDemo(const QString &reason);

signals:
    void screenChanged();
    void busyChanged();
    void loginErrorChanged();
    void sessionChanged();
    void syncStateChanged();
    void demoRequested();
    void currentTabChanged();
    void loginPrefillChanged();
    void portalCertificateChanged();

private:
    void setBusy(bool busy);
    void setLoginError(const QString &error);
    void setScreen(Screen screen);
    void followActiveSession();
    void updateBadges();
    void askToLogInAgain(const QString &accountId);

    Accounts m_accounts;
    AccountModel m_accountModel{&m_accounts};
    TimelineController m_myChild{&m_accounts};
    TabModel m_tabs;
    Screen m_screen = LoginScreen;
    bool m_busy = false;
    bool m_addingDemo = false;
    QString m_loginError;
    QString m_loginPortal;
    QString m_loginUsername;
    QByteArray m_portalCertificatePem;
    int m_currentTab = TabModel::MyChild;
    QMetaObject::Connection m_syncConnections[4];
};

} // namespace nestje
