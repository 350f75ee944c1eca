// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "Language.h"
#include "features/account/AppLanguage.h"
#include "NotificationLinks.h"
#include "ScreenshotRunner.h"
#include "shell/QmlModuleCheck.h"
#include "media/MediaImageProvider.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(NestjePlugin)
Q_IMPORT_QML_PLUGIN(Nestje_CorePlugin)

namespace nestje {

Application::Application(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_controller(&m_network)
    , m_quietHours(notificationFeed())
{
    m_controller.login()->prefill(m_options.portal);
    // Coming back to the app (phone unlocked, window raised) is the moment to catch up.
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            m_controller.accounts()->syncAll();
    });
    connect(m_controller.login(), &LoginFlow::demoRequested, &m_demoServer, &DemoServer::start);
    connect(&m_demoServer, &DemoServer::ready, m_controller.login(), &LoginFlow::loginToDemo);
    connect(&m_demoServer, &DemoServer::failed, m_controller.login(), &LoginFlow::failDemo);
    connect(m_controller.accounts(), &Accounts::mayHaveNewItems, this, [this](const QString &id) {
        const AccountSession *session = m_controller.accounts()->session(id);
        if (session && !session->info().ephemeral) // the demo stays quiet
            m_quietHours.offer(id);
    });
    connect(&m_notifications, &DesktopNotifications::openRequested, this, &Application::openItem);
    // Read in the app (a conversation opened, news read): its notification is taken back.
    connect(m_controller.accounts(), &Accounts::stillNew, &m_notifications, &DesktopNotifications::keepOnly);
}

QuietHoursGate::Feed Application::notificationFeed()
{
    QuietHoursGate::Feed feed;
    feed.accounts = [this] {
        QStringList ids;
        for (const AccountInfo &info : m_controller.accounts()->list()) {
            if (!info.ephemeral && m_controller.accounts()->session(info.id))
                ids << info.id;
        }
        return ids;
    };
    feed.look = [this](const QString &account) {
        AccountSession *session = m_controller.accounts()->session(account);
        return session ? session->waitingItems() : QList<NewItem>();
    };
    feed.take = [this](const QString &account) {
        AccountSession *session = m_controller.accounts()->session(account);
        return session ? session->takeNewItems() : QList<NewItem>();
    };
    feed.deliver = [this](const QString &account, const QList<NewItem> &items) {
        if (const AccountSession *session = m_controller.accounts()->session(account))
            m_notifications.announce(session->info().displayName(), items, account);
    };
    return feed;
}

void Application::openItem(const QString &kind, const QString &id, const QString &account)
{
    // An item of an account not on screen is shown in its own account, not looked up in another.
    if (!account.isEmpty() && m_controller.accounts()->session(account) &&
        m_controller.accounts()->active() != m_controller.accounts()->session(account))
        m_controller.switchAccount(account);
    const NotificationLink link = notificationLink(kind, id);
    if (!link.tab.isEmpty() && m_controller.screen() == AppController::MainScreen)
        m_controller.open(link.tab, link.target);
}

Application::~Application() = default;

QQuickWindow *Application::window() const
{
    const QList<QObject *> roots = m_engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
}

bool Application::start()
{
    // --lang wins; else what the parent chose in Overig (AppLanguage); else the system's.
    const QString language = resolveLanguage(m_options.language.isEmpty() ? AppLanguage::remembered() : m_options.language);
    installTranslations(language);
    AppLanguage::setCurrent(language);
    AppLanguage::setInstaller(&installTranslations);
    m_engine.addImportPath(QStringLiteral("qrc:/"));
    m_controller.setDialogProblem(fileDialogProblem(&m_engine));
    m_engine.addImageProvider(QStringLiteral("media"), new MediaImageProvider(m_controller.myChild()->mediaLibrary()));
    m_engine.load(QUrl(QStringLiteral("qrc:/Nestje/Main.qml")));
    QQuickWindow *mainWindow = window();
    if (!mainWindow)
        return false;
    if (m_options.size.isValid())
        mainWindow->resize(m_options.size);
    mainWindow->setIcon(QIcon(QStringLiteral(":/icons/nestje.svg")));

    const bool screenshot = !m_options.screenshotFile.isEmpty();
    // A screenshot of the login page shows the login page, also with --demo.
    const bool loginShot = screenshot && m_options.page == QLatin1String("login");
    const bool wantsShell = !loginShot && (m_options.demo || screenshot);
    if (wantsShell)
        m_controller.login()->startDemo();
    else if (!loginShot)
        m_controller.restoreAccounts(); // cached data shows at once; syncing runs behind it
    // What waited through quiet hours when the app last quit: now, or when they end.
    m_quietHours.recheck();
    if (screenshot) {
        auto *runner = new ScreenshotRunner(mainWindow, &m_controller, m_options.screenshotFile,
                                            m_options.page, this);
        connect(runner, &ScreenshotRunner::finished, this, &Application::exitRequested);
        runner->start();
    }
    return true;
}

} // namespace nestje
