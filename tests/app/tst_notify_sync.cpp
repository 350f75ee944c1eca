// SPDX-License-Identifier: GPL-3.0-or-later
// Notifications end to end: staff write on the reference server through its staff desk, the app
// (as users run it, logged in to real accounts, not the quiet demo) syncs, and the desktop's
// notification service receives the app's Notify calls over D-Bus. Nothing in between is stood
// in for: every kind a parent is told about (a message, news, a newsletter, photos, a diary
// entry, a decision on a request), the portal's push settings, a restart of the app, and two
// accounts side by side.
#include "Application.h"
#include "NotificationService.h"
#include "accounts/AccountSession.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "server/staff/StaffDesk.h"
#include "sync/SyncEngine.h"

#include <QDBusConnection>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

namespace {
const QString daycare = QString::fromLatin1(server::demo::daycareSlug);
const QString afterSchool = QString::fromLatin1(server::demo::afterSchoolSlug);
const QString serviceName = QStringLiteral("org.freedesktop.Notifications");
} // namespace

class TestNotifySync : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    // The portal's clock: a test moves it to the next day, so that day has no diary yet.
    qint64 m_offsetMs = 0;
    std::unique_ptr<server::ReferenceServer> m_portal;
    std::unique_ptr<server::StaffDesk> m_staff;
    // The stand-in daemon has its own bus connection, as a real one would: the app's calls
    // and its click signals travel through the bus.
    QDBusConnection m_daemonBus{QStringLiteral("unset")};
    NotificationService m_service;

    QString serverDir() const { return m_dir.filePath(QStringLiteral("server")); }
    qint64 portalNow() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }

    static std::unique_ptr<Application> startApp()
    {
        AppOptions options;
        options.language = QStringLiteral("en");
        auto app = std::make_unique<Application>(options);
        if (!app->start())
            return nullptr;
        return app;
    }

    void logIn(AppController *controller, const QString &slug)
    {
        controller->login()->login(m_portal->portalUrl(slug).toString(),
                                   QString::fromLatin1(server::demo::username),
                                   QString::fromLatin1(server::demo::password));
        QTRY_COMPARE_WITH_TIMEOUT(controller->screen(), AppController::MainScreen, 60000);
        // The first sync only takes note of what is there: a new account gets no history.
        QTRY_VERIFY_WITH_TIMEOUT(!controller->session()->isSyncing() &&
                                     !controller->session()->syncStatus().isEmpty(),
                                 120000);
    }

    // One sync of `account` that starts after what the staff did, waited for to its end.
    static bool sync(AccountSession *account,
                     SyncEngine::Mode mode = SyncEngine::Mode::Incremental)
    {
        if (!QTest::qWaitFor([&] { return !account->sync()->isRunning(); }, 60000))
            return false;
        QSignalSpy finished(account->sync(), &SyncEngine::finished);
        account->sync()->start(mode);
        return finished.wait(60000) && finished.first().first().toBool();
    }

    // Waits for `count` notifications in all, then a moment longer so a surplus would show.
    bool received(int count)
    {
        if (!QTest::qWaitFor([&] { return m_service.summaries.size() >= count; }, 30000))
            return false;
        QTest::qWait(400);
        return m_service.summaries.size() == count;
    }

    // Every notification so far, for the failure message.
    QString last() const
    {
        QStringList shown;
        for (int i = 0; i < m_service.summaries.size(); ++i)
            shown << m_service.summaries.at(i) + QStringLiteral(" | ") + m_service.bodies.at(i);
        return shown.join(QStringLiteral(" || "));
    }

    // As the portal's website does it: the parent logs in and changes a push setting.
    bool setPush(const QString &slug, const QString &item, bool push)
    {
        QNetworkAccessManager network;
        const QString base = m_portal->portalUrl(slug).toString();
        QNetworkRequest login(QUrl(base + QStringLiteral("/auth-api/login")));
        login.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QJsonObject credentials{
            {QStringLiteral("username"), QString::fromLatin1(server::demo::username)},
            {QStringLiteral("password"), QString::fromLatin1(server::demo::password)},
            {QStringLiteral("childMinder"), false}};
        std::unique_ptr<QNetworkReply> loggedIn(
            network.put(login, QJsonDocument(credentials).toJson(QJsonDocument::Compact)));
        if (!QTest::qWaitFor([&] { return loggedIn->isFinished(); }, 30000))
            return false;
        QJsonObject answer = QJsonDocument::fromJson(loggedIn->readAll()).object();
        if (answer.contains(QLatin1String("payload")))
            answer = answer.value(QLatin1String("payload")).toObject();
        const QString token = answer.value(QLatin1String("authToken")).toString();
        if (token.isEmpty())
            return false;
        QNetworkRequest put(QUrl(base + QStringLiteral("/restservices-parent/notification/settings")));
        put.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        put.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        const QJsonObject body{{QStringLiteral("items"),
                                QJsonArray{QJsonObject{{QStringLiteral("item"), item},
                                                       {QStringLiteral("push"), push},
                                                       {QStringLiteral("email"), false}}}}};
        std::unique_ptr<QNetworkReply> changed(
            network.put(put, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        if (!QTest::qWaitFor([&] { return changed->isFinished(); }, 30000))
            return false;
        // The portal's answer lists every item: the one changed must now say so.
        for (const QJsonValue &v : QJsonDocument::fromJson(changed->readAll())
                                       .object()
                                       .value(QLatin1String("payload"))
                                       .toObject()
                                       .value(QLatin1String("items"))
                                       .toArray())
            if (v.toObject().value(QLatin1String("item")).toString() == item)
                return v.toObject().value(QLatin1String("push")).toBool() == push;
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QSettings().clear();
        QString why;
        QVERIFY2(m_service.serve(&m_daemonBus, &why), qPrintable(why));

        m_portal = std::make_unique<server::ReferenceServer>(
            server::ServerOptions{serverDir(), {}, {}, {}, [this] { return portalNow(); }});
        QString error;
        QVERIFY2(m_portal->open(&error), qPrintable(error));
        QVERIFY2(m_portal->seedDemo(1, &error), qPrintable(error));
        QVERIFY2(m_portal->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_staff = std::make_unique<server::StaffDesk>(serverDir(), [this] { return portalNow(); });
        QVERIFY2(m_staff->open(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_daemonBus.unregisterService(serviceName);
        QDBusConnection::disconnectFromBus(QStringLiteral("notification-daemon"));
    }

    void init()
    {
        m_service.summaries.clear();
        m_service.bodies.clear();
        m_service.ids.clear();
    }

    void aSyncWithNewItemsNotifies()
    {
        auto app = startApp();
        QVERIFY(app);
        AppController *controller = app->controller();
        logIn(controller, daycare);
        QVERIFY2(received(0), qPrintable(last()));

        QString error;
        // Noor is the demo family's first child.
        QVERIFY2(m_staff->sendMessage(daycare, QStringLiteral("Noor"), QStringLiteral("Schoenen vergeten"),
                                      QStringLiteral("Wil je morgen laarsjes meegeven?"),
                                      QStringLiteral("Juf Sanne"), &error) > 0,
                 qPrintable(error));
        controller->session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_service.summaries.size(), 1, 60000);
        QVERIFY2(m_service.summaries.first().contains(QLatin1String("Juf Sanne")), qPrintable(last()));
        QVERIFY(m_service.bodies.first().contains(QLatin1String("Schoenen vergeten")));

        // The next sync has nothing new: no second notification.
        QVERIFY(sync(controller->accounts()->active()));
        QVERIFY2(received(1), qPrintable(last()));

        // The parent reads the message in the app (here: the notification's own link, as a
        // click would open it): the notification is taken back, and only that one.
        QVERIFY(m_service.closed.isEmpty());
        NotificationService::click(m_daemonBus, m_service.ids.first());
        QTRY_COMPARE_WITH_TIMEOUT(m_service.closed, QList<uint>{m_service.ids.first()}, 20000);
        controller->logoutAll();
    }

    // One of each kind, each from its own sync, each exactly one notification that says what
    // it is about; nothing twice.
    void everyKindIsAnnouncedFromARealSync()
    {
        // A new day on the portal: the staff have not written today's diary yet.
        m_offsetMs += 24 * 3600 * 1000LL;
        auto app = startApp();
        QVERIFY(app);
        AppController *controller = app->controller();
        logIn(controller, daycare);
        AccountSession *account = controller->accounts()->active();
        QVERIFY(sync(account));
        QVERIFY2(received(0), qPrintable(last()));
        QString error;
        int expected = 0;

        QVERIFY2(m_staff->publishNews(daycare, QStringLiteral("Zomerfeest"),
                                      QStringLiteral("Vrijdag vieren we het zomerfeest."), &error),
                 qPrintable(error));
        QVERIFY(sync(account));
        QVERIFY2(received(++expected), qPrintable(last()));
        QVERIFY2(m_service.summaries.last().contains(QLatin1String("Zomerfeest")), qPrintable(last()));

        QVERIFY2(m_staff->publishNewsletter(daycare, QStringLiteral("Herfstbrief"),
                                            QStringLiteral("Bladeren"), &error),
                 qPrintable(error));
        QVERIFY(sync(account));
        QVERIFY2(received(++expected), qPrintable(last()));
        QVERIFY2(m_service.summaries.last().contains(QLatin1String("newsletter")), qPrintable(last()));
        QVERIFY2(m_service.bodies.last().contains(QLatin1String("Herfstbrief")), qPrintable(last()));

        QVERIFY2(m_staff->postPhotos(daycare, QStringLiteral("Noor"), 2, QStringLiteral("Buiten gespeeld"), {},
                                     &error),
                 qPrintable(error));
        QVERIFY(sync(account));
        QVERIFY2(received(++expected), qPrintable(last()));
        QVERIFY2(m_service.summaries.last().contains(QLatin1String("photo")), qPrintable(last()));
        QVERIFY2(m_service.bodies.last().contains(QLatin1String("2")), qPrintable(last()));

        QVERIFY2(m_staff->addDiary(daycare, QStringLiteral("Noor"),
                                   {{QTime(10, 0), QTime(11, 0), QStringLiteral("slapen"), QStringLiteral("Goed geslapen")}},
                                   QStringLiteral("Een fijne ochtend"), QStringLiteral("Juf Sanne"), &error),
                 qPrintable(error));
        QVERIFY(sync(account));
        QVERIFY2(received(++expected), qPrintable(last()));
        QVERIFY2(m_service.summaries.last().contains(QLatin1String("diary")), qPrintable(last()));

        // The demo has an extra day waiting for the organisation's answer.
        const QJsonArray pending = m_staff->pendingRequests(daycare, &error);
        QVERIFY2(!pending.isEmpty(), qPrintable(error));
        const QJsonObject request = pending.first().toObject();
        const qint64 requestId = request.value(QLatin1String("requestId")).toInteger();
        QStringList names;
        for (const QJsonValue &child : request.value(QLatin1String("children")).toArray()) {
            const QJsonValue id = child.toObject().value(QLatin1String("childId"));
            const QString childId = id.isString() ? id.toString() : QString::number(id.toInteger());
            QVERIFY2(m_staff->decide(daycare, requestId, childId, true, QStringLiteral("Tot dan!"), &error),
                     qPrintable(error));
        }
        // Requests are read by age (30 minutes) or in a full sync, as when the parent refreshes.
        // The portal also writes the decision in Berichten: that message is announced too.
        QVERIFY(sync(account, SyncEngine::Mode::Full));
        expected += 2;
        QVERIFY2(received(expected), qPrintable(last()));
        const QStringList decision{m_service.summaries.at(expected - 2) + m_service.bodies.at(expected - 2),
                                   m_service.summaries.at(expected - 1) + m_service.bodies.at(expected - 1)};
        QVERIFY2(decision.filter(QStringLiteral("Extra day for")).filter(QStringLiteral("Tot dan!")).size() == 1,
                 qPrintable(last()));

        QVERIFY2(m_staff->sendMessage(daycare, QStringLiteral("Daan"), QStringLiteral("Knutselen"),
                                      QStringLiteral("We hebben geverfd."), QStringLiteral("Juf Sanne"), &error) > 0,
                 qPrintable(error));
        QVERIFY(sync(account));
        QVERIFY2(received(++expected), qPrintable(last()));
        QVERIFY2(m_service.summaries.last().contains(QLatin1String("Juf Sanne")), qPrintable(last()));

        // Everything was said once: a full sync finds nothing new to announce.
        QVERIFY(sync(account, SyncEngine::Mode::Full));
        QVERIFY2(received(expected), qPrintable(last()));
        controller->logoutAll();
    }

    // The parent turned news off on the portal: news is not announced, a newsletter still is,
    // and turning news on later does not bring up the news that was kept quiet.
    void aKindSwitchedOffOnThePortalIsNotAnnounced()
    {
        auto app = startApp();
        QVERIFY(app);
        AppController *controller = app->controller();
        logIn(controller, daycare);
        AccountSession *account = controller->accounts()->active();
        QVERIFY(setPush(daycare, QStringLiteral("news"), false));
        // The app reads the settings with a full sync (as on a start, or a pull to refresh).
        QVERIFY(sync(account, SyncEngine::Mode::Full));
        QVERIFY2(received(0), qPrintable(last()));

        QString error;
        QVERIFY2(m_staff->publishNews(daycare, QStringLiteral("Stil nieuws"), QStringLiteral("Niet melden"), &error),
                 qPrintable(error));
        QVERIFY2(m_staff->publishNewsletter(daycare, QStringLiteral("Wel melden"), QStringLiteral("Brief"), &error),
                 qPrintable(error));
        QVERIFY(sync(account));
        QVERIFY2(received(1), qPrintable(last()));
        QVERIFY2(m_service.bodies.last().contains(QLatin1String("Wel melden")), qPrintable(last()));

        QVERIFY(setPush(daycare, QStringLiteral("news"), true));
        QVERIFY(sync(account, SyncEngine::Mode::Full));
        QVERIFY2(received(1), qPrintable(last()));
        controller->logoutAll();
    }

    // What was announced is remembered with the account: a restart announces only what is
    // new since, once.
    void eachItemIsAnnouncedOnceAcrossARestart()
    {
        QString error;
        {
            auto app = startApp();
            QVERIFY(app);
            logIn(app->controller(), daycare);
            QVERIFY(m_staff->sendMessage(daycare, QStringLiteral("Noor"), QStringLiteral("Voor de herstart"),
                                         QStringLiteral("Eerste"), QStringLiteral("Juf Sanne"), &error) > 0);
            QVERIFY(sync(app->controller()->accounts()->active()));
            QVERIFY2(received(1), qPrintable(last()));
        }
        // While the app is closed, the staff write again.
        QVERIFY(m_staff->sendMessage(daycare, QStringLiteral("Daan"), QStringLiteral("Na de herstart"),
                                     QStringLiteral("Tweede"), QStringLiteral("Juf Sanne"), &error) > 0);

        auto app = startApp(); // restores the account from its cache and the keychain
        QVERIFY(app);
        AppController *controller = app->controller();
        QCOMPARE(controller->screen(), AppController::MainScreen);
        QVERIFY2(received(2), qPrintable(last())); // the sync on start
        QVERIFY2(m_service.bodies.last().contains(QLatin1String("Na de herstart")), qPrintable(last()));
        QVERIFY(sync(controller->accounts()->active(), SyncEngine::Mode::Full));
        QVERIFY2(received(2), qPrintable(last()));
        controller->logoutAll();
    }

    // A daycare and an after-school care in one app: an item of the one that is not shown is
    // announced once, and clicking it shows it in its own account, not in the one on screen.
    void twoAccountsAreKeptApart()
    {
        auto app = startApp();
        QVERIFY(app);
        AppController *controller = app->controller();
        logIn(controller, daycare);
        const QString first = controller->accounts()->active()->info().id;
        controller->addAccount();
        logIn(controller, afterSchool);
        const QString second = controller->accounts()->active()->info().id;
        QVERIFY(first != second);
        controller->switchAccount(first);
        QCOMPARE(controller->accounts()->active()->info().id, first);
        QVERIFY2(received(0), qPrintable(last()));

        QString error;
        // Mila goes to the after-school care only.
        const qint64 thread = m_staff->sendMessage(afterSchool, QStringLiteral("Mila"), QStringLiteral("Gym"),
                                                   QStringLiteral("Gymschoenen mee"), QStringLiteral("Meester Bas"), &error);
        QVERIFY2(thread > 0, qPrintable(error));
        QVERIFY(sync(controller->accounts()->session(first)));
        QVERIFY(sync(controller->accounts()->session(second)));
        QVERIFY2(received(1), qPrintable(last()));
        QVERIFY2(m_service.summaries.last().contains(QLatin1String("Meester Bas")), qPrintable(last()));

        // Both accounts sync again: neither announces it a second time.
        QVERIFY(sync(controller->accounts()->session(first), SyncEngine::Mode::Full));
        QVERIFY(sync(controller->accounts()->session(second), SyncEngine::Mode::Full));
        QVERIFY2(received(1), qPrintable(last()));

        // The parent clicks it: the after-school care's conversation is shown.
        QSignalSpy links(controller, &AppController::linkRequested);
        NotificationService::click(m_daemonBus, m_service.ids.last());
        QTRY_COMPARE(controller->accounts()->active()->info().id, second);
        QTRY_COMPARE(links.size(), 1);
        QCOMPARE(links.first().at(1).toString(), QStringLiteral("thread/%1").arg(thread));
        controller->logoutAll();
    }
};

QTEST_MAIN(TestNotifySync)
#include "tst_notify_sync.moc"
