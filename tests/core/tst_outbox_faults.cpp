// SPDX-License-Identifier: GPL-3.0-or-later
// The app's outbox through a network that misbehaves (issue 10, "Faults"): 1,000 mixed writes
// (new conversations, replies, diary entries, absences, read marks of threads, news and
// newsletters) go
// through FaultProxy to the reference server, which drops connections before and after the
// server answered, delays, resets halfway through answers and answers 502/503. Afterwards every
// write is on the portal exactly once: the Idempotency-Key of each outbox item makes a retry of
// a write the server already applied a replay, not a second write.
#include "FaultProxy.h"
#include "db/Database.h"
#include "net/ApiClient.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "sync/Outbox.h"
#include "text/PortalTime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace nestje;

class TestOutboxFaults : public QObject
{
    Q_OBJECT
private:
    // Reads the portal's own database: what really arrived, not what the protocol says.
    static QList<QVariantList> rows(const QString &file, const QString &sql, const QVariantList &values = {})
    {
        QList<QVariantList> result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("portal-check"));
            db.setDatabaseName(file);
            if (!db.open())
                qFatal("cannot open the portal's database");
            QSqlQuery q(db);
            q.prepare(sql);
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            if (!q.exec())
                qFatal("query failed: %s", qPrintable(sql));
            while (q.next()) {
                QVariantList row;
                for (int c = 0; c < q.record().count(); ++c)
                    row << q.value(c);
                result << row;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("portal-check"));
        return result;
    }

    static QList<qint64> ids(const QList<QVariantList> &rows)
    {
        QList<qint64> ids;
        for (const QVariantList &row : rows)
            ids << row.first().toLongLong();
        return ids;
    }

    // How often each marker ("fault-reply-17") occurs in a column of the portal's database.
    static QHash<QString, int> markerCounts(const QList<QVariantList> &rows)
    {
        static const QRegularExpression marker(QStringLiteral("fault-[a-z]+-[0-9]+"));
        QHash<QString, int> counts;
        for (const QVariantList &row : rows) {
            for (auto it = marker.globalMatch(row.first().toString()); it.hasNext();)
                ++counts[it.next().captured()];
        }
        return counts;
    }

private slots:
    void everyWriteArrivesExactlyOnce()
    {
        QTemporaryDir dir;
        const QString serverDir = dir.filePath(QStringLiteral("server"));
        server::ReferenceServer portal(server::ServerOptions{serverDir, {}, {}, {}});
        QString error;
        QVERIFY2(portal.open(&error) && portal.seedDemo(1, &error), qPrintable(error));
        const quint16 serverPort = portal.listen(QHostAddress::LocalHost, 0, &error);
        QVERIFY2(serverPort != 0, qPrintable(error));
        const QString portalDb = serverDir + QStringLiteral("/portal.sqlite");

        FaultProxy proxy(serverPort, 20261129);
        const quint16 proxyPort = proxy.listen();
        QVERIFY(proxyPort != 0);
        QUrl viaProxy = portal.portalUrl(QString::fromLatin1(server::demo::daycareSlug));
        viaProxy.setPort(proxyPort);

        // The demo family's conversations, child, news and newsletters, as the portal has them.
        const QString family = QStringLiteral("(SELECT family_id FROM accounts WHERE username = ? AND org_id ="
                                              " (SELECT org_id FROM accounts WHERE username = ? ORDER BY id LIMIT 1)"
                                              " ORDER BY id LIMIT 1)");
        const QVariantList who{QString::fromLatin1(server::demo::username), QString::fromLatin1(server::demo::username)};
        const QList<qint64> threads = ids(rows(portalDb, QStringLiteral("SELECT id FROM threads WHERE family_id = ") + family, who));
        const QList<QVariantList> children = rows(portalDb, QStringLiteral("SELECT id FROM children WHERE first_name = 'Noor'"));
        const QList<qint64> news = ids(rows(portalDb, QStringLiteral("SELECT h.id FROM html_contents h WHERE h.kind = 'news' AND h.org_id ="
                                                                     " (SELECT org_id FROM children WHERE first_name = 'Noor')")));
        const QList<qint64> newsletters = ids(rows(portalDb, QStringLiteral("SELECT n.id FROM newsletters n WHERE n.org_id ="
                                                                            " (SELECT org_id FROM children WHERE first_name = 'Noor')")));
        QVERIFY(threads.size() >= 2);
        QCOMPARE(children.size(), 1);
        QVERIFY(!news.isEmpty());
        QVERIFY(!newsletters.isEmpty());
        const QString child = children.first().first().toString();
        const QString today = portaltime::ymd(portaltime::today());

        QNetworkAccessManager network;
        ApiClient api(&network, viaProxy, QString::fromLatin1(server::demo::username));
        api.setPasswordProvider([](auto answer) { answer(QString::fromLatin1(server::demo::password)); });

        // Absences need day parts that are planned and not yet reported: the portal's own list of
        // the next weeks (asked directly, not through the faults), one part per absence.
        QStringList absenceParts;
        {
            ApiClient direct(&network, portal.portalUrl(QString::fromLatin1(server::demo::daycareSlug)),
                             QString::fromLatin1(server::demo::username));
            direct.setPasswordProvider([](auto answer) { answer(QString::fromLatin1(server::demo::password)); });
            ApiCall options;
            options.extension = true;
            options.path = QStringLiteral("/restservices-parent/absence/options/%1/until/%2")
                               .arg(portaltime::ymd(portaltime::today().addDays(2)),
                                    portaltime::ymd(portaltime::today().addDays(40)));
            bool answered = false;
            direct.send(options, this, [&](const ApiResult &result) {
                answered = true;
                QVERIFY2(result.ok(), qPrintable(result.error.text()));
                for (const QJsonValue &part : result.payload.toObject().value(QStringLiteral("parts")).toArray()) {
                    if (part.toObject().value(QStringLiteral("available")).toBool())
                        absenceParts << part.toObject().value(QStringLiteral("optionId")).toString();
                }
            });
            QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        }
        QVERIFY2(absenceParts.size() >= 10, qPrintable(QString::number(absenceParts.size())));
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("cache.sqlite"))));
        Outbox outbox(&api, &db);
        // The test does not wait out the back-off (2 s, 4 s …): a transient failure is retried
        // as soon as it is recorded, as when the network comes back.
        connect(&outbox, &Outbox::itemChanged, this, [&outbox](qint64, Outbox::State state) {
            if (state == Outbox::State::Waiting)
                QTimer::singleShot(10, &outbox, &Outbox::retryWaitingNow);
        });

        const int total = 1000;
        const QString base = QStringLiteral("/restservices-parent");
        QHash<QString, int> expectedMessages, expectedSubjects, expectedDiary, expectedAbsences;
        QSet<qint64> newsRead, newslettersRead;
        for (int i = 0; i < total; ++i) {
            ApiCall call;
            call.method = "PUT";
            call.extension = true;
            const QString n = QString::number(i);
            switch (i % 10) {
            case 0: case 1: case 2: {
                const qint64 thread = threads.at(i % threads.size());
                call.path = base + QStringLiteral("/logbook/details/%1/reply").arg(thread);
                call.body = QJsonObject{{QStringLiteral("message"), QStringLiteral("fault-reply-") + n}};
                expectedMessages.insert(QStringLiteral("fault-reply-") + n, 1);
                break;
            }
            case 3: case 4:
                call.path = base + QStringLiteral("/logbook/new");
                call.body = QJsonObject{{QStringLiteral("childId"), child},
                                        {QStringLiteral("subject"), QStringLiteral("fault-thread-") + n},
                                        {QStringLiteral("message"), QStringLiteral("fault-new-") + n}};
                expectedSubjects.insert(QStringLiteral("fault-thread-") + n, 1);
                expectedMessages.insert(QStringLiteral("fault-new-") + n, 1);
                break;
            case 5: case 6:
                call.path = base + QStringLiteral("/journal/%1/%2").arg(child, today);
                call.body = QJsonObject{{QStringLiteral("journalContent"), QStringLiteral("fault-diary-") + n}};
                expectedDiary.insert(QStringLiteral("fault-diary-") + n, 1);
                break;
            case 7:
                call.path = base + QStringLiteral("/logbook/details/%1/read").arg(threads.at(i % threads.size()));
                break;
            case 8:
                call.path = base + QStringLiteral("/htmlnews/%1/read").arg(news.at(i % news.size()));
                newsRead.insert(news.at(i % news.size()));
                break;
            case 9:
                if (i % 20 == 19 && !absenceParts.isEmpty()) {
                    call.path = base + QStringLiteral("/absence");
                    const QString part = absenceParts.takeFirst();
                    const QString day = part.section(QLatin1Char('|'), 1, 1);
                    call.body = QJsonObject{{QStringLiteral("from"), day},
                                            {QStringLiteral("reason"), QStringLiteral("sick")},
                                            {QStringLiteral("remark"), QStringLiteral("fault-absence-") + n},
                                            {QStringLiteral("optionIds"), QJsonArray{part}}};
                    expectedAbsences.insert(QStringLiteral("fault-absence-") + n, 1);
                    break;
                }
                [[fallthrough]];
            default:
                call.path = base + QStringLiteral("/newsletter/%1/read").arg(newsletters.at(i % newsletters.size()));
                newslettersRead.insert(newsletters.at(i % newsletters.size()));
            }
            QVERIFY(outbox.enqueue(QStringLiteral("fault-test"), call) > 0);
        }
        outbox.resume();
        QTRY_VERIFY_WITH_TIMEOUT(outbox.pendingCount() == 0, 600000);

        // Every item was delivered; none was refused.
        const QList<Outbox::Item> items = outbox.items(QStringLiteral("fault-test"));
        int sent = 0;
        for (const Outbox::Item &item : items) {
            QVERIFY2(item.state == Outbox::State::Sent, qPrintable(item.call.path + QStringLiteral(": ") + item.errorText));
            ++sent;
        }
        QCOMPARE(sent, total);

        // Every kind of fault happened, the one that matters most often: the server applied the
        // write and the app never heard of it.
        const QHash<FaultProxy::Fault, int> faults = proxy.counts();
        for (FaultProxy::Fault fault : {FaultProxy::Fault::DropBefore, FaultProxy::Fault::DropAfter, FaultProxy::Fault::Delay,
                                        FaultProxy::Fault::ResetMidAnswer, FaultProxy::Fault::Answer502,
                                        FaultProxy::Fault::Answer503})
            QVERIFY2(faults.value(fault) >= 10, QMetaEnum::fromType<FaultProxy::Fault>().valueToKey(int(fault)));
        qInfo("faults: none %d, drop before %d, drop after %d, delay %d, reset %d, 502 %d, 503 %d",
              faults.value(FaultProxy::Fault::None), faults.value(FaultProxy::Fault::DropBefore),
              faults.value(FaultProxy::Fault::DropAfter), faults.value(FaultProxy::Fault::Delay),
              faults.value(FaultProxy::Fault::ResetMidAnswer), faults.value(FaultProxy::Fault::Answer502),
              faults.value(FaultProxy::Fault::Answer503));

        // Exactly once on the portal.
        QCOMPARE(markerCounts(rows(portalDb, QStringLiteral("SELECT message FROM thread_messages WHERE message LIKE '%fault-%'"))),
                 expectedMessages);
        QCOMPARE(markerCounts(rows(portalDb, QStringLiteral("SELECT subject FROM threads WHERE subject LIKE 'fault-%'"))),
                 expectedSubjects);
        QCOMPARE(markerCounts(rows(portalDb, QStringLiteral("SELECT journal_text FROM journals WHERE journal_text LIKE '%fault-%'"))),
                 expectedDiary);
        QVERIFY(expectedAbsences.size() >= 10);
        QCOMPARE(markerCounts(rows(portalDb, QStringLiteral("SELECT remark FROM requests WHERE kind = 'absence' AND remark LIKE 'fault-%'"))),
                 expectedAbsences);
        // The read marks are in (the demo family had read some items already; a mark is
        // idempotent by nature and the portal keeps one row per item).
        const QString account = QStringLiteral("(SELECT id FROM accounts WHERE username = ? AND org_id ="
                                               " (SELECT org_id FROM children WHERE first_name = 'Noor'))");
        const QVariantList user{QString::fromLatin1(server::demo::username)};
        const auto readIds = [&](const char *kind) {
            const QList<qint64> list = ids(rows(portalDb, QStringLiteral("SELECT item_id FROM content_reads WHERE kind = ? AND account_id = ")
                                                              + account, {QString::fromLatin1(kind), user.first()}));
            return QSet<qint64>(list.begin(), list.end());
        };
        QVERIFY(readIds("news").contains(newsRead));
        QVERIFY(readIds("newsletter").contains(newslettersRead));
    }
};

QTEST_GUILESS_MAIN(TestOutboxFaults)
#include "tst_outbox_faults.moc"
