// SPDX-License-Identifier: GPL-3.0-or-later
// "Dagboek schrijven" through the one write path, against the reference server: the entry is in
// the timeline at once as being sent, its photo is uploaded, the entry arrives on the portal
// once, the local copy goes when the portal's timeline carries it, a refusal keeps the portal's
// reason and can be discarded, the draft is gone once the entry is stored, and an organisation
// without the video module gets no videos.
#include "DemoPortal.h"
#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "db/DraftStore.h"
#include "features/account/AccountStore.h"
#include "features/timeline/DiaryWriter.h"
#include "features/timeline/TimelineModel.h"
#include "features/timeline/TimelineStore.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "sync/Outbox.h"
#include "text/PortalTime.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

class TestDiary : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    SecretStore m_secrets;
    std::unique_ptr<server::ReferenceServer> m_server;
    quint16 m_port = 0;

    void startServer()
    {
        QString error;
        m_port = startDemoPortal(m_server, {m_dir.filePath(QStringLiteral("server")), {}, {}, {}},
                                 m_port, &error);
        QVERIFY2(m_port != 0, qPrintable(error));
    }

    std::unique_ptr<AccountSession> openAccount(const char *slug)
    {
        AccountInfo info;
        info.portal = m_server->portalUrl(QString::fromLatin1(slug));
        info.username = QString::fromLatin1(server::demo::username);
        info.id = AccountInfo::idFor(info.portal, info.username);
        info.ephemeral = true;
        auto account = std::make_unique<AccountSession>(info, &m_network, &m_secrets);
        account->api()->setPasswordProvider([](auto answer) { answer(QString::fromLatin1(server::demo::password)); });
        QString error;
        if (!account->open(&error))
            qWarning() << error;
        return account;
    }

    static bool sync(AccountSession &account)
    {
        QSignalSpy finished(account.sync(), &SyncEngine::finished);
        account.sync()->start();
        return finished.wait(120000) && finished.first().first().toBool();
    }

    static QString firstChild(AccountSession &account)
    {
        const QList<ChildRecord> children = AccountStore(*account.database()).children();
        return children.isEmpty() ? QString() : children.first().id;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        startServer();
    }

    void anEntryWithAPhotoReachesThePortalOnce()
    {
        auto account = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*account));
        const QString child = firstChild(*account);
        DiaryWriter diary;
        diary.setSession(account.get());
        TimelineModel model;
        model.setSource(account->database(), account->info().id, &diary);

        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(QColor(0xE0, 0x90, 0x40));
        const QString photo = m_dir.filePath(QStringLiteral("zandbak.jpg"));
        QVERIFY(image.save(photo, "JPEG"));

        QVERIFY(!diary.problem(QString(), {}, 0).isEmpty());
        const QString text = QStringLiteral("Vannacht slecht geslapen, dus vandaag wat moe. Oma haalt haar op.");
        QSignalSpy written(&diary, &DiaryWriter::written);
        QVERIFY(diary.write(child, 0, text, {QUrl::fromLocalFile(photo)}));
        QVERIFY(written.wait(10000));
        // At once in the timeline, as being sent, at the top of today.
        QTRY_COMPARE(model.get(0).value(QStringLiteral("pending")).toBool(), true);
        QCOMPARE(model.get(0).value(QStringLiteral("text")).toString(), text);
        QCOMPARE(model.get(0).value(QStringLiteral("sendState")).toString(), QStringLiteral("sending"));
        QCOMPARE(model.get(0).value(QStringLiteral("mediaCount")).toInt(), 1);

        // Upload, then the entry, then a sync brings the portal's own card and the local copy goes.
        QTRY_VERIFY_WITH_TIMEOUT(diary.count() == 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!account->sync()->isRunning(), 30000);
        QTRY_COMPARE(model.get(0).value(QStringLiteral("pending")).toBool(), false);
        const QVariantMap top = model.get(0);
        QCOMPARE(top.value(QStringLiteral("byParent")).toBool(), true);
        QCOMPARE(top.value(QStringLiteral("text")).toString(), text);
        QCOMPARE(top.value(QStringLiteral("mediaCount")).toInt(), 1);
        // Exactly once on the portal, with its photo.
        int found = 0;
        bool answered = false;
        ApiCall page;
        page.path = QStringLiteral("/restservices-parent/timeline/cards/v2/0");
        account->api()->send(page, nullptr, [&](const ApiResult &r) {
            for (const QJsonValue &card : r.payload.toArray()) {
                const QJsonObject journal = card.toObject().value(QLatin1String("journal")).toObject();
                if (journal.value(QLatin1String("journalContent")).toString().contains(QLatin1String("Oma haalt haar op"))
                    && journal.value(QLatin1String("photos")).toArray().size() == 1)
                    ++found;
            }
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QCOMPARE(found, 1);
        QCOMPARE(QDir(account->cacheDirectory() + QStringLiteral("/outgoing")).entryList(QDir::Files).size(), 0);
    }

    void theDraftGoesOnceTheEntryIsStored()
    {
        auto account = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*account));
        DiaryWriter diary;
        diary.setSession(account.get());
        DraftStore drafts(*account->database());
        QVERIFY(drafts.save(diary.draftKey(), {QStringLiteral("Bijna verstuurd"), {}, 0}));
        QVERIFY(diary.write(firstChild(*account), 0, QStringLiteral("Bijna verstuurd"), {}));
        QVERIFY(!drafts.load(diary.draftKey()).has_value());
        QTRY_VERIFY_WITH_TIMEOUT(diary.count() == 0, 60000); // delivered: the next test starts clean
    }

    // An entry for an earlier day sits in the portal's feed below the newer cards, past the first
    // page, where a later sync stops when that page holds nothing new. Written offline, delivered
    // when the portal is back, it must leave "being sent" with the next sync, not the next full one.
    void anEntryForAnEarlierDayIsDeliveredByTheNextSync()
    {
        auto account = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*account));
        QVERIFY(sync(*account)); // a later sync from here on
        const QString child = firstChild(*account);
        DiaryWriter diary;
        diary.setSession(account.get());
        // A day with at least two pages of the family's feed above it.
        int daysAgo = 7;
        const auto newerCards = [&](int days) {
            const qint64 dayStart = portaltime::startOfDay(portaltime::today().addDays(-days));
            int newer = 0;
            for (const TimelineRow &row : TimelineStore(*account->database()).page(QString(), nullptr, 1000))
                newer += row.date > dayStart ? 1 : 0;
            return newer;
        };
        while (daysAgo < 28 && newerCards(daysAgo) < 12)
            ++daysAgo;
        QVERIFY2(newerCards(daysAgo) >= 12, qPrintable(QString::number(newerCards(daysAgo))));

        m_server.reset(); // offline
        const QString text = QStringLiteral("Een week terug: de eerste stapjes, thuis op de mat.");
        QSignalSpy written(&diary, &DiaryWriter::written);
        QVERIFY(diary.write(child, daysAgo, text, {}));
        QVERIFY(written.count() == 1 || written.wait(10000));
        const auto triedOffline = [&] {
            const QList<Outbox::Item> items = account->outbox()->items();
            return std::any_of(items.cbegin(), items.cend(), [](const Outbox::Item &item) {
                return item.state == Outbox::State::Waiting && item.attempts >= 1;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(triedOffline(), 20000);
        QCOMPARE(diary.count(), 1);

        startServer(); // back on the same port
        account->outbox()->retryWaitingNow();
        const auto sentOrGone = [&] {
            const QList<DiaryWriter::Entry> entries = diary.entries();
            return entries.isEmpty() || entries.constFirst().state == QLatin1String("sent");
        };
        QTRY_VERIFY_WITH_TIMEOUT(sentOrGone(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!account->sync()->isRunning(), 30000);
        QVERIFY(sync(*account)); // the next (later) sync, also when the write's own one ran already
        QCOMPARE(diary.count(), 0); // delivered: no longer shown as being sent
        const QDate day = portaltime::today().addDays(-daysAgo);
        bool stored = false;
        for (const TimelineEntry &entry : TimelineStore(*account->database()).journal(child))
            stored |= entry.byParent && entry.text == text && portaltime::dayOf(entry.date) == day;
        QVERIFY(stored);
    }

    void aRefusedEntryKeepsThePortalsReasonAndCanBeDiscarded()
    {
        auto account = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*account));
        DiaryWriter diary;
        diary.setSession(account.get());
        // Two months back: the portal refuses (a diary goes back one month).
        QVERIFY(diary.write(firstChild(*account), 60, QStringLiteral("Te laat"), {}));
        const auto refused = [&diary]() -> std::optional<DiaryWriter::Entry> {
            for (const DiaryWriter::Entry &entry : diary.entries()) {
                if (entry.text == QLatin1String("Te laat"))
                    return entry;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(refused() && refused()->state == QLatin1String("failed"), 20000);
        QVERIFY2(refused()->errorText.contains(QLatin1String("maand")), qPrintable(refused()->errorText));
        diary.discard(refused()->id);
        QVERIFY(!refused());
    }

    void anOrganisationWithoutVideoGetsNoVideos()
    {
        auto account = openAccount(server::demo::afterSchoolSlug);
        QVERIFY(sync(*account));
        DiaryWriter diary;
        diary.setSession(account.get());
        QVERIFY(!diary.videoAllowed());
        const QString problem = diary.problem(QString(), {QUrl::fromLocalFile(QStringLiteral("/tmp/speeltuin.mp4"))}, 0);
        QVERIFY2(problem.contains(QLatin1String("video")), qPrintable(problem));
        QVERIFY(diary.problem(QString(), {QUrl::fromLocalFile(QStringLiteral("/tmp/speeltuin.jpg"))}, 0).isEmpty());
        // And the daycare, which has the module, takes them.
        auto daycare = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*daycare));
        DiaryWriter daycareDiary;
        daycareDiary.setSession(daycare.get());
        QVERIFY(daycareDiary.videoAllowed());
    }
};

QTEST_MAIN(TestDiary)
#include "tst_diary.moc"
