// SPDX-License-Identifier: GPL-3.0-or-later
// The Mijn kind engine against the reference server: the timeline model over a synced cache,
// the media cache (including expired links), EXIF, downloads, the diary through the outbox with
// a photo (end to end: the server has it afterwards) and the diary PDF read back with pdftotext.
#include "DemoPortal.h"
#include "db/Database.h"
#include "features/Features.h"
#include "features/timeline/DiaryBook.h"
#include "features/timeline/PhotoModel.h"
#include "features/timeline/TimelineModel.h"
#include "media/MediaCache.h"
#include "media/MediaFiles.h"
#include "media/MediaLibrary.h"
#include "net/ApiClient.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"
#include "text/HtmlText.h"
#include "text/PortalTime.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QTimeZone>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

class TestTimeline : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<server::ReferenceServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    Database m_db;
    std::unique_ptr<SyncEngine> m_sync;
    QString m_childId;

    bool sync(SyncEngine::Mode mode)
    {
        QSignalSpy finished(m_sync.get(), &SyncEngine::finished);
        m_sync->start(mode);
        return finished.wait(120000) && finished.first().first().toBool();
    }

    QString firstPhotoId()
    {
        QSqlQuery *q = m_db.select(QStringLiteral("SELECT id FROM photos WHERE media_type = 'photo' ORDER BY date DESC LIMIT 1"));
        const QString id = q && q->next() ? q->value(0).toString() : QString();
        if (q)
            q->finish();
        return id;
    }

    QString fetch(MediaCache &cache, const QString &id, const QString &variant, QString *error = nullptr)
    {
        QString path;
        bool done = false;
        cache.fetch(id, variant, [&](const QString &p, const QString &e) {
            path = p;
            if (error)
                *error = e;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return path;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        QString error;
        QVERIFY2(startDemoPortal(m_server, {m_dir.filePath(QStringLiteral("server")), {}, {}, {}},
                                 0, &error) != 0,
                 qPrintable(error));
        m_api = std::make_unique<ApiClient>(&m_network, m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug)),
                                            QString::fromLatin1(server::demo::username));
        m_api->setPasswordProvider([](auto answer) { answer(QString::fromLatin1(server::demo::password)); });
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("cache/cache.sqlite"))));
        m_sync = std::make_unique<SyncEngine>(m_api.get(), &m_db);
        addFeatureSyncs(*m_sync);
        QVERIFY(sync(SyncEngine::Mode::Full));
        QSqlQuery *q = m_db.select(QStringLiteral("SELECT id FROM children WHERE active = 1 ORDER BY position LIMIT 1"));
        QVERIFY(q && q->next());
        m_childId = q->value(0).toString();
        q->finish();
    }

    void plainTextDropsMarkup()
    {
        QCOMPARE(plainTextFromHtml(QStringLiteral("<p>Lekker <b>gespeeld</b> &amp; gegeten</p><p>Tot&nbsp;morgen<br>Juf</p>"
                                                  "<script>alert(1)</script>")),
                 QStringLiteral("Lekker gespeeld & gegeten\n\nTot morgen\nJuf"));
        QCOMPARE(plainTextFromHtml(QStringLiteral("&lt;b&gt; &#233;&#x20AC;")), QStringLiteral("<b> é€"));
    }

    void dayLabelsReadNaturally()
    {
        const QDate today(2026, 11, 22);
        QCOMPARE(portaltime::dayLabel(today, today), QStringLiteral("Today"));       // translated in the app
        QCOMPARE(portaltime::dayLabel(today.addDays(-1), today), QStringLiteral("Yesterday"));
        QCOMPARE(portaltime::dayLabel(QDate(2026, 11, 4), today), QStringLiteral("woensdag 4 november"));
        QCOMPARE(portaltime::dayLabel(QDate(2025, 11, 4), today), QStringLiteral("dinsdag 4 november 2025"));
    }

    void timelinePagesDownToTheFirstDay()
    {
        TimelineModel model;
        model.setSource(&m_db, QStringLiteral("acct"), nullptr);
        QCOMPARE(model.rowCount(), TimelineModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        QElapsedTimer timer;
        int pages = 0;
        qint64 slowest = 0;
        while (model.canFetchMore({})) {
            timer.restart();
            model.fetchMore({});
            slowest = std::max(slowest, timer.nsecsElapsed());
            ++pages;
        }
        qInfo() << "timeline pages:" << pages << "slowest page ms:" << double(slowest) / 1e6;
        const int cards = int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM cards")));
        QCOMPARE(model.rowCount(), cards);
        QDate previous = QDate(9999, 1, 1);
        QSet<QString> keys;
        bool sawMoments = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariantMap v = model.get(row);
            const QDate day = v.value(QStringLiteral("date")).toDate();
            QVERIFY(day <= previous);
            previous = day;
            QVERIFY(!keys.contains(v.value(QStringLiteral("key")).toString()));
            keys.insert(v.value(QStringLiteral("key")).toString());
            QVERIFY(!v.value(QStringLiteral("dayLabel")).toString().isEmpty());
            if (v.value(QStringLiteral("type")) == QLatin1String("journal") && !v.value(QStringLiteral("moments")).toList().isEmpty()) {
                sawMoments = true;
                const QVariantMap moment = v.value(QStringLiteral("moments")).toList().first().toMap();
                QVERIFY(!moment.value(QStringLiteral("time")).toString().isEmpty());
                QVERIFY(!moment.value(QStringLiteral("category")).toString().isEmpty());
                // The moments' times are the daycare's clock: said once above them when the
                // device shows another time (this test also runs with TZ=America/New_York).
                const QString note = v.value(QStringLiteral("timesNote")).toString();
                const QDateTime now = QDateTime::currentDateTime();
                const bool elsewhere =
                    QTimeZone("Europe/Amsterdam").offsetFromUtc(now) != now.offsetFromUtc();
                QVERIFY2(note.isEmpty() != elsewhere, qPrintable(note));
                if (qgetenv("TZ") == "America/New_York")
                    QVERIFY(!note.isEmpty());
            } else {
                QVERIFY(v.value(QStringLiteral("timesNote")).toString().isEmpty());
            }
        }
        QVERIFY(sawMoments);
    }

    void childFilterShowsOneChild()
    {
        TimelineModel model;
        model.setSource(&m_db, QStringLiteral("acct"), nullptr);
        QVERIFY(model.children().size() >= 2);
        model.setChildId(m_childId);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.rowCount(), int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM card_children WHERE child_id = ?"), {m_childId})));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.get(row).value(QStringLiteral("childIds")).toStringList().contains(m_childId));
    }

    void viewerSeriesGrowsBothWays()
    {
        PhotoModel photos;
        photos.setSource(&m_db, QStringLiteral("acct"));
        QSqlQuery *q = m_db.select(QStringLiteral("SELECT id FROM photos ORDER BY date ASC LIMIT 1 OFFSET 60"));
        QVERIFY(q && q->next());
        const QString middle = q->value(0).toString();
        q->finish();
        const int row = photos.openAt(middle);
        QVERIFY(row > 0);
        QCOMPARE(photos.get(row).value(QStringLiteral("mediaId")).toString(), middle);
        const int before = photos.rowCount();
        photos.loadOlder();
        photos.loadNewer();
        QVERIFY(photos.rowCount() >= before);
        // Newest first, no photo twice.
        QSet<QString> seen;
        for (int i = 0; i < photos.rowCount(); ++i) {
            const QString id = photos.get(i).value(QStringLiteral("mediaId")).toString();
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            if (i > 0)
                QVERIFY(photos.get(i).value(QStringLiteral("date")).toDate() <= photos.get(i - 1).value(QStringLiteral("date")).toDate());
        }
    }

    void mediaCacheSurvivesExpiredLinks()
    {
        MediaCache cache(&m_network, &m_db, m_api.get(), m_dir.filePath(QStringLiteral("media")));
        const QString id = firstPhotoId();
        QVERIFY(!id.isEmpty());
        QString error;
        const QString thumb = fetch(cache, id, QStringLiteral("thumb"), &error);
        QVERIFY2(!thumb.isEmpty(), qPrintable(error));
        QVERIFY(!QImage(thumb).isNull());
        QCOMPARE(cache.recordRefreshes(), 0);

        // Every link of the card expired (as after a night offline): the cache asks the portal
        // for the card again and fetches the medium with the fresh link.
        // (A photo's links are columns of its row, rewritten by every fetch of its card.)
        const auto rewriteLinks = [&](const QString &pattern, const QString &with) {
            for (const char *column : {"thumb_url", "medium_url", "full_url"}) {
                const QString sql = QStringLiteral("SELECT %1 FROM photos WHERE id = ?").arg(QLatin1String(column));
                QSqlQuery *q = m_db.select(sql, {id});
                if (!q || !q->next())
                    return false;
                QString link = q->value(0).toString();
                q->finish();
                link.replace(QRegularExpression(pattern), with);
                if (!m_db.exec(QStringLiteral("UPDATE photos SET %1 = ? WHERE id = ?").arg(QLatin1String(column)), {link, id}))
                    return false;
            }
            return true;
        };
        QVERIFY(rewriteLinks(QStringLiteral("Expires=\\d+"), QStringLiteral("Expires=1000")));
        const QString medium = fetch(cache, id, QStringLiteral("medium"), &error);
        QVERIFY2(!medium.isEmpty(), qPrintable(error));
        QCOMPARE(cache.recordRefreshes(), 1);
        QVERIFY(!cache.urlOf(id, QStringLiteral("medium")).contains(QLatin1String("Expires=1000")));

        // A link the server refuses (403, signature no longer valid) is refreshed the same way.
        QVERIFY(rewriteLinks(QStringLiteral("Signature=[^&]+"), QStringLiteral("Signature=broken")));
        QVERIFY(rewriteLinks(QStringLiteral("Expires=\\d+"), QStringLiteral("Expires=99999999999")));
        QVERIFY(cache.urlOf(id, QStringLiteral("full")).contains(QLatin1String("Signature=broken")));
        const QString full = fetch(cache, id, QStringLiteral("full"), &error);
        QVERIFY2(!full.isEmpty(), qPrintable(error));
        QCOMPARE(cache.recordRefreshes(), 2);
    }

    void downloadSavesFullSizeWithExif()
    {
        // MediaFiles needs an account session for its cache; the path rule is checked here and
        // the whole download in tst_app. The name is <dir>/<kind>/<yyyy-MM-dd>_<id>.jpg.
        QCOMPARE(MediaFiles::targetPath(QStringLiteral("/p/Nestje"), QStringLiteral("Noor"), QDate(2026, 11, 4),
                                        QStringLiteral("p/12"), QStringLiteral("jpg")),
                 QStringLiteral("/p/Nestje/Noor/2026-11-04_p_12.jpg"));
    }

    void diaryBookIsAPdf()
    {
        QString childName;
        const QList<DiaryBook::Entry> entries = DiaryBook::readEntries(m_db.filePath(), m_childId, &childName);
        QVERIFY(entries.size() > 10);
        QVERIFY(!childName.isEmpty());
        const QString pdf = m_dir.filePath(QStringLiteral("dagboek.pdf"));
        QString error;
        QVERIFY2(DiaryBook::render(pdf, childName, entries.mid(0, 30), m_dir.filePath(QStringLiteral("media")), &error), qPrintable(error));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(out.contains(childName), qPrintable(out.left(400)));
        const QLocale locale;
        QVERIFY2(out.contains(locale.toString(entries.first().day, QStringLiteral("d MMMM yyyy"))), qPrintable(out.left(400)));
        for (const DiaryBook::Entry &entry : entries.mid(0, 30)) {
            if (!entry.moments.isEmpty()) {
                QVERIFY2(out.contains(entry.moments.first().title), qPrintable(entry.moments.first().title));
                break;
            }
        }
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
