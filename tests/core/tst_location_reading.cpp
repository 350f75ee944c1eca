// SPDX-License-Identifier: GPL-3.0-or-later
// Mijn locatie as the parent uses it, end to end against the reference server over loopback:
//  - staff publish news (what `nestje-server staff news` runs), the badge (the store's unread
//    count, which AppController shows on the tab) goes up; the parent opens it, the badge clears
//    at once here and, through the write path, on the portal's counter too;
//  - every list model passes QAbstractItemModelTester with real data.
#include "DemoAccount.h"
#include "DemoPortal.h"
#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "features/account/AccountStore.h"
#include "features/location/LocationItem.h"
#include "features/location/LocationModels.h"
#include "features/location/LocationStore.h"
#include "server/DemoOrganisation.h"
#include "server/Portal.h"
#include "server/ReferenceServer.h"
#include "server/staff/StaffDesk.h"
#include "shell/Session.h"
#include "sync/SyncEngine.h"
#include "sync/Writes.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

class TestLocationReading : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    SecretStore m_secrets;
    std::unique_ptr<server::ReferenceServer> m_server;
    std::unique_ptr<AccountSession> m_account;
    Session m_session;

    // A sync of every feature; Mijn locatie's must come out fresh (another feature's state is
    // not this test's business).
    bool sync()
    {
        QSignalSpy finished(m_account->sync(), &SyncEngine::finished);
        m_account->sync()->start(SyncEngine::Mode::Full);
        if (!finished.wait(120000))
            return false;
        for (const char *feature : {"news", "newsletters", "pages", "team", "contact"}) {
            if (m_account->sync()->status(QLatin1String(feature)).state !=
                FeatureStatus::State::Fresh)
                return false;
        }
        return true;
    }
    server::StaffDesk *desk()
    {
        static std::unique_ptr<server::StaffDesk> desk;
        if (!desk) {
            desk = std::make_unique<server::StaffDesk>(m_dir.filePath(QStringLiteral("server")));
            QString error;
            if (!desk->open(&error))
                qFatal("staff desk: %s", qPrintable(error));
        }
        return desk.get();
    }
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(startDemoPortal(m_server, {m_dir.filePath(QStringLiteral("server")), {}, {}, {}},
                                 0, &error) != 0,
                 qPrintable(error));
        m_account = demoAccount(m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug)), &m_network, &m_secrets);
        QVERIFY(m_account->open(&error));
        m_session.setAccount(m_account.get());
        QVERIFY(sync());
    }

    void everyListModelPassesTheTester()
    {
        NewsModel news;
        NewsletterModel letters;
        InfoPageModel pages;
        TeamModel team;
        OrganisationLocationModel places;
        QList<LocationListModel *> models{&news, &letters, &pages, &team, &places};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (LocationListModel *model : models) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
            model->setSession(&m_session);
            QVERIFY2(model->rowCount() > 0, model->metaObject()->className());
            QVERIFY(!model->get(0).value(QStringLiteral("key")).toString().isEmpty());
        }
        // "The most recent ones": a limit shows the newest only.
        news.setLimit(2);
        QCOMPARE(news.rowCount(), 2);
        QCOMPARE(news.get(0).value(QStringLiteral("key")),
                 LocationStore(*m_account->database()).news(1).first().id);

        // Staff publish: one inserted row, no reset.
        QSignalSpy inserted(&letters, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&letters, &QAbstractItemModel::modelReset);
        const int before = letters.rowCount();
        QString error;
        QVERIFY2(desk()->publishNewsletter(QString::fromLatin1(server::demo::daycareSlug),
                                           QStringLiteral("Herfst"), QStringLiteral("Bladeren"),
                                           &error),
                 qPrintable(error));
        QVERIFY(sync());
        QCOMPARE(letters.rowCount(), before + 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(letters.get(0).value(QStringLiteral("title")).toString(),
                 QStringLiteral("Herfst"));
        QVERIFY(letters.get(0).value(QStringLiteral("isNew")).toBool());
    }

    // The portal lists every location of the organisation; the contact card shows the ones the
    // family's children have a placement at (from the account feature), and all of them only
    // when no placement is known.
    void theContactCardShowsTheChildrensLocationsOnly()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("locations"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("server/portal.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO locations (id, org_id, name, address, phone)"
                " SELECT 990001, id, 'BSO De Wilg', 'Wilgenlaan 1, 3581 AC Utrecht', '030 000 00 00'"
                " FROM organisations WHERE slug = '%1'")
                               .arg(QLatin1String(server::demo::daycareSlug))));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locations"));
        QVERIFY(sync());
        LocationStore store(*m_account->database());
        QCOMPARE(store.customerInfo()->locations.size(), 2); // the portal has both

        OrganisationLocationModel places;
        QAbstractItemModelTester tester(&places,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        places.setSession(&m_session);
        QCOMPARE(places.rowCount(), 1);
        QCOMPARE(places.get(0).value(QStringLiteral("name")).toString(),
                 QStringLiteral("De Boomhut Eikenlaan"));

        // Without known placements (a portal without child details) every location shows.
        AccountStore accounts(*m_account->database());
        for (const ChildRecord &child : accounts.children())
            QVERIFY(accounts.replaceChildDetails(ChildDetailsRecord{child.id, {}, {}, {}}));
        QTRY_COMPARE(places.rowCount(), 2);
    }

    void readingNewsClearsTheBadgeOnBothSides()
    {
        LocationStore store(*m_account->database());
        QString error;
        QVERIFY2(desk()->publishNews(QString::fromLatin1(server::demo::daycareSlug),
                                     QStringLiteral("Zomerfeest"),
                                     QStringLiteral("Vrijdag vieren we het zomerfeest."), &error),
                 qPrintable(error));
        const int badgeBefore = store.unreadNewsCount();
        QVERIFY(sync());
        const int portalCount = m_account->sync()->counters().news;
        QCOMPARE(store.unreadNewsCount(), badgeBefore + 1);
        QCOMPARE(store.unreadNewsCount(), portalCount);
        QString id;
        for (const NewsItem &item : store.news()) {
            if (item.title == QLatin1String("Zomerfeest"))
                id = item.id;
        }
        QVERIFY(!id.isEmpty());

        LocationItem item;
        item.setSession(&m_session);
        item.setKind(QStringLiteral("news"));
        item.setItemId(id);
        QVERIFY(item.found());
        QVERIFY(item.loaded());
        QVERIFY(item.isNew());
        QVERIFY(item.richText().contains(QLatin1String("zomerfeest")));
        QSignalSpy syncs(m_account->sync(), &SyncEngine::runningChanged);
        item.markRead();
        QCOMPARE(store.unreadNewsCount(), portalCount - 1); // here, at once
        QVERIFY(!item.isNew());
        // The portal hears of it through the write path; its counter follows. The mark was
        // applied here already: delivering it costs no sync.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_account->writes()->pending(QStringLiteral("location-read")).isEmpty(), 30000);
        QCOMPARE(syncs.count(), 0);
        QVERIFY(sync());
        QCOMPARE(m_account->sync()->counters().news, portalCount - 1);
        QCOMPARE(store.unreadNewsCount(), portalCount - 1);
    }
};

QTEST_MAIN(TestLocationReading)
#include "tst_location_reading.moc"
