#include "api/TimelineCard.h"
#include "store/Database.h"
#include "store/TimelineStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

class TestStore : public QObject
{
    Q_OBJECT
private:
    static TimelineCard card(const QString &journalId, qint64 date, const QString &url)
    {
        return parseTimelineCard(QJsonDocument::fromJson(QStringLiteral(R"({
            "date": %1, "type": "journal",
            "children": [{"id": "c1", "firstName": "Sam"}],
            "journal": {"journalId": "%2", "childId": "c1", "journalContent": "<p>Hoi</p>",
                        "dayRythmContent": "", "photos": [
                {"id": "p-%2", "mediaType": "photo", "fullSizeUrl": "%3", "childTags": []}]}
        })").arg(date).arg(journalId, url).toUtf8()).object());
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
            TimelineStore timeline(v1);
            QCOMPARE(timeline.upsert({card(QStringLiteral("j1"), 1000, QStringLiteral("https://a/1"))}), 1);
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
        QSqlQuery *q = db.select(QStringLiteral("SELECT json FROM cards"));
        QVERIFY(q && q->next());
        QVERIFY(q->value(0).toString().contains(QLatin1String("Expires=2")));
        // A different card is.
        QCOMPARE(timeline.upsert({card(QStringLiteral("j2"), 2000, QStringLiteral("https://a/2"))}), 1);
        QCOMPARE(timeline.cardCount(), 2);
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
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
