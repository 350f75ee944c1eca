// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include "accounts/AccountModel.h"
#include "accounts/Accounts.h"
#include "features/timeline/TimelineController.h"
#include "shell/LoginFlow.h"
#include "shell/Session.h"
#include "shell/TabModel.h"

#include <QObject>

class QNetworkAccessManager;
class QQmlEngine;
class QJSEngine;

namespace nestje {

// The shell (QML's `App` singleton): which screen to show, the tabs with their badges, the
// accounts, and the parts that have their own object: the login page (`login`) and the
// account in view (`session`), which feature models take as their source.
class AppController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(nestje::LoginFlow *login READ login CONSTANT)
    Q_PROPERTY(nestje::Session *session READ session CONSTANT)
    Q_PROPERTY(nestje::TabModel *tabs READ tabs CONSTANT)
    Q_PROPERTY(int currentTab READ currentTab WRITE setCurrentTab NOTIFY currentTabChanged)
    Q_PROPERTY(nestje::AccountModel *accountList READ accountList CONSTANT)
    Q_PROPERTY(int accountCount READ accountCount NOTIFY accountsChanged)
    Q_PROPERTY(bool canCancelLogin READ canCancelLogin NOTIFY screenChanged)
    Q_PROPERTY(nestje::TimelineController *myChild READ myChild CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString dialogProblem READ dialogProblem CONSTANT)
public:
    enum Screen { LoginScreen, MainScreen };
    Q_ENUM(Screen)

    explicit AppController(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AppController() override;

    // QML's `App` is the controller of this process: Application (or a QML test) creates it
    // before any QML is loaded, and every engine gets that same instance.
    static AppController *create(QQmlEngine *, QJSEngine *);

    Screen screen() const { return m_screen; }
    LoginFlow *login() { return &m_login; }
    Session *session() { return &m_session; }
    TabModel *tabs() { return &m_tabs; }
    int currentTab() const { return m_currentTab; }
    void setCurrentTab(int tab);
    AccountModel *accountList() { return &m_accountModel; }
    int accountCount() const { return int(m_accounts.list().size()); }
    bool canCancelLogin() const { return m_screen == LoginScreen && m_accounts.active(); }
    TimelineController *myChild() { return &m_myChild; }
    Accounts *accounts() { return &m_accounts; }
    QString version() const;

    // Why the file dialogs cannot open on this system (a QML module is missing), or empty.
    // Pages check it before opening a dialog, so a missing module is a message, not a crash.
    QString dialogProblem() const { return m_dialogProblem; }
    void setDialogProblem(const QString &problem) { m_dialogProblem = problem; }
    // Where a file dialog asked to open in `wanted` opens (see fileDialogFolder).
    Q_INVOKABLE QUrl dialogFolder(const QUrl &wanted) const;
    // The portal's day `daysFromToday` after today at the daycare (Europe/Amsterdam), as
    // "yyyy-MM-dd": the forms' first day and limits. QML's `new Date()` is the device's day, a
    // day off in the evening in New York.
    Q_INVOKABLE QString portalDay(int daysFromToday = 0) const;

    // Shows the saved accounts' cached data at once and syncs them in the background.
    void restoreAccounts();

    Q_INVOKABLE void logout();
    Q_INVOKABLE void logoutAll();
    // "Account toevoegen": the login page, with a way back to the current account.
    Q_INVOKABLE void addAccount();
    // Back from the login page to the active account's (cached) data.
    Q_INVOKABLE void cancelLogin();
    Q_INVOKABLE void switchAccount(const QString &accountId);
    // A deep link (from a notification, a second start, the screenshot registry or another
    // page): shows the tab (its TabModel key) and hands `target` to it. Mijn kind opens it
    // through App.myChild; every other tab's page answers linkRequested for its own key, e.g.
    // open("berichten", "thread/42").
    Q_INVOKABLE void open(const QString &tab, const QString &target);

signals:
    void screenChanged();
    void currentTabChanged();
    void accountsChanged();
    void linkRequested(const QString &tab, const QString &target);

private:
    void setScreen(Screen screen);
    void followActiveSession();
    void updateBadges();
    void updateTabs();
    void askToLogInAgain(const QString &accountId);

    Accounts m_accounts;
    LoginFlow m_login{&m_accounts};
    Session m_session;
    AccountModel m_accountModel{&m_accounts};
    TimelineController m_myChild{&m_accounts};
    TabModel m_tabs;
    Screen m_screen = LoginScreen;
    int m_currentTab = TabModel::MyChild;
    QString m_dialogProblem;
    QMetaObject::Connection m_countersConnection;
    QMetaObject::Connection m_storeConnection;
};

} // namespace nestje
