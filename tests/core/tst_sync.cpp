// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultProxy.h"
#include "db/SyncState.h"
#include "features/Features.h"
#include "features/account/AccountStore.h"
#include "features/agenda/PlanningStore.h"
#include "features/agenda/RequestStore.h"
#include "features/location/LocationStore.h"
#include "features/messages/MessageStore.h"
#include "features/timeline/TimelineCard.h"
#include "features/timeline/TimelineStore.h"
#include "net/ApiClient.h"
#include "net/JsonValues.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "sync/SyncEngine.h"
#include "sync/SyncRun.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSemaphore>
#include <QTcpServer>
#include <QThread>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>
#include <optional>

using namespace nestje;

Q_DECLARE_METATYPE(nestje::LoginSession)

// Sync against the reference server over loopback HTTP into a real SQLite file.
// A feature that asks for the same conversation `count` times through getEach(), noting how
// many of its requests were out at each answer and how often `then` ran.
class EachFeature : public FeatureSync
{
public:
    EachFeature(ApiClient *api, QString threadId, int count)
        : m_api(api), m_threadId(std::move(threadId)), m_count(count) {}
    QString name() const override { return QStringLiteral("each"); }
    bool isDue(const SyncContext &) const override { return true; }
    void start(SyncRun &run) override
    {
        QStringList items;
        for (int i = 0; i < m_count; ++i)
            items << QString::number(i);
        const int sentBefore = m_api->requestsSent();
        run.getEach(
            items,
            [this](const QString &) {
                return QStringLiteral("/restservices-parent/logbook/details/%1/summary/true").arg(m_threadId);
            },
            [this, sentBefore](const QString &item, const QJsonValue &payload) {
                stored << item.toInt();
                // Sent so far minus answered (this one included): what else is still out.
                mostOut = std::max(mostOut, m_api->requestsSent() - sentBefore - int(stored.size()) + 1);
                return payload.isObject();
            },
            [this, &run] {
                ++thens;
                run.finish();
            });
    }
    QList<int> stored;
    int mostOut = 0;
    int thens = 0;

private:
    ApiClient *m_api;
    QString m_threadId;
    int m_count;
};

class TestSync : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<server::ReferenceServer> m_server;
    QUrl m_portal;
    int m_cacheNumber = 0;

    struct Account
    {
        std::unique_ptr<ApiClient> api;
        std::unique_ptr<Database> db;
        std::unique_ptr<SyncEngine> sync;
    };

    Account account(const QUrl &portal,
                    const QString &password = QString::fromLatin1(server::demo::password))
    {
        Account a;
        a.api = std::make_unique<ApiClient>(&m_network, portal,
                                            QString::fromLatin1(server::demo::username));
        a.api->setPasswordProvider([password](auto answer) { answer(password); });
        a.db = std::make_unique<Database>();
        if (!a.db->open(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_cacheNumber))))
            qFatal("cannot open cache");
        a.sync = std::make_unique<SyncEngine>(a.api.get(), a.db.get());
        addFeatureSyncs(*a.sync);
        return a;
    }
    // An account that reaches the portal through `proxy`, where every request whose request
    // line contains `pathPart` is answered 503, late (after 1.5 s: after the requests sent
    // beside it). No api when the proxy could not listen.
    Account lateFailureFor(FaultProxy &proxy, const QByteArray &pathPart)
    {
        proxy.setFaultRate(0);
        proxy.setFaultFor(pathPart, FaultProxy::Fault::Answer503, 1500);
        const quint16 proxyPort = proxy.listen();
        if (proxyPort == 0)
            return {};
        QUrl viaProxy = m_portal;
        viaProxy.setPort(proxyPort);
        return account(viaProxy);
    }

    // An account whose every answer from the portal comes `delayMs` late through `proxy`, and
    // whose calls time out after 1 s without a sign (20 s in the app). No api when the proxy
    // could not listen.
    Account lateAnswersFrom(FaultProxy &proxy, int delayMs)
    {
        proxy.setFaultRate(0);
        proxy.setFaultFor("/restservices-parent/", FaultProxy::Fault::None, delayMs);
        const quint16 proxyPort = proxy.listen();
        if (proxyPort == 0)
            return {};
        QUrl viaProxy = m_portal;
        viaProxy.setPort(proxyPort);
        Account a = account(viaProxy);
        a.api->setCallTimeout(1000);
        return a;
    }

    static bool runSync(SyncEngine &sync, SyncEngine::Mode mode = SyncEngine::Mode::Automatic)
    {
        QSignalSpy finished(&sync, &SyncEngine::finished);
        sync.start(mode);
        if (!finished.wait(60000))
            return false;
        return finished.first().first().toBool();
    }

    // The portal's feed read page by page, as its own infinite scroll does: card keys, newest
    // first, and where each page started.
    static QStringList feedKeys(ApiClient &api, QList<int> *pageStarts = nullptr)
    {
        QStringList keys;
        for (;;) {
            if (pageStarts)
                *pageStarts << int(keys.size());
            ApiCall call;
            call.path =
                QStringLiteral("/restservices-parent/timeline/cards/v2/%1").arg(keys.size());
            std::optional<ApiResult> answer;
            api.send(call, nullptr, [&answer](const ApiResult &result) { answer = result; });
            if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000) || !answer->ok())
                return {};
            const QList<TimelineCard> cards = parseTimelinePage(answer->payload);
            if (cards.isEmpty())
                return keys;
            for (const TimelineCard &card : cards)
                keys << card.key;
        }
    }

    // The stored timeline top down, as the list shows it.
    static QStringList storedKeys(Database &db)
    {
        QStringList keys;
        for (const TimelineRow &row : TimelineStore(db).page(QString(), nullptr, 1000000))
            keys << row.key;
        return keys;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<LoginSession>();
        m_server = std::make_unique<server::ReferenceServer>(
            server::ServerOptions{m_dir.filePath(QStringLiteral("server")), {}, {}, {}});
        QString error;
        QVERIFY2(m_server->open(&error), qPrintable(error));
        QVERIFY2(m_server->seedDemo(1, &error), qPrintable(error));
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_portal = m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug));
    }

    void firstSyncFetchesEverythingThenIncrementalIsCheap()
    {
        Account a = account(m_portal);
        QSignalSpy authRequired(a.api.get(), &ApiClient::authenticationRequired);
        QSignalSpy progress(a.sync.get(), &SyncEngine::progressChanged);
        QVERIFY2(runSync(*a.sync), qPrintable(a.sync->lastError()));
        QVERIFY(a.sync->hasCompletedFullSync());
        QVERIFY(progress.count() >= 8); // visible progress, step by step
        QCOMPARE(a.sync->progress(), 1.0);
        QVERIFY(authRequired.isEmpty());

        TimelineStore timeline(*a.db);
        MessageStore messages(*a.db);
        AccountStore account(*a.db);
        LocationStore content(*a.db);
        PlanningStore planning(*a.db);
        QCOMPARE(account.childCount(), 2); // the KDV has the baby and the toddler
        QVERIFY2(timeline.cardCount() > 100, qPrintable(QString::number(timeline.cardCount())));
        QVERIFY(timeline.mediaCount() > 50);
        QVERIFY(messages.threadCount() > 3);
        QVERIFY(planning.partCount() > 50);
        QVERIFY(content.newsCount() > 0);
        QVERIFY(content.newsletterCount() > 0);
        QVERIFY(account.documentCount() > 0);
        QVERIFY(content.newsWithoutBody().isEmpty());
        QVERIFY(content.newslettersWithoutHtml().isEmpty());
        QVERIFY(content.pageCount() > 0);
        QVERIFY(content.pagesWithoutBody().isEmpty());
        QVERIFY(content.teamCount() > 0);
        QVERIFY(account.creditCount() > 0);
        QCOMPARE(account.notificationSettings().size(), 6); // typed rows now (account schema 1)
        QVERIFY(a.sync->capabilities().known);
        QVERIFY(a.sync->capabilities().offers(QStringLiteral("video")));
        for (const QString &feature : a.sync->featureNames())
            QCOMPARE(int(a.sync->status(feature).state), int(FeatureStatus::State::Fresh));
        QVERIFY(a.db->scalar(QStringLiteral("SELECT COUNT(*) FROM day_rhythm")) > 100);

        // Nothing changed on the server: the counters (with the message mark) and the first
        // timeline page, nothing else.
        const int cards = timeline.cardCount();
        a.api->resetRequestCount();
        QVERIFY2(runSync(*a.sync), qPrintable(a.sync->lastError()));
        QCOMPARE(a.api->requestsSent(), 2);
        QCOMPARE(timeline.cardCount(), cards);
    }

    void aTimelineReadCutShortKeepsTheTopOfTheFeedWithoutGaps()
    {
        // A full sync asks several timeline pages ahead and stores them in batches. When the
        // network fails halfway, what is stored must still be exactly the top of the feed in the
        // feed's order, as reading page by page left it: never a later page without the one above.
        Account direct = account(m_portal);
        const QStringList feed = feedKeys(*direct.api);
        QVERIFY2(feed.size() > 60, qPrintable(QString::number(feed.size())));

        FaultProxy proxy(quint16(m_portal.port()), 20261130);
        proxy.setFaultRate(0.08);
        const quint16 proxyPort = proxy.listen();
        QVERIFY(proxyPort != 0);
        QUrl viaProxy = m_portal;
        viaProxy.setPort(proxyPort);
        int cutShort = 0;
        for (int attempt = 0; attempt < 6; ++attempt) {
            Account a = account(viaProxy);
            runSync(*a.sync, SyncEngine::Mode::Full); // the proxy decides whether it succeeds
            const QStringList stored = storedKeys(*a.db);
            if (a.sync->status(QStringLiteral("timeline")).state == FeatureStatus::State::Fresh) {
                QCOMPARE(stored, feed);
                continue;
            }
            QCOMPARE(stored, feed.mid(0, stored.size()));
            if (!stored.isEmpty() && stored.size() < feed.size())
                ++cutShort;
        }
        // Else the failures all came before the first page or after the last: nothing was shown.
        QVERIFY2(cutShort > 0, "no timeline read was cut short halfway");
    }

    void aLateFailureInTheTimelineKeepsOnlyThePagesAboveIt()
    {
        // The fifth page fails, and its failure comes late: after the pages asked ahead below it
        // have answered. Those must not be stored, or the list would have a hole where the fifth
        // page belongs; the next sync reads from the top again.
        Account direct = account(m_portal);
        QList<int> pageStarts;
        const QStringList feed = feedKeys(*direct.api, &pageStarts);
        QVERIFY2(pageStarts.size() > 8, qPrintable(QString::number(pageStarts.size())));
        const int failing = pageStarts.at(4);

        FaultProxy proxy(quint16(m_portal.port()), 1);
        Account a = lateFailureFor(proxy, "/timeline/cards/v2/" + QByteArray::number(failing) + ' ');
        QVERIFY(a.api);
        QVERIFY(!runSync(*a.sync, SyncEngine::Mode::Full));
        QCOMPARE(int(a.sync->status(QStringLiteral("timeline")).state),
                 int(FeatureStatus::State::Stale));
        QCOMPARE(storedKeys(*a.db), feed.mid(0, failing));
        QCOMPARE(int(a.sync->status(QStringLiteral("messages")).state),
                 int(FeatureStatus::State::Fresh)); // the failure stays in its feature
    }

    void aConversationThatFailsKeepsTheOthersOfItsPage()
    {
        // A page's conversations are asked for at once. One answers 503, late (after the
        // others): Berichten shows as stale, the others of the page are stored all the same,
        // and the rest of the app syncs. The next sync brings the missing one.
        Account direct = account(m_portal);
        QVERIFY(runSync(*direct.sync, SyncEngine::Mode::Full));
        const QList<MessageThread> threads = MessageStore(*direct.db).threads();
        QVERIFY2(threads.size() >= 3, qPrintable(QString::number(threads.size())));
        const QString failing = threads.at(1).id;

        FaultProxy proxy(quint16(m_portal.port()), 1);
        Account a = lateFailureFor(proxy, "/logbook/details/" + failing.toUtf8() + '/');
        QVERIFY(a.api);
        QVERIFY(!runSync(*a.sync, SyncEngine::Mode::Full));
        QCOMPARE(int(a.sync->status(QStringLiteral("messages")).state), int(FeatureStatus::State::Stale));
        QCOMPARE(int(a.sync->status(QStringLiteral("timeline")).state), int(FeatureStatus::State::Fresh));
        const MessageStore store(*a.db);
        QCOMPARE(store.messageCount(failing), 0);
        for (const MessageThread &thread : threads) {
            if (thread.id != failing && store.thread(thread.id))
                QCOMPARE(store.messageCount(thread.id), MessageStore(*direct.db).messageCount(thread.id));
        }
        // The conversations listed after the failing one too (one after another, they were not
        // asked for any more).
        QVERIFY(store.messageCount(threads.at(2).id) > 0);

        // The same cache, now without the fault.
        a.sync.reset();
        a.api = std::make_unique<ApiClient>(&m_network, m_portal, QString::fromLatin1(server::demo::username));
        a.api->setPasswordProvider([](auto answer) { answer(QString::fromLatin1(server::demo::password)); });
        a.sync = std::make_unique<SyncEngine>(a.api.get(), a.db.get());
        addFeatureSyncs(*a.sync);
        QVERIFY(runSync(*a.sync, SyncEngine::Mode::Full));
        QCOMPARE(store.messageCount(failing), MessageStore(*direct.db).messageCount(failing));
        QVERIFY(store.messageCount(failing) > 0);
    }

    void aListIsAskedForAFewAtATimeAndEndsOnce()
    {
        Account direct = account(m_portal);
        QVERIFY(runSync(*direct.sync, SyncEngine::Mode::Full));
        const QList<MessageThread> threads = MessageStore(*direct.db).threads();
        QVERIFY(!threads.isEmpty());
        // An engine with this feature alone: every request it sends is the feature's.
        SyncEngine engine(direct.api.get(), direct.db.get());
        auto owned = std::make_unique<EachFeature>(direct.api.get(), threads.first().id, 20);
        EachFeature *each = owned.get();
        engine.addFeature(std::move(owned));
        QVERIFY(runSync(engine, SyncEngine::Mode::Full));
        QCOMPARE(each->thens, 1);
        QList<int> sorted = each->stored;
        std::sort(sorted.begin(), sorted.end());
        QList<int> all(20);
        std::iota(all.begin(), all.end(), 0);
        QCOMPARE(sorted, all); // every path once
        QVERIFY2(each->mostOut > 1, qPrintable(QString::number(each->mostOut))); // not one by one
        QVERIFY2(each->mostOut <= SyncRun::eachInFlight, qPrintable(QString::number(each->mostOut)));
    }

    void anAbsenceShowsUpAsARequest()
    {
        Account a = account(m_portal);
        QVERIFY(runSync(*a.sync, SyncEngine::Mode::Full));
        const int before = RequestStore(*a.db).requestCount();
        // Report an absence for next week's first bookable part, as the app's form will.
        const QString from = QDate::currentDate().addDays(7).toString(QStringLiteral("yyyyMMdd"));
        const QString to = QDate::currentDate().addDays(13).toString(QStringLiteral("yyyyMMdd"));
        QString optionId;
        ApiCall options;
        options.path =
            QStringLiteral("/restservices-parent/absence/options/%1/until/%2").arg(from, to);
        a.api->send(options, nullptr, [&](const ApiResult &r) {
            for (const QJsonValue &part :
                 r.payload.toObject().value(QLatin1String("parts")).toArray()) {
                if (part.toObject().value(QLatin1String("available")).toBool()) {
                    optionId = json::id(part.toObject().value(QLatin1String("optionId")));
                    break;
                }
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(!optionId.isEmpty(), 10000);
        ApiCall absence;
        absence.method = "PUT";
        absence.path = QStringLiteral("/restservices-parent/absence");
        absence.body = QJsonObject{{QStringLiteral("from"), from},
                                   {QStringLiteral("to"), to},
                                   {QStringLiteral("reason"), QStringLiteral("sick")},
                                   {QStringLiteral("optionIds"), QJsonArray{optionId}}};
        bool sent = false;
        a.api->send(absence, nullptr, [&](const ApiResult &r) { sent = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(sent, 10000);
        // Planning-related parts refresh on the next full sync (or after 30 minutes).
        QVERIFY(runSync(*a.sync, SyncEngine::Mode::Full));
        QCOMPARE(RequestStore(*a.db).requestCount(), before + 1);
    }

    void rejectedAccessTokenMidSyncIsRenewedSilently()
    {
        Account a = account(m_portal);
        QSignalSpy authRequired(a.api.get(), &ApiClient::authenticationRequired);
        // Log in, then make the server reject the access token halfway through the sync (as an
        // expired one would be): the client refreshes once and carries on.
        LoginClient login(&m_network);
        QSignalSpy loggedIn(&login, &LoginClient::succeeded);
        login.login(m_portal, QString::fromLatin1(server::demo::username),
                    QString::fromLatin1(server::demo::password));
        QVERIFY(loggedIn.wait(10000));
        LoginSession session = loggedIn.first().first().value<LoginSession>();
        a.api->setSession(session);
        bool tampered = false;
        connect(a.sync.get(), &SyncEngine::progressChanged, this, [&] {
            if (!tampered && a.sync->progress() > 0.3) {
                tampered = true;
                LoginSession broken = session;
                broken.accessToken = session.accessToken.left(session.accessToken.size() - 4) +
                                     QStringLiteral("AAAA");
                broken.refreshToken.clear();
                a.api->setSession(broken);
            }
        });
        QVERIFY2(runSync(*a.sync, SyncEngine::Mode::Full), qPrintable(a.sync->lastError()));
        QVERIFY(tampered);
        QVERIFY(authRequired.isEmpty());
    }

    void wrongStoredPasswordAsksTheUser()
    {
        Account a = account(m_portal, QStringLiteral("changed-on-the-server"));
        QSignalSpy authRequired(a.api.get(), &ApiClient::authenticationRequired);
        QVERIFY(!runSync(*a.sync));
        QCOMPARE(a.sync->lastErrorDetail().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(authRequired.count(), 1);
    }

    void serverDownKeepsTheCache()
    {
        Account a = account(m_portal);
        QVERIFY(runSync(*a.sync));
        const int cards = TimelineStore(*a.db).cardCount();

        QTcpServer probe; // a port where nothing listens
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        Account down = account(QUrl(QStringLiteral("http://127.0.0.1:%1/deboomhut").arg(port)));
        down.db = std::move(a.db);
        down.sync = std::make_unique<SyncEngine>(down.api.get(), down.db.get());
        addFeatureSyncs(*down.sync);
        QVERIFY(!runSync(*down.sync, SyncEngine::Mode::Incremental));
        QCOMPARE(down.sync->lastErrorDetail().kind, ApiError::Kind::Network);
        QVERIFY(!down.sync->lastError().isEmpty());
        QCOMPARE(TimelineStore(*down.db).cardCount(), cards);
    }

    // A slow link (every answer 300 ms late, the timeout 1 s here, 20 s in the app): a first sync
    // asks for dozens of things at once and Qt sends six at a time, so most wait longer than
    // the timeout before they are even sent. Waiting for a connection is not the portal failing:
    // everything arrives and nothing is stale. (With Qt's own timeout, which counts the wait,
    // the requests at the back failed as "no connection".)
    void aSlowPortalIsSlowNotOffline()
    {
        FaultProxy proxy(quint16(m_portal.port()), 1);
        Account a = lateAnswersFrom(proxy, 300);
        QVERIFY(a.api);
        QVERIFY2(runSync(*a.sync, SyncEngine::Mode::Full), qPrintable(a.sync->lastError()));
        QVERIFY2(a.api->requestsSent() > 6 * 1000 / 300 * 2,
                 "enough requests that some wait longer than the timeout");
        for (const QString &feature : a.sync->featureNames())
            QVERIFY2(a.sync->status(feature).state == FeatureStatus::State::Fresh, qPrintable(feature));
        QVERIFY(TimelineStore(*a.db).cardCount() > 100);
    }

    // The other side of the above: a portal that takes requests and answers none still ends the
    // sync within a few timeouts, queued requests included, as offline.
    void aPortalThatAnswersNoOneTimesOutAllAtOnce()
    {
        FaultProxy proxy(quint16(m_portal.port()), 1);
        Account a = lateAnswersFrom(proxy, 60000);
        QVERIFY(a.api);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!runSync(*a.sync, SyncEngine::Mode::Full));
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(a.sync->lastErrorDetail().kind, ApiError::Kind::Timeout);
    }

    void portalWithoutExtensionsStillSyncs()
    {
        // A portal that only has the observed routes (as the real Konnect does): every Nestje
        // extension answers 404, and the sync simply goes without those parts.
        QHttpServer portal;
        const auto envelope = [](const QJsonValue &payload) {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("result"), true},
                                                   {QStringLiteral("payload"), payload},
                                                   {QStringLiteral("messages"), QJsonValue::Null}});
        };
        portal.route(QStringLiteral("/auth-api/login"), [] {
            return QHttpServerResponse(
                QJsonObject{{QStringLiteral("authToken"), QStringLiteral("t")},
                            {QStringLiteral("refreshToken"), QStringLiteral("r")},
                            {QStringLiteral("redirectUrl"), QStringLiteral("/parent")}});
        });
        portal.route(QStringLiteral("/restservices-parent/notification/notifications"), [] {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("nrOfNewMessages"), 0}});
        });
        portal.route(QStringLiteral("/restservices-parent/children/"), [&] {
            return envelope(QJsonObject{
                {QStringLiteral("activeChildren"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")},
                                        {QStringLiteral("firstName"), QStringLiteral("Sam")},
                                        {QStringLiteral("fullname"), QStringLiteral("Sam Test")}}}},
                {QStringLiteral("inactiveChildren"), QJsonArray()}});
        });
        portal.route(QStringLiteral("/restservices-parent/timeline/cards/v2/<arg>"),
                     [](int) { return QHttpServerResponse(QJsonArray()); });
        portal.route(QStringLiteral("/restservices-parent/logbook/overview"),
                     [] { return QHttpServerResponse(QJsonArray()); });
        portal.route(QStringLiteral("/restservices-parent/calendar/<arg>/until/<arg>"),
                     [&](const QString &, const QString &) {
                         return envelope(QJsonObject{{QStringLiteral("days"), QJsonArray()}});
                     });
        portal.route(QStringLiteral("/restservices-parent/htmlnews/view"), [&] {
            return envelope(QJsonObject{{QStringLiteral("newsItems"), QJsonArray()}});
        });
        portal.route(QStringLiteral("/restservices-parent/newsletter"), [] {
            return QHttpServerResponse(
                QJsonObject{{QStringLiteral("moreItems"), false},
                            {QStringLiteral("newsletterItems"), QJsonArray()}});
        });
        portal.route(
            QStringLiteral("/restservices-parent/administration/<arg>/overview/<arg>/<arg>"),
            [&](const QString &, const QString &, const QString &) {
                return envelope(QJsonArray());
            });
        const quint16 port = portal.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        Account a = account(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QVERIFY2(runSync(*a.sync), qPrintable(a.sync->lastError()));
        QCOMPARE(AccountStore(*a.db).childCount(), 1);
        QVERIFY(!a.sync->capabilities().known); // no extensions offered
        QCOMPARE(LocationStore(*a.db).pageCount(), 0);
        QCOMPARE(int(a.sync->status(QStringLiteral("pages")).state),
                 int(FeatureStatus::State::Unavailable));
        QCOMPARE(int(a.sync->status(QStringLiteral("timeline")).state),
                 int(FeatureStatus::State::Fresh));
        // And the missing extensions are not asked for again on every sync.
        a.api->resetRequestCount();
        QVERIFY(runSync(*a.sync));
        // The counters, the first timeline page and the first page of conversations: nothing
        // else is due when nothing changed.
        QVERIFY2(a.api->requestsSent() <= 3, qPrintable(QString::number(a.api->requestsSent())));
    }

    // SyncRun::getParsedAside (the timeline's pages in a full sync): the JSON and the parse run
    // on a worker, the store step on the UI thread; a run that ended while a page was being
    // parsed stores nothing of it, also when the run object is gone by then.
    void aPageParsedAsideIsStoredOnTheUiThreadOnlyWhileTheRunLasts()
    {
        struct Feature : FeatureSync
        {
            QString name() const override { return QStringLiteral("aside"); }
            bool isDue(const SyncContext &) const override { return true; }
            void start(SyncRun &) override {}
        } feature;
        Account a = account(m_portal);
        const QString firstPage = QStringLiteral("/restservices-parent/timeline/cards/v2/0");
        QThread *const ui = QThread::currentThread();

        QThread *parsedOn = nullptr;
        QThread *storedOn = nullptr;
        int cards = 0;
        auto run = std::make_unique<SyncRun>(&feature, SyncContext{}, a.api.get(), a.db.get());
        run->getParsedAside(firstPage, [&](const QJsonValue &payload) -> SyncRun::StoreStep {
            parsedOn = QThread::currentThread();
            const int parsed = int(parseTimelinePage(payload).size());
            return [&, parsed] {
                storedOn = QThread::currentThread();
                cards = parsed;
                run->finish();
                return true;
            };
        });
        QTRY_VERIFY_WITH_TIMEOUT(run->isOver(), 20000);
        QCOMPARE(int(run->outcome()), int(FeatureStatus::State::Fresh));
        QVERIFY(parsedOn && parsedOn != ui);
        QCOMPARE(storedOn, ui);
        QVERIFY(cards > 0);

        // Ended while its page is held on the worker: the store step never runs. Then the same
        // with the run deleted meanwhile.
        for (const bool deleteRun : {false, true}) {
            QSemaphore parsing;
            QSemaphore mayFinish;
            bool stored = false;
            run = std::make_unique<SyncRun>(&feature, SyncContext{}, a.api.get(), a.db.get());
            run->getParsedAside(firstPage, [&](const QJsonValue &) -> SyncRun::StoreStep {
                parsing.release();
                mayFinish.acquire();
                return [&stored] {
                    stored = true;
                    return true;
                };
            });
            QVERIFY(QTest::qWaitFor([&] { return parsing.tryAcquire(); }, 20000));
            if (deleteRun)
                run.reset();
            else
                run->cancel();
            mayFinish.release();
            QTest::qWait(300); // the store step would be queued to the UI thread by now
            QVERIFY2(!stored, deleteRun ? "run deleted" : "run cancelled");
        }
    }

    void malformedJsonIsAnErrorNotACrash()
    {
        // A real HTTP server that answers every route with broken JSON after a valid login.
        QHttpServer broken;
        broken.route(QStringLiteral("/auth-api/login"), [] {
            return QHttpServerResponse(
                QJsonObject{{QStringLiteral("authToken"), QStringLiteral("t")},
                            {QStringLiteral("refreshToken"), QStringLiteral("r")},
                            {QStringLiteral("redirectUrl"), QStringLiteral("/parent")}});
        });
        broken.route(QStringLiteral("/restservices-parent/<arg>"), [](const QUrl &) {
            return QHttpServerResponse("application/json", "{\"result\": true, \"payload\": [1, 2");
        });
        const quint16 port = broken.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        Account a = account(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QVERIFY(!runSync(*a.sync));
        // The portal answered, so this is not "offline": every feature is stale, and says why.
        QCOMPARE(int(a.sync->status(QStringLiteral("timeline")).state),
                 int(FeatureStatus::State::Stale));
        QCOMPARE(a.sync->status(QStringLiteral("timeline")).error.kind, ApiError::Kind::Malformed);
        QVERIFY(!a.sync->hasCompletedFullSync());
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
