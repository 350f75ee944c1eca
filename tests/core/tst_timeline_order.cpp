// SPDX-License-Identifier: GPL-3.0-or-later
// Within a day the timeline is newest first, as the portal's feed is (docs/api.md P4: same-day
// cards newest first). The portal dates every card at the start of its day (a date without a
// time), so the day's order is the feed's and not the cards' dates or keys: a diary entry the
// parent writes after the group's photos is above them, a second entry above the first, on this
// device and on one that syncs it all at once later. The viewer steps through the photos in the
// same order. Run in the device zones UTC and America/New_York (the portal's days are Amsterdam's).
#include "DemoAccount.h"
#include "DemoPortal.h"
#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "db/Database.h"
#include "features/Features.h"
#include "features/account/AccountStore.h"
#include "features/timeline/DiaryWriter.h"
#include "features/timeline/PhotoStore.h"
#include "features/timeline/TimelineModel.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "server/staff/StaffDesk.h"
#include "sync/SyncEngine.h"
#include "text/PortalTime.h"

#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

class TestTimelineOrder : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    SecretStore m_secrets;
    std::unique_ptr<server::ReferenceServer> m_server;

    std::unique_ptr<AccountSession> openAccount()
    {
        auto account = demoAccount(m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug)), &m_network, &m_secrets);
        QString error;
        if (!account->open(&error))
            qWarning() << error;
        return account;
    }

    static bool sync(SyncEngine *engine)
    {
        QSignalSpy finished(engine, &SyncEngine::finished);
        engine->start();
        return finished.wait(120000) && finished.first().first().toBool();
    }

    // Writes an entry for today and waits until the portal's own card replaced the local one.
    static bool writeAndDeliver(AccountSession &account, DiaryWriter &diary, const QString &child,
                                const QString &text, const QString &photo)
    {
        QSignalSpy written(&diary, &DiaryWriter::written);
        if (!diary.write(child, 0, text,
                         photo.isEmpty() ? QList<QUrl>() : QList<QUrl>{QUrl::fromLocalFile(photo)}))
            return false;
        if (written.isEmpty() && !written.wait(10000))
            return false;
        return QTest::qWaitFor([&] { return diary.count() == 0; }, 60000) &&
               QTest::qWaitFor([&] { return !account.sync()->isRunning(); }, 30000);
    }

    // Today's cards top down, each named by what it holds: the diary text, or a photo card's
    // caption.
    static QStringList todayInOrder(TimelineModel &model)
    {
        QStringList names;
        const QDate today = portaltime::today();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariantMap card = model.get(row);
            if (card.value(QStringLiteral("date")).toDate() != today)
                continue;
            const QVariantList media = card.value(QStringLiteral("media")).toList();
            if (card.value(QStringLiteral("type")).toString() == QLatin1String("photo"))
                names << media.value(0).toMap().value(QStringLiteral("description")).toString();
            else if (card.value(QStringLiteral("byParent")).toBool())
                names << card.value(QStringLiteral("text")).toString();
        }
        return names;
    }

    // Today's cards with photos, top down, as the timeline shows them ...
    static QStringList cardsWithPhotos(TimelineModel &model)
    {
        QStringList keys;
        const QDate today = portaltime::today();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariantMap card = model.get(row);
            if (card.value(QStringLiteral("date")).toDate() == today &&
                card.value(QStringLiteral("mediaCount")).toInt() > 0)
                keys << card.value(QStringLiteral("key")).toString();
        }
        return keys;
    }

    // ... and as the viewer steps through them (newest first, every photo of the child).
    static QStringList cardsWithPhotos(Database &db, const QString &child, const QStringList &shown)
    {
        QStringList keys;
        for (const PhotoRow &row : PhotoStore(db).older(child, nullptr, 1000)) {
            if (shown.contains(row.cardKey) && !keys.contains(row.cardKey))
                keys << row.cardKey;
        }
        return keys;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        QString error;
        QVERIFY2(startDemoPortal(m_server, {m_dir.filePath(QStringLiteral("server")), {}, {}, {}},
                                 0, &error) != 0,
                 qPrintable(error));
    }

    void theNewestEntryOfADayIsOnTop()
    {
        auto account = openAccount();
        QVERIFY(sync(account->sync()));
        const QList<ChildRecord> children = AccountStore(*account->database()).children();
        QVERIFY(!children.isEmpty());
        const QString child = children.first().id;
        DiaryWriter diary;
        diary.setSession(account.get());
        TimelineModel model;
        model.setSource(account->database(), account->info().id, &diary);
        model.setChildId(child);

        server::StaffDesk staff(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(staff.open(&error), qPrintable(error));
        const QString org = QString::fromLatin1(server::demo::daycareSlug);
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(QColor(0x40, 0x90, 0xE0));
        const QString photo = m_dir.filePath(QStringLiteral("bouwen.jpg"));
        QVERIFY(image.save(photo, "JPEG"));

        // Morning: the group's photos. Noon: the parent writes (with a photo). Afternoon: more
        // photos. Evening: the parent writes again. Each step is synced as it happens.
        QVERIFY2(staff.postPhotos(org, child, 1, QStringLiteral("Ochtend in de zandbak"), QString(),
                                  &error),
                 qPrintable(error));
        QVERIFY(sync(account->sync()));
        QVERIFY(writeAndDeliver(*account, diary, child, QStringLiteral("Middag: opa haalt hem op"),
                                photo));
        QVERIFY2(staff.postPhotos(org, child, 1, QStringLiteral("Middag op de schommel"), QString(),
                                  &error),
                 qPrintable(error));
        QVERIFY(sync(account->sync()));
        QVERIFY(writeAndDeliver(*account, diary, child, QStringLiteral("Avond: moe maar blij"),
                                QString()));
        QVERIFY(sync(account->sync()));

        const QStringList newestFirst{
            QStringLiteral("Avond: moe maar blij"), QStringLiteral("Middag op de schommel"),
            QStringLiteral("Middag: opa haalt hem op"), QStringLiteral("Ochtend in de zandbak")};
        QTRY_COMPARE(todayInOrder(model).mid(0, 4), newestFirst);
        // A model opened afresh reads the same order from the store.
        TimelineModel reopened;
        reopened.setSource(account->database(), account->info().id, nullptr);
        reopened.setChildId(child);
        QCOMPARE(todayInOrder(reopened).mid(0, 4), newestFirst);
        // The viewer steps through the cards with photos in the same order.
        const QStringList shown = cardsWithPhotos(model);
        QVERIFY2(shown.size() >= 3, qPrintable(shown.join(QLatin1Char(' '))));
        QCOMPARE(cardsWithPhotos(*account->database(), child, shown), shown);

        // Another device that reads the whole timeline at once sees the same day.
        Database other;
        QVERIFY(other.open(m_dir.filePath(QStringLiteral("other/cache.sqlite"))));
        SyncEngine otherSync(account->api(), &other);
        addFeatureSyncs(otherSync);
        QVERIFY(sync(&otherSync));
        TimelineModel otherModel;
        otherModel.setSource(&other, QStringLiteral("other"), nullptr);
        otherModel.setChildId(child);
        QCOMPARE(todayInOrder(otherModel).mid(0, 4), newestFirst);
        QCOMPARE(cardsWithPhotos(other, child, cardsWithPhotos(otherModel)),
                 cardsWithPhotos(otherModel));
    }
};

QTEST_MAIN(TestTimelineOrder)
#include "tst_timeline_order.moc"
