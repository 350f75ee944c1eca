// SPDX-License-Identifier: GPL-3.0-or-later
// Quiet hours through the real notification path: staff write on the reference server, the app
// (as users run it, logged in to a real account) syncs, and the desktop's notification service
// receives the app's Notify calls over D-Bus. In quiet hours nothing arrives; when they end, or
// when the parent switches them off, what waited arrives. The gate's clock is moved (the window
// is set for the night); its timer is real.
#include "Application.h"
#include "NotificationService.h"
#include "accounts/AccountSession.h"
#include "features/account/AccountDetails.h"
#include "features/account/QuietHours.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "server/staff/StaffDesk.h"
#include "sync/SyncEngine.h"

#include <QDBusConnection>
#include <QElapsedTimer>
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
const QString serviceName = QStringLiteral("org.freedesktop.Notifications");

QDateTime at(int hour, int minute, int second = 0, int days = 0)
{
    return QDateTime(QDate::currentDate().addDays(days), QTime(hour, minute, second));
}
} // namespace

class TestQuietHours : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::ReferenceServer> m_portal;
    std::unique_ptr<server::StaffDesk> m_staff;
    QDBusConnection m_daemonBus{QStringLiteral("unset")};
    NotificationService m_service;
    qint64 m_clockOffsetMs = 0;
    int m_messages = 0;

    QString serverDir() const { return m_dir.filePath(QStringLiteral("server")); }

    // The gate's clock reads `when` now and runs on in real time from there.
    void setClock(QuietHoursGate *gate, const QDateTime &when)
    {
        m_clockOffsetMs = QDateTime::currentDateTime().msecsTo(when);
        gate->setClock([this] { return QDateTime::currentDateTime().addMSecs(m_clockOffsetMs); });
    }

    static bool sync(AccountSession *account)
    {
        if (!QTest::qWaitFor([&] { return !account->sync()->isRunning(); }, 60000))
            return false;
        QSignalSpy finished(account->sync(), &SyncEngine::finished);
        account->sync()->start(SyncEngine::Mode::Incremental);
        // Ended is enough: a feature that failed under load is not this test's business, and the
        // messages feature's new items are announced either way.
        return finished.wait(90000);
    }

    // A new conversation from the staff, "Bericht N"; its thread id (0 when it failed).
    qint64 staffWrites()
    {
        QString error;
        ++m_messages;
        const qint64 thread = m_staff->sendMessage(
            daycare, QStringLiteral("Noor"), QStringLiteral("Bericht %1").arg(m_messages),
            QStringLiteral("Tekst %1").arg(m_messages), QStringLiteral("Juf Sanne"), &error);
        if (thread <= 0)
            qWarning() << error;
        return thread;
    }

    // The demo parent logged in to the reference server, the account's first sync done.
    static bool logIn(AppController *controller, const QUrl &portal)
    {
        controller->login()->login(portal.toString(), QString::fromLatin1(server::demo::username),
                                   QString::fromLatin1(server::demo::password));
        return QTest::qWaitFor([&] { return controller->screen() == AppController::MainScreen; },
                               60000) &&
               sync(controller->accounts()->active());
    }

    static void setQuietHours(bool enabled)
    {
        QuietHours setting; // as Overig > Notificaties sets it
        setting.setFrom(22 * 60);
        setting.setUntil(7 * 60);
        setting.setEnabled(enabled);
    }

    // Waits for `count` notifications in all, then a moment longer so a surplus would show.
    bool received(int count)
    {
        if (!QTest::qWaitFor([&] { return m_service.summaries.size() >= count; }, 30000))
            return false;
        QTest::qWait(400);
        return m_service.summaries.size() == count;
    }

    QString last() const { return m_service.summaries.join(QStringLiteral(" || ")); }

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
            server::ServerOptions{serverDir(), {}, {}, {}});
        QString error;
        QVERIFY2(m_portal->open(&error), qPrintable(error));
        QVERIFY2(m_portal->seedDemo(1, &error), qPrintable(error));
        QVERIFY2(m_portal->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_staff = std::make_unique<server::StaffDesk>(serverDir());
        QVERIFY2(m_staff->open(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_daemonBus.unregisterService(serviceName);
        QDBusConnection::disconnectFromBus(QStringLiteral("notification-daemon"));
    }

    void theWindowCoversTheNightAndEnds()
    {
        QuietWindow night{true, 22 * 60, 7 * 60};
        QVERIFY(night.covers(at(23, 0)));
        QVERIFY(night.covers(at(0, 30)));
        QVERIFY(night.covers(at(6, 59, 59)));
        QVERIFY(!night.covers(at(7, 0)));
        QVERIFY(!night.covers(at(12, 0)));
        QVERIFY(!night.covers(at(21, 59)));
        QCOMPARE(night.end(at(23, 0)), at(7, 0, 0, 1)); // past midnight: the next morning
        QCOMPARE(night.end(at(1, 0)), at(7, 0));
        QVERIFY(!night.end(at(12, 0)).isValid());
        const QuietWindow afternoon{true, 13 * 60, 15 * 60};
        QVERIFY(afternoon.covers(at(14, 0)));
        QVERIFY(!afternoon.covers(at(15, 0)));
        QVERIFY(!afternoon.covers(at(12, 0)));
        QVERIFY(!QuietWindow({false, 22 * 60, 7 * 60}).covers(at(23, 0)));
        QVERIFY(!QuietWindow({true, 8 * 60, 8 * 60}).covers(at(8, 0)));
    }

    void notificationsWaitForTheEndOfQuietHours()
    {
        // As Overig > Notificaties sets it.
        QuietHours setting;
        setting.setFrom(22 * 60);
        setting.setUntil(7 * 60);
        setting.setEnabled(true);

        AppOptions options;
        options.language = QStringLiteral("en");
        Application app(options);
        QVERIFY(app.start());
        AppController *controller = app.controller();
        controller->login()->login(m_portal->portalUrl(daycare).toString(),
                                   QString::fromLatin1(server::demo::username),
                                   QString::fromLatin1(server::demo::password));
        QTRY_COMPARE_WITH_TIMEOUT(controller->screen(), AppController::MainScreen, 60000);
        AccountSession *account = controller->accounts()->active();
        QVERIFY(sync(account)); // the first sync only takes note of what is there
        QuietHoursGate *gate = app.quietHours();

        // Midday: a message is announced at once.
        setClock(gate, at(12, 0));
        QVERIFY(staffWrites());
        QVERIFY(sync(account));
        QVERIFY2(received(1), qPrintable(last()));

        // At night two messages arrive in two syncs: nothing is shown, both wait.
        setClock(gate, at(23, 0));
        QVERIFY(staffWrites());
        QVERIFY(sync(account));
        QVERIFY(staffWrites());
        QVERIFY(sync(account));
        QVERIFY2(received(1), qPrintable(last()));
        QCOMPARE(gate->heldCount(), 2);

        // Three seconds before seven: still waiting, then both arrive when the window ends.
        setClock(gate, at(6, 59, 57, 1));
        QElapsedTimer sinceMorning;
        sinceMorning.start();
        QCOMPARE(gate->heldCount(), 2);
        QVERIFY2(received(3), qPrintable(last()));
        QVERIFY2(sinceMorning.elapsed() >= 2500,
                 qPrintable(QString::number(sinceMorning.elapsed())));
        QCOMPARE(gate->heldCount(), 0);
        QVERIFY(m_service.summaries.at(1).contains(QLatin1String("Juf Sanne")));
        QVERIFY(m_service.bodies.at(1).contains(QLatin1String("Bericht 2")) ||
                m_service.bodies.at(2).contains(QLatin1String("Bericht 2")));

        // Quiet again; the parent switches quiet hours off: what waited arrives at once.
        setClock(gate, at(1, 0, 0, 1));
        QVERIFY(staffWrites());
        QVERIFY(sync(account));
        QVERIFY2(received(3), qPrintable(last()));
        QCOMPARE(gate->heldCount(), 1);
        setting.setEnabled(false);
        QCOMPARE(gate->heldCount(), 0);
        QVERIFY2(received(4), qPrintable(last()));
        QVERIFY(m_service.bodies.last().contains(QLatin1String("Bericht 4")));
        controller->logoutAll();
    }

    // A conversation that arrived at night and was read before morning is not shown in the
    // morning; one that was not read is.
    void whatWasReadInQuietHoursIsNotShownAfterwards()
    {
        setQuietHours(true);
        AppOptions options;
        options.language = QStringLiteral("en");
        Application app(options);
        QuietHoursGate *gate = app.quietHours();
        setClock(gate, at(23, 0));
        QVERIFY(app.start());
        AppController *controller = app.controller();
        QVERIFY(logIn(controller, m_portal->portalUrl(daycare)));
        AccountSession *account = controller->accounts()->active();
        const int before = int(m_service.summaries.size());

        const qint64 readAtNight = staffWrites();
        const QString readSubject = QStringLiteral("Bericht %1").arg(m_messages);
        const qint64 unread = staffWrites();
        const QString unreadSubject = QStringLiteral("Bericht %1").arg(m_messages);
        QVERIFY(readAtNight > 0 && unread > 0);
        QVERIFY(sync(account));
        QVERIFY2(received(before), qPrintable(last()));
        QCOMPARE(gate->heldCount(), 2);

        // The parent opens one at night, in the app (the page marks it read).
        controller->open(QStringLiteral("berichten"), QStringLiteral("thread/%1").arg(readAtNight));
        QTRY_COMPARE_WITH_TIMEOUT(gate->heldCount(), 1, 20000);

        // Morning: only the unread one.
        setClock(gate, at(7, 0, 1, 1));
        QVERIFY2(received(before + 1), qPrintable(last()));
        QVERIFY2(m_service.bodies.last().contains(unreadSubject),
                 qPrintable(m_service.bodies.last()));
        QVERIFY(!m_service.bodies.last().contains(readSubject));
        QCOMPARE(gate->heldCount(), 0);
        controller->logoutAll();
    }

    // The app quits in quiet hours with a conversation waiting: started again, it still waits
    // (nothing at night), and it arrives when quiet hours end.
    void whatWaitedWhenTheAppQuitArrivesAfterARestart()
    {
        setQuietHours(true);
        AppOptions options;
        options.language = QStringLiteral("en");
        QString subject;
        int before = 0;
        {
            Application app(options);
            setClock(app.quietHours(), at(23, 0));
            QVERIFY(app.start());
            QVERIFY(logIn(app.controller(), m_portal->portalUrl(daycare)));
            before = int(m_service.summaries.size());
            QVERIFY(staffWrites() > 0);
            subject = QStringLiteral("Bericht %1").arg(m_messages);
            QVERIFY(sync(app.controller()->accounts()->active()));
            QCOMPARE(app.quietHours()->heldCount(), 1);
        } // the app quits: the account stays (keychain and cache), the gate is gone

        Application app(options);
        QuietHoursGate *gate = app.quietHours();
        setClock(gate, at(23, 30));
        QVERIFY(app.start());
        AppController *controller = app.controller();
        QCOMPARE(controller->accounts()->list().size(), 1);
        QCOMPARE(gate->heldCount(), 1);
        QVERIFY(sync(controller->accounts()->active())); // the start's sync: still night
        QVERIFY2(received(before), qPrintable(last()));
        QCOMPARE(gate->heldCount(), 1);

        setClock(gate, at(6, 59, 58, 1));
        QVERIFY2(received(before + 1), qPrintable(last()));
        QVERIFY2(m_service.bodies.last().contains(subject), qPrintable(m_service.bodies.last()));
        QCOMPARE(gate->heldCount(), 0);
        controller->logoutAll();
    }

    // Overig > Notificaties > "Op dit apparaat": switched off, the account notifies nothing here,
    // also not what waited; switched on again, only what arrives from then on (not the backlog).
    void anAccountSwitchedOffOnThisDeviceNotifiesNothing()
    {
        setQuietHours(false);
        AppOptions options;
        options.language = QStringLiteral("en");
        Application app(options);
        QVERIFY(app.start());
        AppController *controller = app.controller();
        QVERIFY(logIn(controller, m_portal->portalUrl(daycare)));
        AccountSession *account = controller->accounts()->active();
        const int before = int(m_service.summaries.size());
        AccountDetails details; // as the page binds it
        details.setSession(controller->session());
        QVERIFY(details.notifiesOnThisDevice());

        details.setNotifiesOnThisDevice(false);
        QVERIFY(staffWrites() > 0);
        QVERIFY(sync(account));
        QVERIFY(staffWrites() > 0);
        QVERIFY(sync(account));
        QVERIFY2(received(before), qPrintable(last()));

        details.setNotifiesOnThisDevice(true);
        QVERIFY(staffWrites() > 0);
        const QString subject = QStringLiteral("Bericht %1").arg(m_messages);
        QVERIFY(sync(account));
        QVERIFY2(received(before + 1), qPrintable(last()));
        QVERIFY2(m_service.bodies.last().contains(subject), qPrintable(m_service.bodies.last()));
        details.setSession(nullptr);
        controller->logoutAll();
    }
};

QTEST_MAIN(TestQuietHours)
#include "tst_quiet_hours.moc"
