// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopNotifications.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>

using namespace nestje;

// A notification daemon on its own bus connection, as a real one is a separate process: it
// records what the app asks and sends the signals a click or a close sends.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        QString appName;
        uint replacesId;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        uint id;
    };
    explicit NotificationServer(QStringList capabilities)
        : m_capabilities(std::move(capabilities))
    {
    }
    QList<Shown> shown;
    QList<uint> closed;

public slots:
    QStringList GetCapabilities() { return m_capabilities; }
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int)
    {
        const uint id = replacesId != 0 ? replacesId : ++m_lastId;
        shown << Shown{appName, replacesId, appIcon, summary, body, actions, hints, id};
        return id;
    }
    void CloseNotification(uint id)
    {
        closed << id;
        emit NotificationClosed(id, 3); // 3: closed by a call to CloseNotification
    }

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void ActivationToken(uint id, const QString &token);
    void NotificationClosed(uint id, uint reason);

private:
    QStringList m_capabilities;
    uint m_lastId = 100;
};

class TestNotificationActions : public QObject
{
    Q_OBJECT
private:
    static constexpr auto daemonConnection = "notification-daemon";
    NotificationServer *m_server = nullptr;

    void startServer(const QStringList &capabilities)
    {
        m_server = new NotificationServer(capabilities);
        QDBusConnection daemon = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                               QLatin1String(daemonConnection));
        QVERIFY(daemon.isConnected());
        QVERIFY(daemon.registerObject(QStringLiteral("/org/freedesktop/Notifications"), m_server,
                                      QDBusConnection::ExportAllSlots |
                                          QDBusConnection::ExportAllSignals));
        QVERIFY(daemon.registerService(QStringLiteral("org.freedesktop.Notifications")));
    }
    // The app asks for the capabilities when it starts; wait until it knows them.
    static void waitForCapabilities(const DesktopNotifications &notifications)
    {
        QTRY_VERIFY(!notifications.serverCapabilities().isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "runs under dbus-run-session");
    }
    void cleanup()
    {
        QDBusConnection daemon{QLatin1String(daemonConnection)};
        daemon.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        daemon.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        QDBusConnection::disconnectFromBus(QLatin1String(daemonConnection));
        delete m_server;
        m_server = nullptr;
    }

    void showsTheAppAndOpensTheItemOnClick()
    {
        startServer(
            {QStringLiteral("body"), QStringLiteral("actions"), QStringLiteral("body-markup")});
        DesktopNotifications notifications;
        waitForCapabilities(notifications);
        QSignalSpy opened(&notifications, &DesktopNotifications::openRequested);
        notifications.announce(QStringLiteral("deboomhut"),
                               {{QStringLiteral("messages"), QStringLiteral("12@1700"),
                                 QStringLiteral("Bericht van Juf Anna"), QStringLiteral("Uitje")}});
        QTRY_COMPARE(m_server->shown.size(), 1);
        const NotificationServer::Shown shown = m_server->shown.first();
        QCOMPARE(shown.appName, QStringLiteral("Nestje"));
        QCOMPARE(shown.appIcon, QStringLiteral("nl.nestje.Nestje"));
        QCOMPARE(shown.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("nl.nestje.Nestje"));
        QCOMPARE(shown.actions.value(0), QStringLiteral("default"));
        QCOMPARE(shown.actions.size(), 2); // key and label

        // Another app's notification, or an action we did not offer: nothing opens.
        emit m_server->ActionInvoked(shown.id + 1, QStringLiteral("default"));
        emit m_server->ActionInvoked(shown.id, QStringLiteral("reply"));
        QTest::qWait(200);
        QCOMPARE(opened.size(), 0);
        emit m_server->ActivationToken(shown.id, QStringLiteral("token-from-the-click"));
        emit m_server->ActionInvoked(shown.id, QStringLiteral("default"));
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.first(),
                 (QVariantList{QStringLiteral("messages"), QStringLiteral("12@1700"), QString()}));
        QCOMPARE(qgetenv("XDG_ACTIVATION_TOKEN"),
                 QByteArray("token-from-the-click")); // for raising the window
        qunsetenv("XDG_ACTIVATION_TOKEN");
    }

    void aSummaryOpensThePageOfItsKind()
    {
        startServer({QStringLiteral("body"), QStringLiteral("actions")});
        DesktopNotifications notifications;
        QSignalSpy opened(&notifications, &DesktopNotifications::openRequested);
        QList<NewItem> photos;
        for (int i = 0; i < 5; ++i)
            photos << NewItem{QStringLiteral("photos"), QString::number(i),
                              QStringLiteral("Nieuwe foto's"), QString()};
        notifications.announce(QStringLiteral("deboomhut"), photos);
        QTRY_COMPARE(m_server->shown.size(), 1);
        emit m_server->ActionInvoked(m_server->shown.first().id, QStringLiteral("default"));
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.first(), (QVariantList{QStringLiteral("photos"), QString(), QString()}));
    }

    void bodyIsEscapedOnlyWhereTheServerReadsMarkup()
    {
        const QString body = QStringLiteral("Tom & Jerry <b>3</b> > 2");
        startServer({QStringLiteral("body"), QStringLiteral("body-markup")});
        {
            DesktopNotifications notifications;
            waitForCapabilities(notifications);
            notifications.show(QStringLiteral("Nieuws"), body, QStringLiteral("news"),
                               QStringLiteral("1"));
            QTRY_COMPARE(m_server->shown.size(), 1);
            QCOMPARE(m_server->shown.first().body,
                     QStringLiteral("Tom &amp; Jerry &lt;b&gt;3&lt;/b&gt; &gt; 2"));
            QCOMPARE(m_server->shown.first().summary,
                     QStringLiteral("Nieuws")); // the summary is never markup
        }
        cleanup();
        startServer({QStringLiteral("body")}); // plain text only: escaping would show "&amp;"
        DesktopNotifications notifications;
        waitForCapabilities(notifications);
        notifications.show(QStringLiteral("Nieuws"), body, QStringLiteral("news"),
                           QStringLiteral("1"));
        QTRY_COMPARE(m_server->shown.size(), 1);
        QCOMPARE(m_server->shown.first().body, body);
    }

    // The same item shown again before the service answered the first Notify (a sync that
    // announces, then a second one at once): it replaces the first once its id is known, and
    // never stacks a second notification beside it. (The full suite under load met this race in
    // the test below.)
    void anItemShownAgainBeforeItsIdCameBackReplacesIt()
    {
        startServer({QStringLiteral("body"), QStringLiteral("actions")});
        DesktopNotifications notifications;
        notifications.show(QStringLiteral("Nieuws: Zomerfeest"), QString(), QStringLiteral("news"),
                           QStringLiteral("7"));
        notifications.show(QStringLiteral("Nieuws: Zomerfeest (gewijzigd)"), QString(),
                           QStringLiteral("news"), QStringLiteral("7"));
        QTRY_COMPARE(m_server->shown.size(), 2);
        QTest::qWait(200);
        QCOMPARE(m_server->shown.size(), 2);
        QCOMPARE(m_server->shown.at(1).replacesId, m_server->shown.at(0).id);
        QCOMPARE(m_server->shown.at(1).summary, QStringLiteral("Nieuws: Zomerfeest (gewijzigd)"));
    }

    void readItemsAreWithdrawnAndNewsReplacesItsOwn()
    {
        startServer({QStringLiteral("body"), QStringLiteral("actions")});
        DesktopNotifications notifications;
        notifications.show(QStringLiteral("Nieuws: Zomerfeest"), QString(), QStringLiteral("news"),
                           QStringLiteral("7"));
        notifications.show(QStringLiteral("Bericht"), QString(), QStringLiteral("messages"),
                           QStringLiteral("3"));
        QTRY_COMPARE(m_server->shown.size(), 2);
        const uint newsId = m_server->shown.at(0).id;

        // The same item again replaces its notification instead of stacking a second one.
        notifications.show(QStringLiteral("Nieuws: Zomerfeest (gewijzigd)"), QString(),
                           QStringLiteral("news"), QStringLiteral("7"));
        QTRY_COMPARE(m_server->shown.size(), 3);
        QCOMPARE(m_server->shown.at(2).replacesId, newsId);

        notifications.withdraw(QStringLiteral("news"), QStringLiteral("7"));
        QTRY_COMPARE(m_server->closed, QList<uint>{newsId});
        notifications.withdraw(QStringLiteral("news"), QStringLiteral("7"));     // already gone
        notifications.withdraw(QStringLiteral("news"), QStringLiteral("8"));     // never shown
        notifications.withdraw(QStringLiteral("messages"), QStringLiteral("4")); // never shown
        QTest::qWait(200);
        QCOMPARE(m_server->closed, QList<uint>{newsId});

        // Read while the notification was still on its way: it is taken back once it is there.
        notifications.show(QStringLiteral("Bericht"), QString(), QStringLiteral("messages"),
                           QStringLiteral("5"));
        notifications.withdraw(QStringLiteral("messages"), QStringLiteral("5"));
        QTRY_COMPARE(m_server->closed.size(), 2);
        QCOMPARE(m_server->closed.last(), m_server->shown.last().id);

        // Closed by the parent on the desktop: a later withdraw does not close someone else's id.
        const uint messageId = m_server->shown.at(1).id;
        emit m_server->NotificationClosed(messageId, 2);
        QTest::qWait(200);
        notifications.withdraw(QStringLiteral("messages"), QStringLiteral("3"));
        QTest::qWait(200);
        QCOMPARE(m_server->closed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestNotificationActions)
#include "tst_notificationactions.moc"
