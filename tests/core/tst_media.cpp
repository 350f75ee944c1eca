// SPDX-License-Identifier: GPL-3.0-or-later
// Media against the reference server on loopback: downloads (EXIF read back with the exiv2
// tool, the file's date, the portal's day in the name, the real extension of a video), expired
// signed links, downloads cut off halfway, the cache's size cap, and logging out wiping an
// account's media. Runs twice, with TZ=UTC and TZ=America/New_York: the portal's calendar
// (Europe/Amsterdam) must win over the device's.
#include "DemoPortal.h"
#include "accounts/Accounts.h"
#include "db/Database.h"
#include "features/messages/MessageStore.h"
#include "media/MediaCache.h"
#include "media/MediaFiles.h"
#include "media/MediaLibrary.h"
#include "media/MediaStore.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"

#include <QDirIterator>
#include <QImage>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace nestje;

namespace {

// Answers every request with the start of a JPEG body and then either hangs up or goes
// silent: a network that fails in the middle of a transfer, which the reference server (it
// sends whole files) cannot play.
class BrokenTransfer : public QObject
{
public:
    enum class Mode
    {
        HangUp,
        Stall
    };
    explicit BrokenTransfer(Mode mode)
        : m_mode(mode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n") ||
                        socket->property("answered").toBool())
                        return;
                    socket->setProperty("answered", true);
                    QByteArray half(50000, 'x');
                    half.replace(0, 3, "\xFF\xD8\xFF");
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: "
                                  "100000\r\n\r\n" +
                                  half);
                    socket->flush();
                    if (m_mode == Mode::HangUp)
                        socket->disconnectFromHost();
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    Mode m_mode;
    QTcpServer m_server;
};

QStringList filesUnder(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

qint64 bytesUnder(const QString &directory)
{
    qint64 total = 0;
    for (const QString &file : filesUnder(directory))
        total += QFileInfo(file).size();
    return total;
}

// One EXIF value as the exiv2 command-line tool reads it (not the project's own code).
QString exiv2Value(const QString &file, const QString &key)
{
    QProcess exiv2;
    exiv2.start(QStringLiteral("exiv2"),
                {QStringLiteral("-q"), QStringLiteral("-Pv"), QStringLiteral("-K"), key, file});
    if (!exiv2.waitForFinished(20000))
        return QStringLiteral("<exiv2 did not finish>");
    return QString::fromUtf8(exiv2.readAllStandardOutput()).trimmed();
}

} // namespace

class TestMedia : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<server::ReferenceServer> m_server;
    qint64 m_serverClockOffsetMs = 0; // moves the server's time forward, never the device's
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<MediaLibrary> m_library;
    QString m_daycareId;

    QString addAccount(const char *slug)
    {
        QSignalSpy added(m_accounts.get(), &Accounts::added);
        m_accounts->add(m_server->portalUrl(QString::fromLatin1(slug)),
                        QString::fromLatin1(server::demo::username),
                        QString::fromLatin1(server::demo::password), /*ephemeral*/ true);
        if (!added.wait(20000))
            return {};
        const QString id = added.first().first().toString();
        SyncEngine *sync = m_accounts->session(id)->sync();
        if (sync->isRunning() || !sync->hasCompletedFullSync()) {
            QSignalSpy finished(sync, &SyncEngine::finished);
            if (!finished.wait(120000))
                return {};
        }
        return id;
    }

    Database *db(const QString &accountId) { return m_accounts->session(accountId)->database(); }

    QStringList mediaIds(const QString &accountId, const QString &type, int count)
    {
        QStringList ids;
        QSqlQuery *q = db(accountId)->select(
            QStringLiteral("SELECT id FROM photos WHERE media_type = ? ORDER BY date DESC LIMIT ?"),
            {type, count});
        while (q && q->next())
            ids << q->value(0).toString();
        if (q)
            q->finish();
        return ids;
    }

    static QString fetch(MediaCache &cache, const QString &id, const QString &variant,
                         QString *error = nullptr)
    {
        QString path;
        bool done = false;
        cache.fetch(id, variant, [&](const QString &p, const QString &e) {
            path = p;
            if (error)
                *error = e;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
        return path;
    }

    // Sets the links of photo `mediaId` (the columns every fetch of its card rewrites).
    void setLinks(const QString &accountId, const QString &mediaId, const StoredMedia &links)
    {
        QVERIFY(db(accountId)->exec(
            QStringLiteral("UPDATE photos SET thumb_url = ?, medium_url = ?, full_url = ? WHERE id = ?"),
            {links.thumbUrl, links.mediumUrl, links.fullUrl, mediaId}));
    }

private slots:
    void initTestCase()
    {
        // Private directories per run: ctest runs this binary twice at once (two time zones).
        for (const char *variable : {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"})
            qputenv(variable, m_dir.filePath(QString::fromLatin1(variable)).toUtf8());
        qInfo() << "device time zone:" << QTimeZone::systemTimeZoneId();
        server::ServerOptions options{m_dir.filePath(QStringLiteral("server")), {}, {}, {}, {}};
        options.clock = [this] {
            return QDateTime::currentMSecsSinceEpoch() + m_serverClockOffsetMs;
        };
        QString error;
        QVERIFY2(startDemoPortal(m_server, options, 0, &error) != 0, qPrintable(error));
        m_accounts = std::make_unique<Accounts>(&m_network);
        m_library = std::make_unique<MediaLibrary>(m_accounts.get());
        m_daycareId = addAccount(server::demo::daycareSlug);
        QVERIFY(!m_daycareId.isEmpty());
    }

    void photoDownloadHasExifAndThePhotosDate()
    {
        MediaFiles files(m_library.get());
        files.setSource(db(m_daycareId), m_daycareId);
        files.setSaveDirectory(m_dir.filePath(QStringLiteral("Pictures/Nestje")));
        MediaCache *cache = m_library->cache(m_daycareId);
        QVERIFY(cache);
        QString id;
        StoredMedia media;
        for (const QString &candidate : mediaIds(m_daycareId, QStringLiteral("photo"), 50)) {
            media = cache->media(candidate).value_or(StoredMedia{});
            if (!media.description.isEmpty()) {
                id = candidate;
                break;
            }
        }
        QVERIFY2(!id.isEmpty(), "the demo has captioned photos");
        const qint64 dateMs = media.date;
        const QString caption = media.description;
        QVERIFY(dateMs > 0);

        QSignalSpy downloaded(&files, &MediaFiles::downloaded);
        QSignalSpy failed(&files, &MediaFiles::downloadFailed);
        files.download(id);
        QTRY_VERIFY_WITH_TIMEOUT(!downloaded.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        const QString path = downloaded.first().at(1).toString();

        // The portal's day and time (Amsterdam), whatever this device's zone is.
        const QDateTime amsterdam = QDateTime::fromMSecsSinceEpoch(
            dateMs, QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
        QCOMPARE(QFileInfo(path).fileName(),
                 QStringLiteral("%1_%2.jpg").arg(amsterdam.date().toString(Qt::ISODate), id));
        QCOMPARE(exiv2Value(path, QStringLiteral("Exif.Photo.DateTimeOriginal")),
                 amsterdam.toString(QStringLiteral("yyyy:MM:dd HH:mm:ss")));
        QCOMPARE(exiv2Value(path, QStringLiteral("Exif.Image.ImageDescription")), caption);
        QCOMPARE(QFileInfo(path).lastModified().toSecsSinceEpoch(), dateMs / 1000);
        QVERIFY(!QImage(path).isNull());
        // Nothing else in the folder: no temporary file left behind.
        QCOMPARE(filesUnder(QFileInfo(path).absolutePath()), QStringList{path});
    }

    void videoDownloadKeepsItsType()
    {
        MediaFiles files(m_library.get());
        files.setSource(db(m_daycareId), m_daycareId);
        files.setSaveDirectory(m_dir.filePath(QStringLiteral("Videos/Nestje")));
        const QStringList videos = mediaIds(m_daycareId, QStringLiteral("video"), 1);
        QVERIFY2(!videos.isEmpty(), "the demo has videos");
        QSignalSpy downloaded(&files, &MediaFiles::downloaded);
        QSignalSpy failed(&files, &MediaFiles::downloadFailed);
        files.download(videos.first());
        QTRY_VERIFY_WITH_TIMEOUT(!downloaded.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        const QString path = downloaded.first().at(1).toString();
        QVERIFY2(path.endsWith(QLatin1String("_") + videos.first() + QLatin1String(".avi")),
                 qPrintable(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(12);
        QVERIFY(head.startsWith("RIFF") && head.mid(8, 4) == "AVI ");
        const qint64 dateMs = m_library->cache(m_daycareId)->media(videos.first()).value_or(StoredMedia{}).date;
        QCOMPARE(QFileInfo(path).lastModified().toSecsSinceEpoch(), dateMs / 1000);
    }

    void expiredSignedLinkIsRenewed()
    {
        // Two hours later on the portal: every signed link the cache holds has expired (the
        // device's clock does not know), and so has the access token. The server answers 403;
        // the cache asks for the card again and fetches with the fresh link.
        MediaCache *cache = m_library->cache(m_daycareId);
        const QString id = mediaIds(m_daycareId, QStringLiteral("photo"), 3).value(2);
        QVERIFY(!QFile::exists(cache->filePath(id, QStringLiteral("medium"))));
        const QString before = cache->urlOf(id, QStringLiteral("medium"));
        const int refreshes = cache->recordRefreshes();
        m_serverClockOffsetMs = 2 * 60 * 60 * 1000;
        QString error;
        const QString path = fetch(*cache, id, QStringLiteral("medium"), &error);
        m_serverClockOffsetMs = 0;
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QVERIFY(!QImage(path).isNull());
        QCOMPARE(cache->recordRefreshes(), refreshes + 1);
        QVERIFY(cache->urlOf(id, QStringLiteral("medium")) != before);
    }

    // Issue 11: a conversation's photo (no card holds it) is found by its id, its expired link is
    // renewed from the conversation (P7), and "Downloaden" files it under the conversation's
    // child on its message's day.
    void aConversationsPhotoIsRenewedAndSaved()
    {
        MessageStore store(*db(m_daycareId));
        QString id, childName;
        qint64 dateMs = 0;
        for (const MessageThread &t : store.threads()) {
            for (const ThreadMessage &m : store.messages(t.id)) {
                for (const MessageAttachment &a : m.attachments) {
                    if (id.isEmpty() && a.kind == MessageAttachment::Kind::Photo) {
                        id = a.id;
                        childName = t.childName;
                        dateMs = m.date;
                    }
                }
            }
        }
        QVERIFY2(!id.isEmpty() && !childName.isEmpty(), "the demo has a conversation with photos");
        MediaCache *cache = m_library->cache(m_daycareId);
        QVERIFY(!QFile::exists(cache->filePath(id, QStringLiteral("full"))));
        const QString before = cache->urlOf(id, QStringLiteral("full"));
        QVERIFY2(before.startsWith(QLatin1String("http")), qPrintable(before));
        const int refreshes = cache->recordRefreshes();

        MediaFiles files(m_library.get());
        files.setSource(db(m_daycareId), m_daycareId);
        files.setSaveDirectory(m_dir.filePath(QStringLiteral("Pictures/Nestje")));
        QSignalSpy downloaded(&files, &MediaFiles::downloaded);
        QSignalSpy failed(&files, &MediaFiles::downloadFailed);
        m_serverClockOffsetMs = 2 * 60 * 60 * 1000; // every link the cache holds has expired
        files.download(id);
        QTRY_VERIFY_WITH_TIMEOUT(!downloaded.isEmpty() || !failed.isEmpty(), 30000);
        m_serverClockOffsetMs = 0;
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QCOMPARE(cache->recordRefreshes(), refreshes + 1);
        QVERIFY(cache->urlOf(id, QStringLiteral("full")) != before);
        const QString path = downloaded.first().at(1).toString();
        const QDate day =
            QDateTime::fromMSecsSinceEpoch(dateMs, QTimeZone(QByteArrayLiteral("Europe/Amsterdam")))
                .date();
        QCOMPARE(path, m_dir.filePath(QStringLiteral("Pictures/Nestje/%1/%2_%3.jpg")
                                          .arg(childName, day.toString(Qt::ISODate), id)));
        QVERIFY(!QImage(path).isNull());
    }

    void interruptedDownloadLeavesNoFile_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("connection closed halfway") << int(BrokenTransfer::Mode::HangUp);
        QTest::newRow("connection silent halfway") << int(BrokenTransfer::Mode::Stall);
    }

    void interruptedDownloadLeavesNoFile()
    {
        QFETCH(int, mode);
        BrokenTransfer broken{BrokenTransfer::Mode(mode)};
        QVERIFY(broken.port());
        MediaCache cache(&m_network, db(m_daycareId), m_accounts->session(m_daycareId)->api(),
                         m_dir.filePath(QStringLiteral("broken-%1").arg(mode)));
        cache.setTransferTimeout(1500);
        const QString id = mediaIds(m_daycareId, QStringLiteral("photo"), 5).value(4);
        // Every link of the photo points at the broken server (the rest of the URL kept).
        const std::optional<StoredMedia> original = MediaStore(*db(m_daycareId)).media(id);
        QVERIFY(original && !original->fullUrl.isEmpty());
        StoredMedia redirected = *original;
        for (QString *link : {&redirected.thumbUrl, &redirected.mediumUrl, &redirected.fullUrl})
            link->replace(QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:\\d+/")),
                          QStringLiteral("http://127.0.0.1:%1/").arg(broken.port()));
        setLinks(m_daycareId, id, redirected);
        QString error;
        const QString path = fetch(cache, id, QStringLiteral("full"), &error);
        setLinks(m_daycareId, id, *original);
        QVERIFY(path.isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(cache.filePath(id, QStringLiteral("full"))));
        QCOMPARE(filesUnder(cache.directory()), QStringList()); // no partial file under any name
        QCOMPARE(cache.cacheBytes(), 0);
    }

    // Issue 16: a full-size link answered 200 with an HTML page (a proxy's or portal's error
    // page; here the reference server's own password-reset page) is not kept as a photo.
    void htmlAnsweredForAPhotoIsNotKept()
    {
        MediaCache cache(&m_network, db(m_daycareId), m_accounts->session(m_daycareId)->api(),
                         m_dir.filePath(QStringLiteral("html-page")));
        const QString id = mediaIds(m_daycareId, QStringLiteral("photo"), 6).value(5);
        const std::optional<StoredMedia> original = MediaStore(*db(m_daycareId)).media(id);
        QVERIFY(original && !original->fullUrl.isEmpty());
        StoredMedia page = *original;
        page.fullUrl =
            m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug)).toString() +
            QStringLiteral("/auth/reset-password");
        setLinks(m_daycareId, id, page);
        QString error;
        const QString path = fetch(cache, id, QStringLiteral("full"), &error);
        setLinks(m_daycareId, id, *original);
        QVERIFY2(path.isEmpty(), "an HTML page was kept as the photo");
        QCOMPARE(error, MediaCache::tr("The portal did not send the photo."));
        QCOMPARE(filesUnder(cache.directory()), QStringList()); // no partial file either
        // The real link still works: the refusal was about the bytes, not the photo.
        const QString real = fetch(cache, id, QStringLiteral("full"), &error);
        QVERIFY2(!real.isEmpty(), qPrintable(error));
        QVERIFY(!QImage(real).isNull());
    }

    // Issue 16: an answer larger than a photo can be is refused (the limit lowered to a few
    // kilobytes here, so a real photo of the reference server is over it).
    void photoOverTheLimitIsNotKept()
    {
        MediaCache cache(&m_network, db(m_daycareId), m_accounts->session(m_daycareId)->api(),
                         m_dir.filePath(QStringLiteral("too-large")));
        const QString id = mediaIds(m_daycareId, QStringLiteral("photo"), 7).value(6);
        cache.setMaxBytes(4096, 4096);
        QString error;
        QVERIFY(fetch(cache, id, QStringLiteral("full"), &error).isEmpty());
        QCOMPARE(error, MediaCache::tr("The file is larger than a photo or video can be."));
        QCOMPARE(filesUnder(cache.directory()), QStringList());
        cache.setMaxBytes(MediaCache::maxPhotoBytes, MediaCache::maxVideoBytes);
        const QString path = fetch(cache, id, QStringLiteral("full"), &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 4096);
    }

    void cacheEvictsLeastRecentlyUsed()
    {
        MediaCache cache(&m_network, db(m_daycareId), m_accounts->session(m_daycareId)->api(),
                         m_dir.filePath(QStringLiteral("lru")));
        const QStringList ids = mediaIds(m_daycareId, QStringLiteral("photo"), 6);
        QCOMPARE(ids.size(), 6);
        QStringList paths;
        for (const QString &id : ids.mid(0, 5)) {
            QString error;
            paths << fetch(cache, id, QStringLiteral("thumb"), &error);
            QVERIFY2(!paths.last().isEmpty(), qPrintable(error));
        }
        QCOMPARE(cache.cacheBytes(), bytesUnder(cache.directory()));
        // Room for exactly these five; the first one is shown again, so it is the most recent.
        cache.setCapBytes(cache.cacheBytes());
        QCOMPARE(filesUnder(cache.directory()).size(), 5);
        QCOMPARE(fetch(cache, ids.at(0), QStringLiteral("thumb")),
                 paths.at(0)); // a hit, no download
        // One more: the cache goes down to 90% of its cap, so the least recently used goes, and
        // maybe the next ones; the photo shown again is the last of the old five to go, and
        // four thumbnails' room is more than one new one and a tenth of the cap need. (With
        // three new ones, larger thumbnails than the old ones could rightly take it too.)
        const int downloads = cache.downloadsStarted();
        paths << fetch(cache, ids.at(5), QStringLiteral("thumb"));
        QCOMPARE(cache.downloadsStarted(), downloads + 1);

        QVERIFY2(!QFile::exists(paths.at(1)), "the least recently used goes first");
        QVERIFY2(QFile::exists(paths.at(0)), "a photo shown again stays");
        QVERIFY(QFile::exists(paths.last()));
        QVERIFY(cache.cacheBytes() <= cache.capBytes());
        QCOMPARE(cache.cacheBytes(), bytesUnder(cache.directory()));

        cache.clear();
        QCOMPARE(cache.cacheBytes(), 0);
        QCOMPARE(filesUnder(cache.directory()), QStringList());
        QCOMPARE(MediaCache::defaultCapBytes, 1024LL * 1024 * 1024);
    }

    void logoutRemovesTheAccountsMedia()
    {
        const QString afterSchool = addAccount(server::demo::afterSchoolSlug);
        QVERIFY(!afterSchool.isEmpty());
        const QString daycareDir = MediaLibrary::directoryOf(m_daycareId);
        const QString afterSchoolDir = MediaLibrary::directoryOf(afterSchool);
        for (const QString &account : {m_daycareId, afterSchool}) {
            const QString id = mediaIds(account, QStringLiteral("photo"), 1).value(0);
            QVERIFY(!fetch(*m_library->cache(account), id, QStringLiteral("thumb")).isEmpty());
        }
        QVERIFY(!filesUnder(daycareDir).isEmpty());
        QVERIFY(!filesUnder(afterSchoolDir).isEmpty());
        const QStringList afterSchoolFiles = filesUnder(afterSchoolDir);

        // A download still under way must not bring the directory back after the logout.
        const QString late = mediaIds(m_daycareId, QStringLiteral("photo"), 7).value(6);
        m_library->cache(m_daycareId)
            ->fetch(late, QStringLiteral("full"), [](const QString &, const QString &) {});
        m_accounts->logout(m_daycareId);
        QVERIFY(!m_library->cache(m_daycareId));
        QTest::qWait(1500);
        QVERIFY2(!QDir(daycareDir).exists(),
                 qPrintable(filesUnder(daycareDir).join(QLatin1Char(' '))));
        QCOMPARE(filesUnder(afterSchoolDir),
                 afterSchoolFiles); // the other account keeps its photos

        m_accounts->logoutAll();
        QTest::qWait(200);
        QVERIFY(!QDir(afterSchoolDir).exists());
        QCOMPARE(filesUnder(AccountSession::mediaRoot()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"
