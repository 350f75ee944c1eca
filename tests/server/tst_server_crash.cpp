// SPDX-License-Identifier: GPL-3.0-or-later
// SIGKILL integrity (issue 10, "Faults"): the real `nestje-server` runs as a child process under
// a write load - new messages, replies, read marks and absences, each with an Idempotency-Key,
// four in flight - and is SIGKILLed ten times at random moments. After each kill:
//   - PRAGMA integrity_check on portal.sqlite is "ok";
//   - after a restart, every write that was answered 200 is there: its key replays the very
//     same answer (Idempotent-Replayed), a new message's thread and an absence's request can be
//     read back.
// The random moments come from a seed printed in the log (NESTJE_CRASH_SEED repeats a run).
#include "RequestHelpers.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUuid>
#include <QtTest>

using namespace nestje::server;
using namespace nestje::server::testing;

namespace {

struct Write
{
    QString kind; // message, reply, read, absence
    QString path; // below restservices-parent/
    QByteArray body;
    QByteArray key;
    int status = 0; // 0: no answer (the server died first)
    QByteArray answer;
    bool verified = false;
};

} // namespace

class ServerCrashTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedTenTimesDuringWrites();

private:
    bool startServer();
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/deboomhut/restservices-parent/%2")
            .arg(m_port)
            .arg(path);
    }
    QNetworkRequest writeRequest(const Write &w) const;
    Write nextWrite();
    void runLoadUntilKilled(int killAfterMs);
    QString integrity();
    void verify(Write &w);

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    ServerFixture m_http; // not started: the synchronous client for checks
    QByteArray m_token;
    QString m_child;
    QList<qint64> m_threads;
    QStringList m_absenceOptions;
    QList<Write> m_writes;
    int m_counter = 0;
};

static quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool ServerCrashTest::startServer()
{
    m_port = freePort();
    m_process.start(QStringLiteral(NESTJE_SERVER_EXE),
                    {QStringLiteral("--data"), m_dir.path(), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(m_port)});
    if (!m_process.waitForStarted(10000))
        return false;
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains("listening on") && timer.elapsed() < 30000 &&
           m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(50);
        out += m_process.readAllStandardOutput();
    }
    if (!out.contains("listening on"))
        qWarning("server did not start: %s", m_process.readAllStandardError().constData());
    return out.contains("listening on");
}

void ServerCrashTest::initTestCase()
{
    {
        // The light seed, made in-process; the child process then opens the same data dir.
        ReferenceServer seeder(ServerOptions{m_dir.path(), {}, {}, {}, {}});
        QString error;
        QVERIFY2(seeder.open(&error), qPrintable(error));
        SeedOptions seed;
        seed.months = 1;
        seed.scenePool = 2;
        QVERIFY2(seeder.seedDemo(seed, &error), qPrintable(error));
    }
    QVERIFY(startServer());
    const QJsonObject login{{QStringLiteral("username"), QStringLiteral("ouder@example.nl")},
                            {QStringLiteral("password"), QStringLiteral("nestje-demo")},
                            {QStringLiteral("childMinder"), false}};
    m_token =
        m_http
            .put(QUrl(QStringLiteral("http://127.0.0.1:%1/deboomhut/auth-api/login").arg(m_port)),
                 QJsonDocument(login).toJson())
            .object()
            .value(QLatin1String("authToken"))
            .toString()
            .toLatin1();
    QVERIFY(!m_token.isEmpty());
    // A child in one group: its messages need no groupId.
    for (const QJsonValue &c :
         payloadOf(m_http.get(QUrl(url(QStringLiteral("children/"))), m_token))
             .value(QLatin1String("activeChildren"))
             .toArray()) {
        const QString id = c.toObject().value(QLatin1String("id")).toString();
        const Response probe = m_http.request(
            QByteArrayLiteral("PUT"), QUrl(url(QStringLiteral("logbook/new"))),
            QJsonDocument(QJsonObject{{QStringLiteral("childId"), id},
                                      {QStringLiteral("subject"), QStringLiteral("Proef")},
                                      {QStringLiteral("message"), QStringLiteral("Proef")}})
                .toJson(),
            {{QByteArrayLiteral("Authorization"), "Bearer " + m_token},
             {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
        if (ok(probe)) {
            m_child = id;
            break;
        }
    }
    QVERIFY(!m_child.isEmpty());
    for (const QJsonValue &t :
         m_http.get(QUrl(url(QStringLiteral("logbook/overview"))), m_token).json().array())
        m_threads.append(t.toObject().value(QLatin1String("logMessageMessageId")).toInteger());
    QVERIFY(!m_threads.isEmpty());
    const QDate from = QDate::currentDate().addDays(3);
    const Response options = m_http.get(
        QUrl(url(
            QStringLiteral("absence/options/%1/until/%2").arg(ymd(from), ymd(from.addDays(55))))),
        m_token);
    for (const QJsonValue &p : payloadOf(options).value(QLatin1String("parts")).toArray())
        if (p.toObject().value(QLatin1String("available")).toBool())
            m_absenceOptions.append(
                p.toObject().value(QLatin1String("optionId")).toString() + QLatin1Char('|') +
                QString::number(p.toObject().value(QLatin1String("date")).toInteger()));
    qInfo("%lld absence options to use", qlonglong(m_absenceOptions.size()));
}

void ServerCrashTest::cleanupTestCase()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

Write ServerCrashTest::nextWrite()
{
    const int n = m_counter++;
    Write w;
    w.key = "crash-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    switch (n % 4) {
    case 0:
        w.kind = QStringLiteral("message");
        w.path = QStringLiteral("logbook/new");
        w.body = QJsonDocument(
                     QJsonObject{{QStringLiteral("childId"), m_child},
                                 {QStringLiteral("subject"), QStringLiteral("Bericht %1").arg(n)},
                                 {QStringLiteral("message"),
                                  QStringLiteral("Tekst van bericht %1").arg(n)}})
                     .toJson(QJsonDocument::Compact);
        break;
    case 1:
        w.kind = QStringLiteral("reply");
        w.path = QStringLiteral("logbook/details/%1/reply").arg(m_threads.at(n % m_threads.size()));
        w.body = QJsonDocument(
                     QJsonObject{{QStringLiteral("message"), QStringLiteral("Antwoord %1").arg(n)}})
                     .toJson(QJsonDocument::Compact);
        break;
    case 2:
        w.kind = QStringLiteral("read");
        w.path = QStringLiteral("logbook/details/%1/read").arg(m_threads.at(n % m_threads.size()));
        w.body = "{}";
        break;
    default:
        if (m_absenceOptions.isEmpty())
            return nextWrite();
        const QStringList option = m_absenceOptions.takeFirst().split(QLatin1Char('|'));
        w.kind = QStringLiteral("absence");
        w.path = QStringLiteral("absence");
        w.body = QJsonDocument(QJsonObject{{QStringLiteral("from"),
                                            ymd(amsterdamDate(option.at(1).toLongLong()))},
                                           {QStringLiteral("reason"), QStringLiteral("sick")},
                                           {QStringLiteral("optionIds"), QJsonArray{option.at(0)}}})
                     .toJson(QJsonDocument::Compact);
        break;
    }
    return w;
}

QNetworkRequest ServerCrashTest::writeRequest(const Write &w) const
{
    QNetworkRequest request(QUrl(url(w.path)));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Idempotency-Key", w.key);
    request.setTransferTimeout(10000);
    return request;
}

void ServerCrashTest::runLoadUntilKilled(int killAfterMs)
{
    // Four writes in flight; each answer starts the next. The kill comes from a timer, at any
    // point of a request: reading it, inside its transaction, committing, answering.
    bool killed = false;
    int inFlight = 0;
    QObject scope; // the answer handlers below die with this function, whatever is still open
    std::function<void()> launch = [&] {
        if (killed)
            return;
        m_writes.append(nextWrite());
        const qsizetype index = m_writes.size() - 1;
        QNetworkReply *reply = m_network.sendCustomRequest(writeRequest(m_writes.at(index)), "PUT",
                                                           m_writes.at(index).body);
        ++inFlight;
        connect(reply, &QNetworkReply::finished, &scope, [&, reply, index] {
            --inFlight;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() == QNetworkReply::NoError || status >= 400) {
                m_writes[index].status = status;
                m_writes[index].answer = reply->readAll();
            }
            reply->deleteLater();
            launch();
        });
    };
    for (int i = 0; i < 4; ++i)
        launch();
    QEventLoop loop;
    QTimer::singleShot(killAfterMs, &loop, [&] {
        m_process.kill(); // SIGKILL
        killed = true;
    });
    QElapsedTimer timer;
    timer.start();
    while ((!killed || inFlight > 0) && timer.elapsed() < killAfterMs + 15000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    m_process.waitForFinished(10000);
}

QString ServerCrashTest::integrity()
{
    QString result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-check"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("portal.sqlite")));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crash-check"));
    return result;
}

void ServerCrashTest::verify(Write &w)
{
    // The key replays the stored answer: the write committed together with its key.
    const Response replay =
        m_http.request(QByteArrayLiteral("PUT"), QUrl(url(w.path)), w.body,
                       {{QByteArrayLiteral("Authorization"), "Bearer " + m_token},
                        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                        {QByteArrayLiteral("Idempotency-Key"), w.key}});
    QVERIFY2(replay.status == w.status && replay.body == w.answer,
             qPrintable(QStringLiteral("%1 %2 answered %3, after the restart %4")
                            .arg(w.kind, w.path)
                            .arg(w.status)
                            .arg(replay.status)));
    QCOMPARE(replay.header(QByteArrayLiteral("Idempotent-Replayed")), QByteArrayLiteral("true"));
    const QJsonObject answer = QJsonDocument::fromJson(w.answer).object();
    if (w.kind == QLatin1String("message") && answer.value(QLatin1String("result")).toBool()) {
        const qint64 id = answer.value(QLatin1String("payload"))
                              .toObject()
                              .value(QLatin1String("logMessageMessageId"))
                              .toInteger();
        const Response thread = m_http.get(
            QUrl(url(QStringLiteral("logbook/details/%1/summary/true").arg(id))), m_token);
        QVERIFY2(thread.status == 200 && thread.body.contains(QJsonDocument::fromJson(w.body)
                                                                  .object()
                                                                  .value(QLatin1String("subject"))
                                                                  .toString()
                                                                  .toUtf8()),
                 qPrintable(QStringLiteral("message %1: %2").arg(id).arg(thread.status)));
    }
    if (w.kind == QLatin1String("absence") && answer.value(QLatin1String("result")).toBool()) {
        const qint64 id = answer.value(QLatin1String("payload"))
                              .toObject()
                              .value(QLatin1String("requestId"))
                              .toInteger();
        QCOMPARE(m_http.get(QUrl(url(QStringLiteral("request/%1").arg(id))), m_token).status, 200);
    }
    w.verified = true;
}

void ServerCrashTest::killedTenTimesDuringWrites()
{
    const quint32 seed = qEnvironmentVariableIsSet("NESTJE_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("NESTJE_CRASH_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("random seed %u (NESTJE_CRASH_SEED=%u repeats this run)", seed, seed);
    QRandomGenerator random(seed);
    int answered = 0;
    int unanswered = 0;
    for (int round = 0; round < 10; ++round) {
        runLoadUntilKilled(150 + int(random.bounded(750)));
        QCOMPARE(m_process.state(), QProcess::NotRunning);
        QCOMPARE(integrity(), QStringLiteral("ok"));
        QVERIFY(startServer());
        for (Write &w : m_writes) {
            if (w.verified)
                continue;
            if (w.status == 200) {
                verify(w);
                if (QTest::currentTestFailed())
                    return;
                ++answered;
            } else if (w.status == 0) {
                ++unanswered;
                w.verified = true; // unknown fate: a retry would settle it, not our question here
            } else {
                w.verified = true;
            }
        }
    }
    qInfo("10 kills: %d writes answered 200 and all found after restarts, %d cut off by a kill",
          answered, unanswered);
    QVERIFY(answered >= 40); // the load really ran
}

QTEST_GUILESS_MAIN(ServerCrashTest)
#include "tst_server_crash.moc"
