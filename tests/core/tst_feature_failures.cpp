// SPDX-License-Identifier: GPL-3.0-or-later
// A failure stays in its feature. A portal that offers only login, the children and the
// timeline (every other route 404) still shows the timeline with its photos and day rhythm,
// and nothing claims the portal is broken; a feature whose route answers 500 or malformed JSON
// keeps its last data as stale while every other feature syncs.
//
// The portal here is a small HTTP server that answers with bodies recorded from the reference
// server (real cards, real photos), so the shapes are the real ones and each route can be
// switched off or broken on its own.
#include "db/Database.h"
#include "features/Features.h"
#include "features/account/AccountStore.h"
#include "features/messages/MessageStore.h"
#include "features/timeline/TimelineStore.h"
#include "net/ApiClient.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

Q_DECLARE_METATYPE(nestje::LoginSession)

class TestFeatureFailures : public QObject
{
    Q_OBJECT
private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
    };

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<server::ReferenceServer> m_server;
    QUrl m_reference;
    QString m_token;
    QHash<QString, Answer> m_recorded; // path (with query) → the reference server's answer
    QHash<QString, Answer> m_answers;  // what the small portal answers now
    QHttpServer m_portal;
    QUrl m_portalUrl;
    int m_cacheNumber = 0;

    QByteArray fetchFromReference(const QString &pathAndQuery)
    {
        QNetworkRequest request(QUrl(m_reference.toString() + pathAndQuery));
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        QNetworkReply *reply = m_network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return reply->readAll();
    }

    void record(const QString &pathAndQuery)
    {
        m_recorded.insert(pathAndQuery, {200, fetchFromReference(pathAndQuery)});
    }

    struct Account
    {
        std::unique_ptr<ApiClient> api;
        std::unique_ptr<Database> db;
        std::unique_ptr<SyncEngine> sync;
    };

    Account account()
    {
        Account a;
        a.api = std::make_unique<ApiClient>(&m_network, m_portalUrl, QString::fromLatin1(server::demo::username));
        a.api->setPasswordProvider([](auto answer) { answer(QString::fromLatin1(server::demo::password)); });
        a.db = std::make_unique<Database>();
        if (!a.db->open(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_cacheNumber))))
            qFatal("cannot open cache");
        a.sync = std::make_unique<SyncEngine>(a.api.get(), a.db.get());
        addFeatureSyncs(*a.sync);
        return a;
    }

    static bool runSync(SyncEngine &sync, SyncEngine::Mode mode = SyncEngine::Mode::Automatic)
    {
        QSignalSpy finished(&sync, &SyncEngine::finished);
        sync.start(mode);
        return finished.wait(60000) && finished.first().first().toBool();
    }

    static int stateOf(SyncEngine &sync, const char *feature)
    {
        return int(sync.status(QString::fromLatin1(feature)).state);
    }

    void answerOnly(const QStringList &prefixes)
    {
        m_answers.clear();
        for (auto it = m_recorded.cbegin(); it != m_recorded.cend(); ++it) {
            for (const QString &prefix : prefixes) {
                if (it.key().startsWith(prefix))
                    m_answers.insert(it.key(), it.value());
            }
        }
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
        m_reference = m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug));

        LoginClient login(&m_network);
        QSignalSpy loggedIn(&login, &LoginClient::succeeded);
        login.login(m_reference, QString::fromLatin1(server::demo::username), QString::fromLatin1(server::demo::password));
        QVERIFY(loggedIn.wait(10000));
        m_token = loggedIn.first().first().value<LoginSession>().accessToken;

        // What the small portal can answer: the observed read routes of a first sync.
        record(QStringLiteral("/restservices-parent/notification/notifications"));
        record(QStringLiteral("/restservices-parent/children/"));
        for (int offset = 0;;) {
            const QString path = QStringLiteral("/restservices-parent/timeline/cards/v2/%1").arg(offset);
            record(path);
            const int count = int(QJsonDocument::fromJson(m_recorded.value(path).body).array().size());
            if (count == 0)
                break;
            offset += count;
        }
        for (int offset = 0;;) {
            const QString path = QStringLiteral("/restservices-parent/logbook/overview?index=%1").arg(offset);
            record(path);
            const QJsonArray rows = QJsonDocument::fromJson(m_recorded.value(path).body).array();
            for (const QJsonValue &row : rows)
                record(QStringLiteral("/restservices-parent/logbook/details/%1/summary/true")
                           .arg(row.toObject().value(QLatin1String("logMessageMessageId")).toVariant().toString()));
            if (rows.isEmpty())
                break;
            offset += int(rows.size());
        }
        QVERIFY(m_recorded.size() > 5);

        m_portal.route(QStringLiteral("/auth-api/login"), [](const QHttpServerRequest &) {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("authToken"), QStringLiteral("t")},
                                                   {QStringLiteral("refreshToken"), QStringLiteral("r")},
                                                   {QStringLiteral("redirectUrl"), QStringLiteral("/parent")}});
        });
        m_portal.route(QStringLiteral("/restservices-parent/<arg>"), [this](const QUrl &, const QHttpServerRequest &request) {
            const QString query = request.url().query();
            const QString key = request.url().path() + (query.isEmpty() ? QString() : QLatin1Char('?') + query);
            const auto it = m_answers.constFind(key);
            if (it == m_answers.cend())
                return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
            return QHttpServerResponse("application/json", it->body, QHttpServerResponder::StatusCode(it->status));
        });
        const quint16 port = m_portal.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        m_portalUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

    void aPortalWithOnlyTheTimelineShowsTheTimeline()
    {
        answerOnly({QStringLiteral("/restservices-parent/children/"), QStringLiteral("/restservices-parent/timeline/")});
        Account a = account();
        QVERIFY2(runSync(*a.sync), qPrintable(a.sync->lastError()));
        // The timeline, its photos and its day rhythm are all there.
        QVERIFY(TimelineStore(*a.db).cardCount() > 50);
        QVERIFY(TimelineStore(*a.db).mediaCount() > 20);
        QVERIFY(a.db->scalar(QStringLiteral("SELECT COUNT(*) FROM day_rhythm")) > 20);
        QCOMPARE(AccountStore(*a.db).childCount(), 2);
        // Nothing claims the portal is broken …
        QCOMPARE(a.sync->lastErrorDetail().kind, ApiError::Kind::None);
        QVERIFY(a.sync->lastSuccess().isValid());
        QCOMPARE(stateOf(*a.sync, "timeline"), int(FeatureStatus::State::Fresh));
        QCOMPARE(stateOf(*a.sync, "children"), int(FeatureStatus::State::Fresh));
        // … and what it does not offer is hidden, the counters included.
        for (const char *missing : {"counters", "messages", "planning", "news", "newsletters", "documents"})
            QCOMPARE(stateOf(*a.sync, missing), int(FeatureStatus::State::Unavailable));
        // A second sync does not ask the missing routes again.
        a.api->resetRequestCount();
        QVERIFY(runSync(*a.sync));
        QCOMPARE(a.api->requestsSent(), 1); // the first timeline page
    }

    void aBrokenFeatureKeepsItsDataAndTheRestSyncs()
    {
        answerOnly({QStringLiteral("/restservices-parent/")});
        Account a = account();
        QVERIFY2(runSync(*a.sync), qPrintable(a.sync->lastError()));
        const int threads = MessageStore(*a.db).threadCount();
        QVERIFY(threads > 0);
        QCOMPARE(stateOf(*a.sync, "messages"), int(FeatureStatus::State::Fresh));

        // Now the messages route fails with a server error and the children with broken JSON.
        for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
            if (it.key().startsWith(QLatin1String("/restservices-parent/logbook/overview")))
                *it = {500, "{\"result\": false}"};
            if (it.key() == QLatin1String("/restservices-parent/children/"))
                *it = {200, "{\"result\": true, \"payload\": {\"activeChildren\": [1, 2"};
        }
        QVERIFY(!runSync(*a.sync, SyncEngine::Mode::Full));
        QCOMPARE(stateOf(*a.sync, "messages"), int(FeatureStatus::State::Stale));
        QCOMPARE(a.sync->status(QStringLiteral("messages")).error.kind, ApiError::Kind::Server);
        QCOMPARE(stateOf(*a.sync, "children"), int(FeatureStatus::State::Stale));
        QCOMPARE(a.sync->status(QStringLiteral("children")).error.kind, ApiError::Kind::Malformed);
        QVERIFY(a.sync->status(QStringLiteral("messages")).lastSuccess.isValid());
        // Their last good data stays …
        QCOMPARE(MessageStore(*a.db).threadCount(), threads);
        QCOMPARE(AccountStore(*a.db).childCount(), 2);
        // … and everything else synced: this is not "offline".
        QCOMPARE(stateOf(*a.sync, "timeline"), int(FeatureStatus::State::Fresh));
        QCOMPARE(stateOf(*a.sync, "counters"), int(FeatureStatus::State::Fresh));
        QCOMPARE(a.sync->lastErrorDetail().kind, ApiError::Kind::None);
    }

    // A full disk is this device's trouble, not the portal's: the features that could not store
    // their answers say so (not "the portal sent an answer Nestje does not understand", as
    // before), also when the cache cannot even record that; and once there is room again the
    // next sync stores everything. SQLite's own limit on the file's size stands in for the disk.
    void aFullDiskIsSaidAsSuch()
    {
        answerOnly({QStringLiteral("/restservices-parent/")});
        Account a = account();
        const qint64 pages = a.db->scalar(QStringLiteral("PRAGMA page_count"));
        QVERIFY(a.db->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        QVERIFY(!runSync(*a.sync, SyncEngine::Mode::Full));
        QCOMPARE(stateOf(*a.sync, "timeline"), int(FeatureStatus::State::Stale));
        const ApiError error = a.sync->status(QStringLiteral("timeline")).error;
        QCOMPARE(error.kind, ApiError::Kind::Storage);
        QVERIFY2(error.text().contains(QLatin1String("storage full")), qPrintable(error.text()));
        QVERIFY(a.sync->lastErrorDetail().kind != ApiError::Kind::Network); // the portal answered

        QVERIFY(a.db->exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QVERIFY2(runSync(*a.sync, SyncEngine::Mode::Full), qPrintable(a.sync->lastError()));
        QCOMPARE(stateOf(*a.sync, "timeline"), int(FeatureStatus::State::Fresh));
        QVERIFY(TimelineStore(*a.db).cardCount() > 100);
    }

    // When nothing at all can be written (not even the sync's own bookkeeping, where the status
    // of each feature is kept), each feature still says this sync's reason until the app ends.
    void aCacheThatTakesNoWritesStillSaysWhy()
    {
        answerOnly({QStringLiteral("/restservices-parent/")});
        Account a = account();
        QVERIFY2(runSync(*a.sync), qPrintable(a.sync->lastError()));
        const int cards = TimelineStore(*a.db).cardCount();
        QVERIFY(a.db->exec(QStringLiteral("PRAGMA query_only = 1")));
        QVERIFY(!runSync(*a.sync, SyncEngine::Mode::Full));
        // (Those with something to write: the conversations, all unchanged, need none.)
        for (const char *feature : {"timeline", "counters", "children"}) {
            QCOMPARE(stateOf(*a.sync, feature), int(FeatureStatus::State::Stale));
            QCOMPARE(a.sync->status(QString::fromLatin1(feature)).error.kind, ApiError::Kind::Storage);
        }
        QCOMPARE(TimelineStore(*a.db).cardCount(), cards); // what was there stays

        QVERIFY(a.db->exec(QStringLiteral("PRAGMA query_only = 0")));
        QVERIFY2(runSync(*a.sync, SyncEngine::Mode::Full), qPrintable(a.sync->lastError()));
        QCOMPARE(stateOf(*a.sync, "timeline"), int(FeatureStatus::State::Fresh));
    }
};

QTEST_GUILESS_MAIN(TestFeatureFailures)
#include "tst_feature_failures.moc"
