// SPDX-License-Identifier: GPL-3.0-or-later
// Mijn locatie's data path against the reference server over loopback HTTP into a real SQLite
// file: the parsers (tolerant of the portal's value shapes, unharmed by garbage), the store's
// columns, the syncs (all newsletters by item offset, bodies and attachments, the team and the
// contact details) and the local read marks.
#include "db/Database.h"
#include "features/location/LocationParser.h"
#include "features/location/LocationStore.h"
#include "features/location/LocationSync.h"
#include "net/ApiClient.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "server/staff/StaffDesk.h"
#include "sync/OrganisationSync.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

// JSON fixtures (plain literals: moc 6.4 cannot read raw string literals).
namespace {
const char *const fixture0 =
    "{\"newsItems\": ["
    "            {\"htmlContentId\": 7, \"title\": \" Zomer\\nfeest \", \"contentSnippet\": "
    "\"<p>Kom &amp; vier&nbsp;het</p>\", \"publishDate\": 1719871200000, \"isNew\": true},"
    "            {\"htmlContentId\": \"8\", \"title\": \"Tweede\", \"publishDate\": "
    "\"2024-07-02T10:00:00+02:00\", \"isNew\": \"true\"}]}";
const char *const fixture1 =
    "{\"items\": ["
    "            {\"itemType\": \"txt_img\", \"itemParts\": [{\"content\": \"<p>Hallo</p>\"},"
    "                {\"content\": null, \"awsResourcePhoto\": {\"fullSizeUrl\": \"https://p/f\", "
    "\"mediumUrl\": \"https://p/m?a=1&b=2\"}}]},"
    "            {\"itemType\": \"attachment\", \"itemParts\": [{\"content\": null, \"fileName\": "
    "\"menu.pdf\", \"awsUrl\": \"https://p/menu.pdf\", \"contentType\": \"application/pdf\"}]}]}";
const char *const fixture2 = "{\"moreItems\": true, \"newsletterItems\": ["
                             "            {\"generatedHtmlNewsLetterId\": 3, \"mailSubject\": "
                             "\"Juni\", \"sendDate\": \"1717200000000\", \"unread\": true}]}";
const char *const fixture3 =
    "[{\"employeeId\": 5, \"fullName\": \"Juf Anna\", \"bio\": \"<b>Zingt</b>\","
    "            \"avatars\": {\"thumbUrl\": \"https://p/t\", \"mediumUrl\": \"https://p/a\"}}]";
const char *const fixture4 = "{\"customerName\": \"De Boomhut\", \"phoneNumber\": \"030 1\","
                             "            \"locations\": [{\"locationId\": 9, \"name\": "
                             "\"Eikenlaan\", \"address\": \"Eikenlaan 12\"}, {\"name\": \"\"}]}";
const char *const fixture5 = "{\"newsItems\": 5, \"items\": \"x\", \"newsletterItems\": {}}";
const char *const fixture6 = "[null, 1, \"x\", [], {\"employeeId\": null}]";
const char *const fixture7 = "{\"newsItems\": null}";
const char *const fixture8 = "{\"fullSource\": 3}";
const char *const fixture9 =
    "{\"newsItems\": [{\"title\": \"geen id\"}, {\"htmlContentId\": 1, \"title\": 5}]}";
} // namespace

class TestLocation : public QObject
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

    // An account whose engine runs only `features` (when empty: the counters and Mijn locatie's
    // syncs, so another feature's state does not decide this test).
    Account account(std::vector<std::unique_ptr<FeatureSync>> features = {})
    {
        Account a;
        a.api = std::make_unique<ApiClient>(&m_network, m_portal,
                                            QString::fromLatin1(server::demo::username));
        a.api->setPasswordProvider(
            [](auto answer) { answer(QString::fromLatin1(server::demo::password)); });
        a.db = std::make_unique<Database>();
        if (!a.db->open(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_cacheNumber))))
            qFatal("cannot open cache");
        a.sync = std::make_unique<SyncEngine>(a.api.get(), a.db.get());
        if (features.empty()) {
            features.push_back(std::make_unique<CountersSync>());
            features.push_back(std::make_unique<NewsSync>());
            features.push_back(std::make_unique<NewslettersSync>());
            features.push_back(std::make_unique<PagesSync>());
            features.push_back(std::make_unique<TeamSync>());
            features.push_back(std::make_unique<ContactSync>());
        }
        for (auto &feature : features)
            a.sync->addFeature(std::move(feature));
        return a;
    }
    static bool runSync(SyncEngine &sync, SyncEngine::Mode mode = SyncEngine::Mode::Full)
    {
        QSignalSpy finished(&sync, &SyncEngine::finished);
        sync.start(mode);
        if (!finished.wait(60000))
            return false;
        return finished.first().first().toBool();
    }
    static QJsonValue parse(const char *json)
    {
        const QJsonDocument document = QJsonDocument::fromJson(json);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<server::ReferenceServer>(
            server::ServerOptions{m_dir.filePath(QStringLiteral("server")), {}, {}, {}});
        QString error;
        QVERIFY2(m_server->open(&error), qPrintable(error));
        QVERIFY2(m_server->seedDemo(1, &error), qPrintable(error));
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_portal = m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug));
    }

    // Ids as strings or numbers, dates as epoch ms or ISO text, HTML snippets as text.
    void parsersReadEveryValueShape()
    {
        const auto news = parseNewsList(parse(fixture0));
        QVERIFY(news);
        QCOMPARE(news->size(), 2);
        QCOMPARE(news->at(0).id, QStringLiteral("7"));
        QCOMPARE(news->at(0).title, QStringLiteral("Zomer feest"));
        QCOMPARE(news->at(0).snippet, QStringLiteral("Kom & vier het"));
        QCOMPARE(news->at(0).date, 1719871200000);
        QVERIFY(news->at(0).isNew);
        QCOMPARE(news->at(1).id, QStringLiteral("8"));
        QCOMPARE(news->at(1).date, 1719907200000);
        QVERIFY(news->at(1).isNew);

        const auto body = parseContentBody(parse(fixture1));
        QVERIFY(body);
        QVERIFY(body->html.contains(QLatin1String("<p>Hallo</p>")));
        QVERIFY2(body->html.contains(QLatin1String("src=\"https://p/m?a=1&amp;b=2\"")),
                 qPrintable(body->html));
        QCOMPARE(body->attachments.size(), 1);
        QCOMPARE(body->attachments.first().fileName, QStringLiteral("menu.pdf"));
        QCOMPARE(body->attachments.first().contentType, QStringLiteral("application/pdf"));

        const auto letters = parseNewsletterPage(parse(fixture2));
        QVERIFY(letters);
        QVERIFY(letters->moreItems);
        QCOMPARE(letters->items.first().id, QStringLiteral("3"));
        QCOMPARE(letters->items.first().date, 1717200000000);

        const auto team = parseTeam(parse(fixture3));
        QVERIFY(team);
        QCOMPARE(team->first().name, QStringLiteral("Juf Anna"));
        QCOMPARE(team->first().bio, QStringLiteral("Zingt"));
        QCOMPARE(team->first().avatarUrl, QStringLiteral("https://p/a"));

        const auto info = parseCustomerInfo(parse(fixture4));
        QVERIFY(info);
        QCOMPARE(info->name, QStringLiteral("De Boomhut"));
        QCOMPARE(info->locations.size(), 1);
        QCOMPARE(info->locations.first().id, QStringLiteral("9"));
    }

    // Garbage gives fewer records or nullopt (the sync keeps the last good data), never a crash.
    void parsersSurviveGarbage()
    {
        const QList<QJsonValue> garbage = {QJsonValue(), QJsonValue(42),
                                           QJsonValue(QStringLiteral("<html>")), parse(fixture5),
                                           parse(fixture6)};
        for (const QJsonValue &value : garbage) {
            QVERIFY(!parseNewsList(value) || parseNewsList(value)->isEmpty());
            QVERIFY(!parseContentBody(value) || parseContentBody(value)->html.isEmpty());
            QVERIFY(!parseNewsletterPage(value) || parseNewsletterPage(value)->items.isEmpty());
            QVERIFY(!parseInfoPages(value) || parseInfoPages(value)->isEmpty());
            QVERIFY(!parseTeam(value) || parseTeam(value)->isEmpty());
            if (!value.isObject())
                QVERIFY(!parseCustomerInfo(value));
        }
        QVERIFY(!parseNewsList(parse(fixture7)));
        QVERIFY(!parseNewsletterHtml(parse(fixture8)));
        // Items without an id are skipped, the rest stays.
        QCOMPARE(parseNewsList(parse(fixture9))->size(), 1);
    }

    void aFullSyncFillsEveryPart()
    {
        Account a = account();
        QVERIFY2(runSync(*a.sync), qPrintable(a.sync->lastError()));
        const LocationStore store(*a.db);
        for (const QString &feature :
             {QStringLiteral("news"), QStringLiteral("newsletters"), QStringLiteral("pages"),
              QStringLiteral("team"), QStringLiteral("contact")})
            QCOMPARE(int(a.sync->status(feature).state), int(FeatureStatus::State::Fresh));

        const QList<NewsItem> news = store.news();
        QVERIFY(!news.isEmpty());
        for (qsizetype i = 1; i < news.size(); ++i)
            QVERIFY(news.at(i - 1).date >= news.at(i).date); // newest first
        QVERIFY(store.newsWithoutBody().isEmpty());
        bool anAttachment = false;
        for (const NewsItem &item : news) {
            const std::optional<ContentBody> body = store.body(item.id);
            QVERIFY(body);
            QVERIFY(!body->html.isEmpty() || !body->attachments.isEmpty());
            anAttachment = anAttachment || !body->attachments.isEmpty();
        }
        QVERIFY2(anAttachment, "the demo has a news item with a PDF");
        QCOMPARE(store.unreadNewsCount(), a.sync->counters().news);

        QVERIFY(!store.newsletters().isEmpty());
        QVERIFY(store.newslettersWithoutHtml().isEmpty());
        QVERIFY(store.newsletterHtml(store.newsletters().first().id).contains(QLatin1String("<")));
        QCOMPARE(store.unreadNewsletterCount(), a.sync->counters().newsletters);

        QVERIFY(!store.pages().isEmpty());
        QVERIFY(store.body(store.pages().first().id));

        const QList<TeamMember> team = store.team();
        QVERIFY(!team.isEmpty());
        QVERIFY(!team.first().name.isEmpty());
        QVERIFY(!team.first().avatarUrl.isEmpty());

        const std::optional<CustomerInfo> info = store.customerInfo();
        QVERIFY(info);
        QVERIFY(!info->name.isEmpty());
        QVERIFY(!info->phone.isEmpty());
        QVERIFY(!info->locations.isEmpty());
    }

    // The route's `index` is an item offset: the client asks for the next page after the items it
    // has, so 35 newsletters take 4 list requests, not one per newsletter.
    void newslettersPageByItemOffset()
    {
        server::StaffDesk staff(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(staff.open(&error), qPrintable(error));
        for (int i = 0; i < 30; ++i)
            QVERIFY2(staff.publishNewsletter(QString::fromLatin1(server::demo::daycareSlug),
                                             QStringLiteral("Nieuwsbrief %1").arg(i),
                                             QStringLiteral("Tekst %1").arg(i), &error),
                     qPrintable(error));
        std::vector<std::unique_ptr<FeatureSync>> only;
        only.push_back(std::make_unique<NewslettersSync>());
        Account a = account(std::move(only));
        a.api->resetRequestCount();
        QVERIFY2(runSync(*a.sync), qPrintable(a.sync->lastError()));
        const LocationStore store(*a.db);
        const int total = store.newsletterCount();
        QVERIFY2(total >= 30, qPrintable(QString::number(total)));
        QVERIFY(store.newslettersWithoutHtml().isEmpty());
        // One request per newsletter's HTML, one per page of ten, and a login.
        const int listRequests = a.api->requestsSent() - total;
        QVERIFY2(listRequests <= (total + 9) / 10 + 2,
                 qPrintable(QStringLiteral("%1 list requests for %2 newsletters")
                                .arg(listRequests)
                                .arg(total)));
    }

    // Opening an item marks it read on this device at once; a sync that ran before the portal
    // heard of it does not bring the badge back.
    void aLocalReadMarkSurvivesASync()
    {
        Account a = account();
        QVERIFY(runSync(*a.sync));
        LocationStore store(*a.db);
        const int unread = store.unreadNewsCount();
        QVERIFY(unread > 0);
        QString id;
        for (const NewsItem &item : store.news()) {
            if (item.isNew)
                id = item.id;
        }
        QSignalSpy announced(a.db.get(), &Database::changed);
        QVERIFY(store.markNewsRead(id));
        QCOMPARE(announced.count(), 1);
        QCOMPARE(announced.first().first().toString(), QStringLiteral("news"));
        QCOMPARE(store.unreadNewsCount(), unread - 1);
        QVERIFY(!store.newsItem(id)->isNew);
        QVERIFY(runSync(*a.sync));
        QCOMPARE(store.unreadNewsCount(), unread - 1);
    }
};

QTEST_GUILESS_MAIN(TestLocation)
#include "tst_location.moc"
