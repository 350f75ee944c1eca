// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopNotifications.h"
#include "db/Database.h"
#include "features/messages/MessageStore.h"
#include "sync/NotificationFeed.h"

#include <QDBusConnection>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

#include "NotificationService.h"

class TestNotifications : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A conversation as the messages sync stores it (the parser has made its text plain).
    static void addThread(Database &db, const QString &id, qint64 date, bool fromParent)
    {
        MessageThread thread;
        thread.id = id;
        thread.subject = QStringLiteral("Uitje");
        thread.lastText = QStringLiteral("We gaan naar het bos");
        thread.lastWriter = QStringLiteral("Juf Anna");
        thread.date = date;
        thread.unread = true;
        thread.lastFromParent = fromParent;
        QStringList changed;
        QVERIFY(MessageStore(db).upsertThreads({thread}, &changed));
    }

private slots:
    void eachItemOnceEvenAcrossRestarts()
    {
        const QString file = m_dir.filePath(QStringLiteral("feed.sqlite"));
        {
            Database db;
            QVERIFY(db.open(file));
            addThread(db, QStringLiteral("1"), 1000, false);
            // The first look after the first sync only takes note of history.
            QVERIFY(NotificationFeed(db).takeNew().isEmpty());
            addThread(db, QStringLiteral("2"), 2000, false);
            addThread(db, QStringLiteral("3"), 2000, true); // the parent's own message
            const QList<NewItem> fresh = NotificationFeed(db).takeNew();
            QCOMPARE(fresh.size(), 1);
            QCOMPARE(fresh.first().kind, QStringLiteral("messages"));
            QVERIFY(fresh.first().body.contains(QLatin1String("We gaan naar het bos")));
            QVERIFY(fresh.first().title.contains(QLatin1String("Juf Anna")));
            QVERIFY(NotificationFeed(db).takeNew().isEmpty());
        }
        Database reopened; // a restart
        QVERIFY(reopened.open(file));
        QVERIFY(NotificationFeed(reopened).takeNew().isEmpty());
        addThread(reopened, QStringLiteral("2"), 3000, false); // a new reply in thread 2
        QCOMPARE(NotificationFeed(reopened).takeNew().size(), 1);
        // Switched off in the settings: noted, not shown, and not shown later either.
        addThread(reopened, QStringLiteral("4"), 4000, false);
        QVERIFY(NotificationFeed(reopened).takeNew({QStringLiteral("news")}).isEmpty());
        QVERIFY(NotificationFeed(reopened).takeNew().isEmpty());
    }

    void reachesTheNotificationServiceOverDBus()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "needs the D-Bus session that ./dev test starts");
        NotificationService service;
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));

        DesktopNotifications notifications;
        notifications.announce(QStringLiteral("deboomhut"), {{QStringLiteral("messages"), QStringLiteral("1@1"),
                                                              QStringLiteral("Bericht van Juf Anna"), QStringLiteral("Uitje")}});
        QTRY_COMPARE(service.summaries, QStringList{QStringLiteral("Bericht van Juf Anna")});
        QCOMPARE(service.bodies, QStringList{QStringLiteral("Uitje")});

        QList<NewItem> many;
        for (int i = 0; i < 5; ++i)
            many << NewItem{QStringLiteral("photos"), QString::number(i), QStringLiteral("Nieuwe foto's"), QString()};
        notifications.announce(QStringLiteral("deboomhut"), many);
        QTRY_COMPARE(service.summaries.size(), 2); // one summary instead of five
        QVERIFY(service.summaries.last().contains(QLatin1String("5")));
        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
