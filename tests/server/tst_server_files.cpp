// SPDX-License-Identifier: GPL-3.0-or-later
// Files on disk and uploads (issue 10, items 4 and 6), on a real server in a data directory the
// server creates itself, with a clock the test moves:
//   data dir 0700; portal.sqlite, -wal, -shm and media files 0600      secretsArePrivate
//   nestje-server refuses a shared data dir, or warns when allowed    startRefusesSharedDataDir
//   an image over the pixel budget is refused from its header          pixelBudget
//   a "video" must start like a video container                        videoMustBeAVideo
//   uploads never attached are removed a day later (start-up sweep)    unattachedUploadsAreSwept
//   at most 100 uploads per account per day, a Dutch refusal           uploadQuota
#include "RequestHelpers.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QtTest>

#include <sys/stat.h>

using namespace nestje::server;
using namespace nestje::server::testing;

class ServerFilesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secretsArePrivate();
    void startRefusesSharedDataDir();
    void pixelBudget();
    void videoMustBeAVideo();
    void unattachedUploadsAreSwept();
    void uploadQuota();

private:
    bool startServer(QString *error);
    QString data() const { return m_root.filePath(QStringLiteral("data")); }
    Response upload(const QByteArray &bytes, const QByteArray &contentType);
    void login();
    QString portalUrl() const
    {
        return m_server->portalUrl(QStringLiteral("deboomhut")).toString();
    }

    QTemporaryDir m_root;
    qint64 m_now = 0;
    std::unique_ptr<ReferenceServer> m_server;
    ServerFixture m_http; // not started: the HTTP client only
    QByteArray m_token;
};

static int modeOf(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

static QByteArray imageBytes(int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x40, 0x80, 0xc0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

bool ServerFilesTest::startServer(QString *error)
{
    m_server = std::make_unique<ReferenceServer>(
        ServerOptions{data(), {}, {}, {}, [this] { return m_now; }});
    if (!m_server->open(error))
        return false;
    SeedOptions seed;
    seed.months = 1;
    seed.scenePool = 2;
    return m_server->seedDemo(seed, error) &&
           m_server->listen(QHostAddress::LocalHost, 0, error) != 0;
}

void ServerFilesTest::initTestCase()
{
    m_now = QDateTime::currentMSecsSinceEpoch();
    QString error;
    QVERIFY2(startServer(&error), qPrintable(error));
    login();
    QVERIFY(!m_token.isEmpty());
}

void ServerFilesTest::login()
{
    // Again after every jump of the clock: access tokens expire.
    const QJsonObject body{{QStringLiteral("username"), QStringLiteral("ouder@example.nl")},
                           {QStringLiteral("password"), QStringLiteral("nestje-demo")},
                           {QStringLiteral("childMinder"), false}};
    m_token = m_http
                  .put(QUrl(portalUrl() + QStringLiteral("/auth-api/login")),
                       QJsonDocument(body).toJson())
                  .object()
                  .value(QLatin1String("authToken"))
                  .toString()
                  .toLatin1();
}

Response ServerFilesTest::upload(const QByteArray &bytes, const QByteArray &contentType)
{
    return m_http.request(QByteArrayLiteral("PUT"),
                          QUrl(portalUrl() + QStringLiteral("/restservices-parent/media/upload")),
                          bytes,
                          {{QByteArrayLiteral("Authorization"), "Bearer " + m_token},
                           {QByteArrayLiteral("Content-Type"), contentType}});
}

void ServerFilesTest::secretsArePrivate()
{
    // The server made the data dir itself (it did not exist): nothing in it is for other users.
    QCOMPARE(modeOf(data()), 0700);
    for (const char *name : {"portal.sqlite", "portal.sqlite-wal", "portal.sqlite-shm"})
        QCOMPARE(modeOf(QDir(data()).filePath(QLatin1String(name))), 0600);
    QCOMPARE(modeOf(QDir(data()).filePath(QStringLiteral("media"))), 0700);
    const Response r = upload(imageBytes(320, 240, "JPEG"), "image/jpeg");
    QVERIFY(ok(r));
    const QStringList files = QDir(QDir(data()).filePath(QStringLiteral("media")))
                                  .entryList({QStringLiteral("upload-*")}, QDir::Files);
    QCOMPARE(files.size(), 3);
    for (const QString &file : files)
        QCOMPARE(modeOf(QDir(data()).filePath(QStringLiteral("media/") + file)), 0600);
}

static int runServer(const QStringList &arguments, QByteArray *errors, bool stopWhenListening)
{
    QProcess process;
    process.start(QStringLiteral(NESTJE_SERVER_EXE), arguments);
    if (!process.waitForStarted(10000))
        return -1;
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
        process.waitForReadyRead(50);
        out += process.readAllStandardOutput();
        if (stopWhenListening && out.contains("listening on")) {
            process.kill();
            process.waitForFinished(10000);
            *errors = process.readAllStandardError();
            return 0;
        }
    }
    process.waitForFinished(1000);
    *errors = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void ServerFilesTest::startRefusesSharedDataDir()
{
    const QString shared = m_root.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(shared));
    QVERIFY(::chmod(QFile::encodeName(shared).constData(), 0755) == 0);
    const QStringList args{QStringLiteral("--data"), shared, QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0")};
    QByteArray errors;
    QCOMPARE(runServer(args, &errors, false), 1);
    QVERIFY2(errors.contains("refusing to start") && errors.contains("mode 0755"),
             errors.constData());
    QVERIFY(!QFileInfo::exists(QDir(shared).filePath(
        QStringLiteral("portal.sqlite")))); // refused before touching anything

    // Allowed on purpose: it starts, and says loudly what is wrong.
    QCOMPARE(
        runServer(args + QStringList{QStringLiteral("--allow-shared-data-dir")}, &errors, true), 0);
    QVERIFY2(errors.contains("WARNING") && errors.contains("forge tokens"), errors.constData());

    // A private dir with a database others can read is refused too.
    QVERIFY(::chmod(QFile::encodeName(shared).constData(), 0700) == 0);
    QVERIFY(
        ::chmod(
            QFile::encodeName(QDir(shared).filePath(QStringLiteral("portal.sqlite"))).constData(),
            0644) == 0);
    QCOMPARE(runServer(args, &errors, false), 1);
    QVERIFY2(errors.contains("portal.sqlite (mode 0644)"), errors.constData());
    QVERIFY(
        ::chmod(
            QFile::encodeName(QDir(shared).filePath(QStringLiteral("portal.sqlite"))).constData(),
            0600) == 0);
    QCOMPARE(runServer(args, &errors, true), 0);
}

void ServerFilesTest::pixelBudget()
{
    // 5600x5600 in one colour: a ~30 KB PNG that would decode to 125 MB.
    const QByteArray bomb = imageBytes(5600, 5600, "PNG");
    QVERIFY(bomb.size() < 200 * 1024);
    const Response refused = upload(bomb, "image/png");
    QCOMPARE(refused.status, 413);
    QCOMPARE(codeOf(refused), QStringLiteral("nestje.media.too_many_pixels"));
    QVERIFY(textOf(refused).contains(QLatin1String("25 megapixel")));
    // A phone photo's size (12 MP) is fine and is stored scaled down.
    const Response phone = upload(imageBytes(4032, 3024, "JPEG"), "image/jpeg");
    QVERIFY2(ok(phone), phone.body.constData());
}

void ServerFilesTest::videoMustBeAVideo()
{
    QByteArray mp4("\x00\x00\x00\x18"
                   "ftypmp42"
                   "\x00\x00\x00\x00"
                   "mp42isom",
                   24);
    mp4.append(QByteArray(2000, '\x01'));
    QVERIFY(ok(upload(mp4, "video/mp4")));
    QByteArray webm("\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04\x42\xf3"
                    "\x81\x08\x42\x82\x84webm",
                    28);
    webm.append(QByteArray(500, '\x02'));
    QVERIFY(ok(upload(webm, "video/webm")));
    // A photo, a HEIC still (same container as MP4, an image brand) and text, each sent as video.
    QCOMPARE(upload(imageBytes(64, 64, "PNG"), "video/mp4").status, 415);
    QByteArray heic("\x00\x00\x00\x18"
                    "ftypheic"
                    "\x00\x00\x00\x00"
                    "mif1heic",
                    24);
    heic.append(QByteArray(2000, '\x01'));
    QCOMPARE(upload(heic, "video/quicktime").status, 415);
    QCOMPARE(upload(QByteArray(3000, 'a'), "video/webm").status, 415);
    QByteArray notWebm("\x1a\x45\xdf\xa3\x9f\x42\x82\x84"
                       "abcd",
                       12);
    notWebm.append(QByteArray(500, '\x02'));
    QCOMPARE(upload(notWebm, "video/webm").status, 415);
}

void ServerFilesTest::unattachedUploadsAreSwept()
{
    const QString kept = payloadOf(upload(imageBytes(200, 150, "JPEG"), "image/jpeg"))
                             .value(QLatin1String("mediaId"))
                             .toString();
    const Response orphanReply = upload(imageBytes(200, 150, "PNG"), "image/png");
    const QString orphan = payloadOf(orphanReply).value(QLatin1String("mediaId")).toString();
    QVERIFY(!kept.isEmpty() && !orphan.isEmpty());
    const QJsonArray children =
        m_http.get(QUrl(portalUrl() + QStringLiteral("/restservices-parent/children/")), m_token)
            .object()
            .value(QLatin1String("payload"))
            .toObject()
            .value(QLatin1String("activeChildren"))
            .toArray();
    QVERIFY(!children.isEmpty());
    // A child in one group (a child in two needs a groupId with its message).
    QString child;
    Response posted;
    for (const QJsonValue &c : children) {
        child = c.toObject().value(QLatin1String("id")).toString();
        posted = m_http.request(
            QByteArrayLiteral("PUT"),
            QUrl(portalUrl() + QStringLiteral("/restservices-parent/logbook/new")),
            QJsonDocument(QJsonObject{{QStringLiteral("childId"), child},
                                      {QStringLiteral("subject"), QStringLiteral("Foto")},
                                      {QStringLiteral("message"), QStringLiteral("Kijk")},
                                      {QStringLiteral("photoIds"), QJsonArray{kept}}})
                .toJson(),
            {{QByteArrayLiteral("Authorization"), "Bearer " + m_token},
             {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
        if (ok(posted))
            break;
    }
    QVERIFY2(ok(posted), posted.body.constData());
    const QString orphanThumb = payloadOf(orphanReply).value(QLatin1String("thumbUrl")).toString();
    QCOMPARE(m_http.get(QUrl(orphanThumb)).status, 200);
    const qsizetype filesBefore =
        QDir(QDir(data()).filePath(QStringLiteral("media"))).entryList(QDir::Files).size();

    // A day and a bit later the server restarts: the start-up sweep removes the orphan, row and
    // files.
    m_now += 25LL * 60 * 60 * 1000;
    m_server.reset();
    QString error;
    QVERIFY2(startServer(&error), qPrintable(error));
    login();
    const qsizetype filesAfter =
        QDir(QDir(data()).filePath(QStringLiteral("media"))).entryList(QDir::Files).size();
    QVERIFY2(filesAfter <= filesBefore - 3,
             qPrintable(QStringLiteral("%1 -> %2 files").arg(filesBefore).arg(filesAfter)));
    // The orphan can no longer be attached; the attached one is still in its message.
    const Response late = m_http.request(
        QByteArrayLiteral("PUT"),
        QUrl(portalUrl() + QStringLiteral("/restservices-parent/logbook/new")),
        QJsonDocument(QJsonObject{{QStringLiteral("childId"), child},
                                  {QStringLiteral("subject"), QStringLiteral("Te laat")},
                                  {QStringLiteral("message"), QStringLiteral("Kijk")},
                                  {QStringLiteral("photoIds"), QJsonArray{orphan}}})
            .toJson(),
        {{QByteArrayLiteral("Authorization"), "Bearer " + m_token},
         {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
    QCOMPARE(late.status, 404);
    const qint64 id = payloadOf(posted).value(QLatin1String("logMessageMessageId")).toInteger();
    const QJsonArray photos =
        m_http
            .get(QUrl(portalUrl() +
                      QStringLiteral("/restservices-parent/logbook/details/%1/summary/false")
                          .arg(id)),
                 m_token)
            .object()
            .value(QLatin1String("messages"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("photos"))
            .toArray();
    QCOMPARE(photos.size(), 1);
    QCOMPARE(m_http.get(QUrl(photos.first().toObject().value(QLatin1String("thumbUrl")).toString()))
                 .status,
             200);
}

void ServerFilesTest::uploadQuota()
{
    m_now += 25LL * 60 * 60 * 1000; // a fresh day for this account
    login();
    const QByteArray small = imageBytes(48, 48, "PNG");
    int accepted = 0;
    Response last;
    for (int i = 0; i < 101; ++i) {
        last = upload(small, "image/png");
        if (!ok(last))
            break;
        ++accepted;
    }
    QCOMPARE(accepted, 100);
    QCOMPARE(last.status, 200);
    QCOMPARE(last.object().value(QLatin1String("result")).toBool(true), false);
    QCOMPARE(codeOf(last), QStringLiteral("nestje.media.quota_reached"));
    QVERIFY2(textOf(last).contains(QLatin1String("morgen")), qPrintable(textOf(last)));
    m_now += 24LL * 60 * 60 * 1000 + 1000;
    login();
    QVERIFY(ok(upload(small, "image/png")));
}

QTEST_GUILESS_MAIN(ServerFilesTest)
#include "tst_server_files.moc"
