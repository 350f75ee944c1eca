// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/TimelineCard.h"
#include "features/timeline/CardHash.h"
#include "db/Database.h"
#include "features/timeline/TimelineStore.h"
#include "media/MediaStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

class TestStore : public QObject
{
    Q_OBJECT
private:
    static TimelineCard card(const QString &journalId, qint64 date, const QString &url,
                             const QString &content = QStringLiteral("<p>Hoi</p>"))
    {
        return parseTimelineCard(QJsonDocument::fromJson(QStringLiteral(R"({
            "date": %1, "type": "journal",
            "children": [{"id": "c1", "firstName": "Sam"}],
            "journal": {"journalId": "%2", "childId": "c1", "journalContent": "%4",
                        "dayRythmContent": "", "photos": [
                {"id": "p-%2", "mediaType": "photo", "fullSizeUrl": "%3", "childTags": []}]}
        })").arg(date).arg(journalId, url, content).toUtf8()).object());
    }

private slots:
    void migratesAnOldDatabaseKeepingItsData()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            Database v1;
            QVERIFY(v1.open(file, nullptr, 1));
            QCOMPARE(v1.schemaVersion(), 1);
            // Rows as version 1 wrote them (today's store writes columns v1 did not have).
            QVERIFY(v1.exec(QStringLiteral("INSERT INTO cards VALUES ('journal:j1', 'journal', 1000, 'h1', '{}')")));
            QVERIFY(v1.exec(QStringLiteral("INSERT INTO photos VALUES ('p1', 'journal:j1', 1000, 'photo', 'Zandbak', '{}')")));
            QVERIFY(!v1.exec(QStringLiteral("SELECT COUNT(*) FROM outbox"))); // not there yet in v1
        }
        Database latest;
        QString error;
        QVERIFY2(latest.open(file, &error), qPrintable(error));
        QCOMPARE(latest.schemaVersion(), Database::latestVersion());
        QVERIFY(Database::latestVersion() >= 2);
        TimelineStore timeline(latest);
        QCOMPARE(timeline.cardCount(), 1);
        QCOMPARE(timeline.mediaCount(), 1);
        QVERIFY(latest.exec(QStringLiteral("INSERT INTO outbox (kind, method, path, idempotency_key, state,"
                                           " created_at) VALUES ('reply', 'PUT', '/x', 'k1', 'waiting', 1)")));
        // WAL, so the UI can read while a sync writes.
        QSqlQuery *mode = latest.select(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode && mode->next());
        QCOMPARE(mode->value(0).toString(), QStringLiteral("wal"));
        // The photo knows its card's date now (the viewer's order), and the next sync rewrites
        // the cards (their hashes were emptied) so their shown fields become columns.
        QCOMPARE(latest.scalar(QStringLiteral("SELECT card_date FROM photos WHERE id = 'p1'")), 1000);
        QCOMPARE(timeline.contentHash(QStringLiteral("journal:j1")), QByteArray());
        // The cards' JSON is gone; a photo's links are columns, filled by that next sync, which
        // is a full one.
        QVERIFY(!latest.exec(QStringLiteral("SELECT json FROM cards")));
        QCOMPARE(MediaStore(latest).media(QStringLiteral("p1"))->link(QStringLiteral("full")), QString());
        QCOMPARE(latest.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_state WHERE key = 'full_sync_done'")), 0);
    }

    void aDiaryEntryOnItsWaySurvivesTheUpgrade()
    {
        // Version 3 kept the parent's unsent diary entries in their own queue; version 6 moves
        // them into the one write path: nothing typed is lost by updating the app.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            Database v3;
            QVERIFY(v3.open(file, nullptr, 3));
            QVERIFY(v3.exec(QStringLiteral(
                "INSERT INTO diary_outgoing (child_id, day, text, files, journal_key, state, created_at) VALUES"
                " ('c1', '2026-11-27', 'Oma haalt haar op', '[{\"path\": \"/tmp/a.jpg\"}, {\"path\": \"/tmp/b.jpg\"}]',"
                " 'key-1', 'sending', 5)")));
            QVERIFY(v3.exec(QStringLiteral(
                "INSERT INTO diary_outgoing (child_id, day, text, files, journal_key, state, created_at) VALUES"
                " ('c1', '2026-11-20', 'Al aangekomen', '[]', 'key-2', 'sent', 4)")));
        }
        Database latest;
        QVERIFY(latest.open(file));
        QSqlQuery *q = latest.select(QStringLiteral("SELECT kind, json_extract(payload, '$.text'),"
                                                    " json_extract(payload, '$.day'), files, state FROM writes"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("diary"));
        QCOMPARE(q->value(1).toString(), QStringLiteral("Oma haalt haar op"));
        QCOMPARE(q->value(2).toString(), QStringLiteral("2026-11-27"));
        QCOMPARE(q->value(3).toString(), QStringLiteral("/tmp/a.jpg\n/tmp/b.jpg"));
        QCOMPARE(q->value(4).toString(), QStringLiteral("sending"));
        QVERIFY(!q->next()); // the delivered one is not sent again
        q->finish();
    }

    void refusesADatabaseFromTheFuture()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            Database db;
            QVERIFY(db.open(file));
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        Database db;
        QString error;
        QVERIFY(!db.open(file, &error));
        QVERIFY(error.contains(QLatin1String("newer")));
    }

    void signedUrlsDoNotCountAsChanges()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        TimelineStore timeline(db);
        QCOMPARE(timeline.upsert({card(QStringLiteral("j1"), 1000, QStringLiteral("https://a/1?Expires=1"))}), 1);
        // The same card with a freshly signed URL is not a change...
        QCOMPARE(timeline.upsert({card(QStringLiteral("j1"), 1000, QStringLiteral("https://a/1?Expires=2"))}), 0);
        // ...but the newest URL is kept for downloads.
        const std::optional<StoredMedia> media = MediaStore(db).media(QStringLiteral("p-j1"));
        QVERIFY(media);
        QCOMPARE(media->link(QStringLiteral("full")), QStringLiteral("https://a/1?Expires=2"));
        QCOMPARE(media->cardKey, QStringLiteral("journal:j1"));
        // Changed words are a change...
        const TimelineCard edited = card(QStringLiteral("j1"), 1000, QStringLiteral("https://a/1?Expires=3"), QStringLiteral("<p>Hoi!</p>"));
        QCOMPARE(edited.key, QStringLiteral("journal:j1"));
        QCOMPARE(timeline.upsert({edited}), 1);
        // ...and so is a different card.
        QCOMPARE(timeline.upsert({card(QStringLiteral("j2"), 2000, QStringLiteral("https://a/2"))}), 1);
        QCOMPARE(timeline.cardCount(), 2);
    }

    // write() binds through SQLite's own API; what it stores must read back as exec() (Qt's
    // driver) stores it, or rows a sync wrote would compare unequal to rows written before.
    // A page is looked up in one query, a long one in parts: every card of a page far longer
    // than a portal's is still recognised, so reading it again changes nothing, and one edited
    // card among them is exactly one change.
    void aLongPageIsRecognisedCardByCard()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        TimelineStore timeline(db);
        QList<TimelineCard> page;
        for (int i = 0; i < 130; ++i)
            page << card(QStringLiteral("j%1").arg(i), 1000 + i, QStringLiteral("https://a/%1?Expires=1").arg(i));
        QCOMPARE(timeline.upsert(page), 130);
        for (TimelineCard &again : page)
            again = card(again.key.mid(8), again.date, QStringLiteral("https://a/x?Expires=2"));
        QCOMPARE(timeline.upsert(page), 0);
        page[117] = card(QStringLiteral("j117"), 1117, QStringLiteral("https://a/117"), QStringLiteral("<p>Anders</p>"));
        QCOMPARE(timeline.upsert(page), 1);
        QCOMPARE(timeline.cardCount(), 130);
    }

    void writeStoresValuesAsQtsDriverDoes()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE kinds (way TEXT, missing TEXT, empty TEXT,"
                                       " words TEXT, hash BLOB, yes INTEGER, number INTEGER,"
                                       " big INTEGER)")));
        const QString sql = QStringLiteral("INSERT INTO kinds VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        const QString text = QStringLiteral("Zoë \U0001F600 'x'");
        const QByteArray hash("\x00\x01" "ab", 4);
        const qint64 big = Q_INT64_C(1700000000123);
        QVERIFY(db.exec(sql, {QStringLiteral("exec"), QString(), QStringLiteral(""), text, hash,
                              true, 42, big}));
        QVERIFY(db.write(sql, QStringLiteral("write"), QString(), QStringLiteral(""), text, hash,
                         true, 42, big));
        QSqlQuery *q = db.select(QStringLiteral(
            "SELECT way, typeof(missing), typeof(empty), empty, typeof(words), words, typeof(hash),"
            " hash, typeof(yes), yes, typeof(number), number, big FROM kinds ORDER BY way"));
        QVERIFY(q);
        QList<QVariantList> rows;
        while (q->next()) {
            QVariantList row;
            for (int i = 0; i < 13; ++i)
                row << q->value(i);
            rows << row;
        }
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].at(0).toString(), QStringLiteral("exec"));
        const QVariantList expected{QStringLiteral("null"), QStringLiteral("text"), QStringLiteral(""),
                                    QStringLiteral("text"), text, QStringLiteral("blob"), hash,
                                    QStringLiteral("integer"), 1, QStringLiteral("integer"), 42,
                                    big};
        for (const QVariantList &row : rows) {
            for (int i = 1; i < 13; ++i)
                QCOMPARE(row.at(i), expected.at(i - 1));
        }
        // A refused write says so, and the statement is ready for the next one.
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE once (id TEXT PRIMARY KEY)")));
        QVERIFY(db.write(QStringLiteral("INSERT INTO once VALUES (?)"), QStringLiteral("a")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("exec failed:.*UNIQUE")));
        QVERIFY(!db.write(QStringLiteral("INSERT INTO once VALUES (?)"), QStringLiteral("a")));
        QVERIFY(db.write(QStringLiteral("INSERT INTO once VALUES (?)"), QStringLiteral("b")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM once")), 2);
        // Statements prepared by write() do not keep the cache from closing and opening again.
        db.close();
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM once")), 2);
    }

    // SQLite's automatic checkpoint ran inside the commit, on the UI thread; WalCheckpoints runs
    // it on a worker after the commit that lets the log pass its threshold. The database file
    // itself only grows when a checkpoint copies the log into it.
    void theLogIsCopiedIntoTheDatabaseAfterCommits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, fill BLOB)")));
        const qint64 before = QFileInfo(path).size();
        const QByteArray fill(4000, 'x'); // about a page of the log each
        const int rows = WalCheckpoints::pagesBeforeCheckpoint + 200;
        for (int batch = 0; batch < 4; ++batch) {
            QVERIFY(db.transaction([&] {
                for (int i = batch * rows / 4; i < (batch + 1) * rows / 4; ++i) {
                    if (!db.write(QStringLiteral("INSERT INTO filler VALUES (?, ?)"), i, fill))
                        return false;
                }
                return true;
            }));
        }
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before + rows / 2 * 4000, 10000);
        // Closing right after a commit that asked for a checkpoint waits for it; nothing is lost.
        QVERIFY(db.transaction([&] {
            return db.write(QStringLiteral("INSERT INTO filler VALUES (?, ?)"), rows, fill);
        }));
        db.close();
        QVERIFY(db.open(path));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM filler")), rows + 1);
    }

    // The cache holds a family's diary and messages: its files are readable by their owner only,
    // also a cache made before that rule, and the log files SQLite makes beside it.
    void theCacheFilesArePrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QFile old(path); // as an older Nestje left it: the umask's mode
            QVERIFY(old.open(QIODevice::WriteOnly));
            QVERIFY(old.setPermissions(old.permissions() | QFileDevice::ReadOther |
                                       QFileDevice::ReadGroup));
        }
        const QString fresh = dir.filePath(QStringLiteral("new/cache.sqlite"));
        for (const QString &file : {path, fresh}) {
            Database db;
            QVERIFY(db.open(file));
            QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x)"))); // the log files exist now
            for (const char *suffix : {"", "-wal", "-shm"}) {
                const QFileInfo info(file + QLatin1String(suffix));
                QVERIFY2(info.exists(), qPrintable(info.filePath()));
                QCOMPARE(info.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                         QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            }
        }
    }

    // The hash is kept in every cache: a new way of computing it that gave other bytes would
    // make the first sync after an update rewrite every card, and give the cards keyed by their
    // hash (no journal, no media) new keys. So it is pinned to what it has been since the links
    // moved into columns (schema 2), for a card with links at every depth and of every kind.
    void theContentHashStaysTheSameAcrossVersions()
    {
        const QByteArray json = R"({
            "date": 1700000000000, "type": "photo", "title": "Zandbak \u00e9\u00e8 buiten",
            "children": [{"id": 7, "firstName": "Sam", "avatarUrl": "cdn.example/a/s?Expires=1"}],
            "awsUrl": "cdn.example/aws/x", "coverUrl": null, "weight": 12.5, "shown": true,
            "photos": [
                {"id": "p1", "mediaType": "photo", "thumbUrl": "cdn.example/a/t?Expires=1",
                 "mediumUrl": "cdn.example/a/m", "fullSizeUrl": "cdn.example/a/f", "description": "",
                 "childTags": [{"personId": 7, "ownChild": true, "iconUrl": {"nested": "x"}}]},
                {"id": "p2", "mediaType": "video", "fullSizeUrl": "cdn.example/a/v",
                 "meta": {"sizes": [1, 2.25, -3], "Url": "kept? no: ends with Url"}}],
            "nested": [ [{"deepUrl": "gone", "kept": [null, false, "Url"]}] ]
        })";
        const TimelineCard parsed = parseTimelineCard(QJsonDocument::fromJson(json).object());
        QCOMPARE(parsed.contentHash, QByteArray("16cfadcdafdf725a17a3b342d681922786bbb00b"));
    }

    // cardContentHash writes the JSON itself; it must hash exactly the bytes Qt's writer gives
    // for the card without its links, whatever the card holds: escapes, every kind of Unicode
    // (pairs and lone surrogates), numbers of every size, links at any depth.
    void theContentHashIsWhatQtWouldWriteForAnyCard()
    {
        QRandomGenerator random(20261201); // the same cards every run
        const QStringList keys{QStringLiteral("id"), QStringLiteral("thumbUrl"), QStringLiteral("Url"),
                               QStringLiteral("urlText"), QStringLiteral("caf\u00e9"), QStringLiteral("k\"q"),
                               QStringLiteral("fullSizeUrl"), QStringLiteral("tab\there"), QStringLiteral("\u4e2d"),
                               QStringLiteral("")};
        const char16_t units[] = {u'a', u'Z', u' ', u'"', u'\\', u'/', u'\b', u'\f', u'\n', u'\r', u'\t',
                                  0x01, 0x1f, 0x7f, 0x80, 0xe9, 0x7ff, 0x800, 0x4e2d, 0xfffd, 0xffff,
                                  0xd83d, 0xde00, 0xdbff, 0xdfff, u'<', u'&'};
        const double numbers[] = {0, -1, 12.5, 0.1, -5.5, 1e20, 1e21, 1e-7, 2.5e-5, 1795993200000.0,
                                  9007199254740993.0, 18446744073709551615.0, 5e-324, 1.5e300};
        std::function<QJsonValue(int)> value = [&](int depth) -> QJsonValue {
            switch (random.bounded(depth > 3 ? 5 : 7)) {
            case 0: return QJsonValue::Null;
            case 1: return random.bounded(2) == 1;
            case 2: {
                QString text;
                for (int i = random.bounded(12); i > 0; --i)
                    text += QChar(units[random.bounded(int(std::size(units)))]);
                return text;
            }
            case 3: return numbers[random.bounded(int(std::size(numbers)))];
            case 4: return qint64(random.generate64() >> random.bounded(64)) * (random.bounded(2) ? 1 : -1);
            case 5: {
                QJsonArray array;
                for (int i = random.bounded(4); i > 0; --i)
                    array.append(value(depth + 1));
                return array;
            }
            default: {
                QJsonObject object;
                for (int i = random.bounded(5); i > 0; --i)
                    object.insert(keys.at(random.bounded(int(keys.size()))), value(depth + 1));
                return object;
            }
            }
        };
        for (int i = 0; i < 3000; ++i) {
            QJsonObject card;
            for (int k = random.bounded(8); k > 0; --k)
                card.insert(keys.at(random.bounded(int(keys.size()))), value(0));
            // Also as the parser sees it: written and read again (integers stay integers).
            const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(card).toJson()).object();
            for (const QJsonObject &variant : {card, reread}) {
                const QByteArray hash = cardContentHash(variant);
                if (hash != cardContentHashByQt(variant))
                    QFAIL(qPrintable(QStringLiteral("differs for ") +
                                     QString::fromUtf8(QJsonDocument(variant).toJson(QJsonDocument::Compact))));
            }
        }
    }

    void unknownCardTypesAreKept()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        TimelineStore timeline(db);
        const TimelineCard trigger = parseTimelineCard(QJsonDocument::fromJson(
            R"({"date": "2026-11-20T08:00:00Z", "type": "trigger", "trigger": {"description": "Toestemming"}})").object());
        QCOMPARE(trigger.type, QStringLiteral("trigger"));
        QVERIFY(trigger.date > 0); // ISO dates are accepted too
        QCOMPARE(timeline.upsert({trigger}), 1);
        QCOMPARE(timeline.cardCount(), 1);
        // An empty type is no type (fuzz/timeline_cards found it): a card of an unknown kind.
        for (const char *json : {R"({"date": 1795734000000, "type": ""})", R"({"date": 1795734000000})"}) {
            const TimelineCard untyped = parseTimelineCard(QJsonDocument::fromJson(json).object());
            QCOMPARE(untyped.type, QStringLiteral("unknown"));
            QVERIFY(untyped.key.startsWith(QLatin1String("unknown:")));
        }
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
