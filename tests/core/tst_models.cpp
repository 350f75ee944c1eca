// SPDX-License-Identifier: GPL-3.0-or-later
// Every model QML binds to passes QAbstractItemModelTester while real data flows through it:
// a first sync against the reference server, paging, the viewer's series in both directions,
// and a sync that brings one new card, which must arrive as one inserted row, not a reset.
#include "DemoPortal.h"
#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "features/account/AccountStore.h"
#include "features/timeline/AlbumModel.h"
#include "features/timeline/PhotoModel.h"
#include "features/timeline/TimelineCard.h"
#include "features/timeline/TimelineModel.h"
#include "features/timeline/TimelineStore.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "server/staff/StaffDesk.h"
#include "shell/TabModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

class TestModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    SecretStore m_secrets;
    std::unique_ptr<server::ReferenceServer> m_server;
    std::unique_ptr<AccountSession> m_account;

    bool sync()
    {
        QSignalSpy finished(m_account->sync(), &SyncEngine::finished);
        m_account->sync()->start();
        return finished.wait(120000) && finished.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(startDemoPortal(m_server, {m_dir.filePath(QStringLiteral("server")), {}, {}, {}},
                                 0, &error) != 0,
                 qPrintable(error));
        AccountInfo info;
        info.portal = m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug));
        info.username = QString::fromLatin1(server::demo::username);
        info.id = AccountInfo::idFor(info.portal, info.username);
        info.ephemeral = true;
        m_account = std::make_unique<AccountSession>(info, &m_network, &m_secrets);
        m_account->api()->setPasswordProvider([](auto answer) { answer(QString::fromLatin1(server::demo::password)); });
        QVERIFY(m_account->open(&error));
    }

    void theTimelineFillsDuringTheFirstSyncAndPages()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(m_account->database(), m_account->info().id, nullptr);
        QCOMPARE(model.rowCount(), 0);
        // The model follows the store's announcements while the first sync writes page after page.
        QVERIFY(sync());
        QTRY_COMPARE(model.rowCount(), TimelineModel::pageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.rowCount() > 50);
        for (int row = 0; row < model.rowCount(); row += 7)
            QVERIFY(!model.data(model.index(row), TimelineModel::DayLabelRole).toString().isEmpty());
        model.setChildId(AccountStore(*m_account->database()).children().first().id);
        QVERIFY(model.rowCount() > 0);
    }

    void aNewCardIsOneInsertedRow()
    {
        TimelineModel model;
        model.setSource(m_account->database(), m_account->info().id, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        const QString firstKey = model.data(model.index(0), TimelineModel::KeyRole).toString();

        server::StaffDesk staff(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(staff.open(&error), qPrintable(error));
        const QString child = AccountStore(*m_account->database()).children().first().firstName;
        QVERIFY2(staff.postPhotos(QString::fromLatin1(server::demo::daycareSlug), child, 2,
                                  QStringLiteral("Buiten gespeeld"), {}, &error),
                 qPrintable(error));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(sync());
        QTRY_COMPARE(model.rowCount(), before + 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 1);
        const int at = inserted.first().at(1).toInt();
        QCOMPARE(inserted.first().at(2).toInt(), at);
        QCOMPARE(model.data(model.index(at), TimelineModel::TypeRole).toString(), QStringLiteral("photo"));
        QCOMPARE(model.data(model.index(at == 0 ? 1 : 0), TimelineModel::KeyRole).toString(), firstKey);
    }

    // A deep link to a card the store has just written (a notification tapped as the sync
    // ends) opens it, although the model's own refresh is still waiting on its timer.
    void aCardJustStoredIsFoundByItsKey()
    {
        TimelineModel model;
        model.setSource(m_account->database(), m_account->info().id, nullptr);
        QVERIFY(model.rowCount() > 0);
        TimelineCard card;
        card.key = QStringLiteral("deeplink-test-card");
        card.type = QStringLiteral("journal");
        card.date = QDateTime::currentMSecsSinceEpoch();
        card.childIds = {AccountStore(*m_account->database()).children().first().id};
        card.writtenBy = QStringLiteral("Juf Anna");
        card.text = QStringLiteral("Net geschreven.");
        card.contentHash = QByteArrayLiteral("deeplink");
        QCOMPARE(TimelineStore(*m_account->database()).upsert({card}), 1);
        // No event loop in between: the model has not read the store again.
        const int row = model.loadUntilKey(card.key);
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row), TimelineModel::KeyRole).toString(), card.key);
    }

    // A nap the staff started but did not end yet is "ongoing" in the model the card shows;
    // once they note the end, it is not. (The QML card test only shows what the model says.)
    void aNapWithoutEndIsOngoing()
    {
        TimelineModel model;
        model.setSource(m_account->database(), m_account->info().id, nullptr);
        server::StaffDesk staff(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(staff.open(&error), qPrintable(error));
        const QString child = AccountStore(*m_account->database()).children().first().firstName;
        const QString org = QString::fromLatin1(server::demo::daycareSlug);
        const auto napOf = [&](const QString &description) -> QVariantMap {
            for (int row = 0; row < model.rowCount(); ++row) {
                for (const QVariant &moment : model.data(model.index(row), TimelineModel::MomentsRole).toList()) {
                    const QVariantMap m = moment.toMap();
                    if (m.value(QStringLiteral("category")) == QLatin1String("sleep")
                        && m.value(QStringLiteral("description")) == description)
                        return m;
                }
            }
            return {};
        };
        const QString ongoing = QStringLiteral("Middagslaapje zonder eind");
        const QString ended = QStringLiteral("Middagslaapje met eind");
        QVERIFY2(staff.addDiary(org, child,
                                {{QTime(23, 50), QTime(), QStringLiteral("slapen"), ongoing},
                                 {QTime(23, 0), QTime(23, 40), QStringLiteral("slapen"), ended}},
                                {}, QStringLiteral("Juf Test"), &error),
                 qPrintable(error));
        QVERIFY(sync());
        QTRY_VERIFY(!napOf(ongoing).isEmpty());
        QCOMPARE(napOf(ongoing).value(QStringLiteral("ongoing")).toBool(), true);
        QCOMPARE(napOf(ended).value(QStringLiteral("ongoing")).toBool(), false);
    }

    void theViewerSeriesGrowsBothWays()
    {
        PhotoModel photos;
        QAbstractItemModelTester tester(&photos, QAbstractItemModelTester::FailureReportingMode::QtTest);
        photos.setSource(m_account->database(), m_account->info().id);
        photos.loadOlder();
        QVERIFY(photos.rowCount() > 0);
        while (photos.canFetchMore({}))
            photos.fetchMore({});
        const int all = photos.rowCount();
        const QString middle = photos.data(photos.index(all / 2), PhotoModel::MediaIdRole).toString();
        const int row = photos.openAt(middle);
        QVERIFY(row >= 0);
        photos.loadNewer();
        photos.loadOlder();
        QCOMPARE(photos.data(photos.index(photos.openAt(middle)), PhotoModel::MediaIdRole).toString(), middle);
    }

    void theViewerStepsThroughASeriesInTheStripsOrder()
    {
        // From the first photo of a card, the next photo in the viewer is the strip's second.
        TimelineModel timeline;
        timeline.setSource(m_account->database(), m_account->info().id, nullptr);
        PhotoModel photos;
        photos.setSource(m_account->database(), m_account->info().id);
        int checked = 0;
        for (int row = 0; row < timeline.rowCount() && checked < 5; ++row) {
            const QVariantList media = timeline.data(timeline.index(row), TimelineModel::MediaRole).toList();
            if (media.size() < 3)
                continue;
            const int at = photos.openAt(media.first().toMap().value(QStringLiteral("id")).toString());
            for (int i = 0; i < media.size(); ++i)
                QCOMPARE(photos.data(photos.index(at + i), PhotoModel::MediaIdRole).toString(),
                         media.at(i).toMap().value(QStringLiteral("id")).toString());
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void albumsAndTabs()
    {
        AlbumModel albums;
        QAbstractItemModelTester albumTester(&albums, QAbstractItemModelTester::FailureReportingMode::QtTest);
        albums.setSource(m_account->database(), m_account->info().id);
        albums.reload();
        QVERIFY(albums.rowCount() > 0);
        while (albums.canFetchMore({}))
            albums.fetchMore({});

        TabModel tabs;
        QAbstractItemModelTester tabTester(&tabs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tabs.setUnread(TabModel::Messages, 3);
        tabs.setAvailable(TabModel::Agenda, false);
        QCOMPARE(tabs.data(tabs.index(TabModel::Messages), TabModel::UnreadRole).toInt(), 3);
        QCOMPARE(tabs.data(tabs.index(TabModel::Agenda), TabModel::AvailableRole).toBool(), false);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
