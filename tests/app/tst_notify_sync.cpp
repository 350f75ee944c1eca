// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "NotificationService.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "server/staff/StaffDesk.h"

#include <QDBusConnection>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

// End to end: the staff post a message on the reference server, the app (as users run it,
// logged in to a real account, not the quiet demo) syncs, and the desktop's notification
// service receives one notification for it over D-Bus. Nothing in between is stood in for.
class TestNotifySync : public QObject
{
    Q_OBJECT
private slots:
    void aSyncWithNewItemsNotifies()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "needs the D-Bus session that ./dev test starts");
        NotificationService service;
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));

        QTemporaryDir dir;
        const QString serverDir = dir.filePath(QStringLiteral("server"));
        server::ReferenceServer portal(server::ServerOptions{serverDir, {}, {}, {}});
        QString error;
        QVERIFY2(portal.open(&error), qPrintable(error));
        QVERIFY2(portal.seedDemo(1, &error), qPrintable(error));
        QVERIFY2(portal.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const QString org = QString::fromLatin1(server::demo::daycareSlug);

        Application app(AppOptions{});
        QVERIFY(app.start());
        AppController *controller = app.controller();
        controller->login()->login(portal.portalUrl(org).toString(), QString::fromLatin1(server::demo::username),
                                   QString::fromLatin1(server::demo::password));
        QTRY_COMPARE_WITH_TIMEOUT(controller->screen(), AppController::MainScreen, 60000);
        // The first sync only takes note of what is there: a new account gets no history.
        QTRY_VERIFY_WITH_TIMEOUT(!controller->session()->isSyncing() && !controller->session()->syncStatus().isEmpty(), 120000);
        QTest::qWait(500);
        QCOMPARE(service.summaries, QStringList());

        server::StaffDesk staff(serverDir);
        QVERIFY2(staff.open(&error), qPrintable(error));
        // Noor is the demo family's first child.
        QVERIFY2(staff.sendMessage(org, QStringLiteral("Noor"), QStringLiteral("Schoenen vergeten"),
                                   QStringLiteral("Wil je morgen laarsjes meegeven?"), QStringLiteral("Juf Sanne"), &error) > 0,
                 qPrintable(error));
        controller->session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(service.summaries.size(), 1, 60000);
        QVERIFY2(service.summaries.first().contains(QLatin1String("Juf Sanne")), qPrintable(service.summaries.first()));
        QVERIFY(service.bodies.first().contains(QLatin1String("Schoenen vergeten")));

        // The next sync has nothing new: no second notification.
        controller->session()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!controller->session()->isSyncing(), 60000);
        QTest::qWait(500);
        QCOMPARE(service.summaries.size(), 1);

        controller->logoutAll();
        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    }
};

QTEST_MAIN(TestNotifySync)
#include "tst_notify_sync.moc"
