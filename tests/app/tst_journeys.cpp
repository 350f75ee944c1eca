// SPDX-License-Identifier: GPL-3.0-or-later
// What a parent does around logging in, in the app as users run it (the real window, the
// reference server on loopback, the keychain of ./dev test): each login failure shown on the
// login page, a login cancelled, a second organisation added and switched to, logging out of
// all accounts with the media gone, and a start with the portal down that shows the cached
// timeline with "Offline, laatst bijgewerkt …".
#include "Application.h"
#include "accounts/AccountSession.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"

#include <QDir>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

class TestJourneys : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::ReferenceServer> m_server;

    void startServer()
    {
        m_server = std::make_unique<server::ReferenceServer>(
            server::ServerOptions{m_dir.filePath(QStringLiteral("server")), {}, {}, {}});
        QString error;
        QVERIFY2(m_server->open(&error), qPrintable(error));
        if (!QFileInfo::exists(m_dir.filePath(QStringLiteral("server/seeded")))) {
            QVERIFY2(m_server->seedDemo(1, &error), qPrintable(error));
            QFile(m_dir.filePath(QStringLiteral("server/seeded"))).open(QIODevice::WriteOnly);
        }
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error) != 0, qPrintable(error));
    }

    QString portal(const char *slug) const { return m_server->portalUrl(QString::fromLatin1(slug)).toString(); }

    static AppOptions dutch()
    {
        AppOptions options;
        options.language = QStringLiteral("nl");
        return options;
    }

    // Whether the window shows `text` in a visible item (what the parent sees, not a property).
    static bool shows(QQuickItem *item, const QString &text)
    {
        if (!item->isVisible())
            return false;
        if (item->property("text").toString() == text)
            return true;
        const QList<QQuickItem *> children = item->childItems();
        return std::any_of(children.begin(), children.end(), [&](QQuickItem *child) { return shows(child, text); });
    }

    static QStringList childNames(AppController *controller)
    {
        QStringList names;
        for (const QVariant &child : controller->myChild()->timeline()->children())
            names << child.toMap().value(QStringLiteral("firstName")).toString();
        names.sort();
        return names;
    }

    static void logIn(AppController *controller, const QString &portal)
    {
        controller->login()->login(portal, QString::fromLatin1(server::demo::username),
                                   QString::fromLatin1(server::demo::password));
        QTRY_COMPARE_WITH_TIMEOUT(controller->screen(), AppController::MainScreen, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->session()->isSyncing() && !controller->session()->syncStatus().isEmpty(), 120000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QSettings().clear();
        startServer();
    }

    void theLoginPageShowsEachFailure()
    {
        Application app(dutch());
        QVERIFY(app.start());
        AppController *controller = app.controller();
        LoginFlow *login = controller->login();

        login->login(portal(server::demo::daycareSlug), QString::fromLatin1(server::demo::username), QStringLiteral("fout-wachtwoord"));
        QTRY_VERIFY_WITH_TIMEOUT(!login->isBusy(), 60000);
        const QString wrongPassword = login->error();
        QVERIFY2(wrongPassword.contains(QLatin1String("wachtwoord"), Qt::CaseInsensitive), qPrintable(wrongPassword));
        QTRY_VERIFY(shows(app.window()->contentItem(), wrongPassword));
        QCOMPARE(controller->accountCount(), 0);

        // A portal that is not there: a different message, not "wrong password".
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        const QString goneUrl = QStringLiteral("http://127.0.0.1:%1/deboomhut").arg(gone.serverPort());
        gone.close();
        login->login(goneUrl, QString::fromLatin1(server::demo::username), QString::fromLatin1(server::demo::password));
        QTRY_VERIFY_WITH_TIMEOUT(!login->isBusy(), 60000);
        QVERIFY(!login->error().isEmpty());
        QVERIFY2(login->error() != wrongPassword, qPrintable(login->error()));
        QTRY_VERIFY(shows(app.window()->contentItem(), login->error()));

        // A portal that accepts and never answers: the parent cancels, nothing is added.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        login->login(QStringLiteral("http://127.0.0.1:%1/deboomhut").arg(silent.serverPort()),
                     QString::fromLatin1(server::demo::username), QString::fromLatin1(server::demo::password));
        QVERIFY(login->isBusy());
        QTRY_VERIFY(silent.hasPendingConnections());
        QTcpSocket *request = silent.nextPendingConnection();
        login->cancel();
        QVERIFY(!login->isBusy());
        // The request is really given up (the connection closed), not left to finish later.
        QTRY_COMPARE(request->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(controller->screen(), AppController::LoginScreen);
        QCOMPARE(controller->accountCount(), 0);
    }

    void aSecondOrganisationIsAddedAndSwitchedTo()
    {
        Application app(dutch());
        QVERIFY(app.start());
        AppController *controller = app.controller();
        logIn(controller, portal(server::demo::daycareSlug));
        const QString daycare = controller->session()->accountId();
        QTRY_COMPARE(childNames(controller), (QStringList{QStringLiteral("Daan"), QStringLiteral("Noor")}));

        controller->addAccount();
        QCOMPARE(controller->screen(), AppController::LoginScreen);
        logIn(controller, portal(server::demo::afterSchoolSlug));
        QCOMPARE(controller->accountCount(), 2);
        QCOMPARE(controller->session()->organisation().isEmpty(), false);
        QVERIFY(controller->session()->accountId() != daycare);
        QTRY_COMPARE(childNames(controller), QStringList{QStringLiteral("Mila")});
        const QStringList mediaDirs{controller->accounts()->active()->mediaDirectory(),
                                    controller->accounts()->session(daycare)->mediaDirectory()};

        controller->switchAccount(daycare);
        QCOMPARE(controller->session()->accountId(), daycare);
        QTRY_COMPARE(childNames(controller), (QStringList{QStringLiteral("Daan"), QStringLiteral("Noor")}));

        // Photos were shown, so media are on disk; logging out of all accounts takes them.
        QDir(mediaDirs.first()).mkpath(QStringLiteral("."));
        controller->logoutAll();
        QCOMPARE(controller->screen(), AppController::LoginScreen);
        QCOMPARE(controller->accountCount(), 0);
        for (const QString &dir : mediaDirs)
            QTRY_VERIFY2(!QDir(dir).exists(), qPrintable(dir));
    }

    void withThePortalDownTheCachedTimelineShows()
    {
        QString accountId;
        {
            Application app(dutch());
            QVERIFY(app.start());
            logIn(app.controller(), portal(server::demo::daycareSlug));
            accountId = app.controller()->session()->accountId();
            QTRY_VERIFY(app.controller()->myChild()->timeline()->rowCount() > 0);
        }
        m_server.reset(); // the portal is down

        Application app(dutch());
        QVERIFY(app.start()); // restores the saved account
        AppController *controller = app.controller();
        QCOMPARE(controller->screen(), AppController::MainScreen);
        QCOMPARE(controller->session()->accountId(), accountId);
        QVERIFY(controller->myChild()->timeline()->rowCount() > 0); // at once, from the cache
        QTRY_VERIFY_WITH_TIMEOUT(controller->session()->syncStatus().startsWith(QLatin1String("Offline, laatst bijgewerkt")), 60000);
        QTRY_VERIFY(shows(app.window()->contentItem(), controller->session()->syncStatus()));

        startServer();
        controller->logoutAll();
    }
};

QTEST_MAIN(TestJourneys)
#include "tst_journeys.moc"
