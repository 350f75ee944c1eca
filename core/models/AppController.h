#pragma once

#include "api/LoginClient.h"
#include "models/TabModel.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace nestje {

// What the QML shell binds to: which screen to show, the login flow and its errors, the tabs.
class AppController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString loginError READ loginError NOTIFY loginErrorChanged)
    Q_PROPERTY(QString accountName READ accountName NOTIFY sessionChanged)
    Q_PROPERTY(QString portalName READ portalName NOTIFY sessionChanged)
    Q_PROPERTY(bool demo READ isDemo NOTIFY sessionChanged)
    Q_PROPERTY(nestje::TabModel *tabs READ tabs CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(int currentTab READ currentTab WRITE setCurrentTab NOTIFY currentTabChanged)
    Q_PROPERTY(QString initialPortal READ initialPortal CONSTANT)
public:
    enum Screen { LoginScreen, MainScreen };
    Q_ENUM(Screen)

    explicit AppController(QNetworkAccessManager *network, QObject *parent = nullptr);

    Screen screen() const { return m_screen; }
    bool isBusy() const { return m_busy; }
    QString loginError() const { return m_loginError; }
    QString accountName() const { return m_session.username; }
    QString portalName() const;
    bool isDemo() const { return m_demo; }
    TabModel *tabs() { return &m_tabs; }
    QString version() const;
    int currentTab() const { return m_currentTab; }
    void setCurrentTab(int tab);
    QString initialPortal() const { return m_initialPortal; }
    void setInitialPortal(const QString &portal) { m_initialPortal = portal; }

    // The login page's "Log in" button. Validates the portal field first.
    Q_INVOKABLE void login(const QString &portalInput, const QString &username, const QString &password);
    // "Probeer de demo": the app starts its embedded server and calls loginToDemo().
    Q_INVOKABLE void startDemo();
    Q_INVOKABLE void logout();
    // Translated problem with the portal field, or empty when it is usable.
    Q_INVOKABLE QString portalProblem(const QString &portalInput) const;
    // Where "Wachtwoord vergeten?" leads: the portal's own reset page.
    Q_INVOKABLE QUrl forgotPasswordUrl(const QString &portalInput) const;

    void loginToDemo(const QUrl &portal, const QString &username, const QString &password);
    // Shows the main screen without a session (demo server unavailable): empty states only.
    void showShellWithoutSession();
    void failDemo(const QString &reason);

signals:
    void screenChanged();
    void busyChanged();
    void loginErrorChanged();
    void sessionChanged();
    void demoRequested();
    void currentTabChanged();

private:
    void setBusy(bool busy);
    void setLoginError(const QString &error);
    void setScreen(Screen screen);

    LoginClient m_loginClient;
    TabModel m_tabs;
    LoginSession m_session;
    Screen m_screen = LoginScreen;
    bool m_busy = false;
    bool m_demo = false;
    QString m_loginError;
    QString m_initialPortal;
    int m_currentTab = TabModel::MyChild;
};

} // namespace nestje
