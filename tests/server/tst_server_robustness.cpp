// Malformed input: 400 with an envelope and a messageCode, 413 for big bodies, 404 JSON for
// unknown routes, and the server keeps answering whatever it is sent.
#include "ServerFixture.h"

#include "server/storage/Database.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QtTest>

using namespace nestje::server::testing;

class ServerRobustnessTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void malformedLoginBodies_data();
    void malformedLoginBodies();
    void malformedParameters_data();
    void malformedParameters();
    void bodyLimit();
    void unknownRoutes();
    void garbageOnTheSocket();
    void transactionsRollBack();
    void writeRoutesSurviveGarbage();

private:
    void expectError(const Response &r, int status);
    ServerFixture m_server;
    QByteArray m_token;
};

void ServerRobustnessTest::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_token = m_server.token();
}

void ServerRobustnessTest::expectError(const Response &r, int status)
{
    QCOMPARE(r.status, status);
    const QJsonObject o = r.object();
    QCOMPARE(o.value(QLatin1String("result")).toBool(true), false);
    QVERIFY(!o.value(QLatin1String("messages")).toArray().first().toObject().value(QLatin1String("messageCode")).toString().isEmpty());
}

void ServerRobustnessTest::malformedLoginBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("username=a&password=b");
    QTest::newRow("truncated") << QByteArray(R"({"username":"ouder@example.nl","pass)");
    QTest::newRow("array") << QByteArray(R"(["ouder@example.nl","nestje-demo"])");
    QTest::newRow("number username") << QByteArray(R"({"username":42,"password":"nestje-demo"})");
    QTest::newRow("object password") << QByteArray(R"({"username":"ouder@example.nl","password":{"x":1}})");
    QTest::newRow("missing password") << QByteArray(R"({"username":"ouder@example.nl"})");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
}

void ServerRobustnessTest::malformedLoginBodies()
{
    QFETCH(QByteArray, body);
    expectError(m_server.put(QUrl(m_server.portal().toString() + QStringLiteral("/auth-api/login")), body), 400);
}

void ServerRobustnessTest::malformedParameters_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("negative offset") << QStringLiteral("timeline/cards/v2/-1");
    QTest::newRow("text offset") << QStringLiteral("timeline/cards/v2/abc");
    QTest::newRow("huge offset") << QStringLiteral("timeline/cards/v2/99999999999999999999999");
    QTest::newRow("thread id") << QStringLiteral("logbook/details/x1/summary/true");
    QTest::newRow("summary flag") << QStringLiteral("logbook/details/1/summary/maybe");
    QTest::newRow("index") << QStringLiteral("logbook/overview?index=-5");
    QTest::newRow("from without to") << QStringLiteral("logbook/overview?from=20250101");
    QTest::newRow("bad date") << QStringLiteral("calendar/20251301/until/20251231");
    QTest::newRow("reversed range") << QStringLiteral("calendar/20251231/until/20250101");
    QTest::newRow("short date") << QStringLiteral("calendar/2025011/until/20250131");
    QTest::newRow("too long range") << QStringLiteral("calendar/20200101/until/20251231");
    QTest::newRow("admin type") << QStringLiteral("administration/salary/overview/20250101/20251231");
    QTest::newRow("newsletter id") << QStringLiteral("newsletter/generated/abc");
    QTest::newRow("newsletter index") << QStringLiteral("newsletter?index=x");
    QTest::newRow("container id") << QStringLiteral("htmlcontent/container/1;DROP");
}

void ServerRobustnessTest::malformedParameters()
{
    QFETCH(QString, path);
    expectError(m_server.parentGet(path, m_token), 400);
}

void ServerRobustnessTest::bodyLimit()
{
    const QByteArray big = "{\"username\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
    expectError(m_server.put(QUrl(m_server.portal().toString() + QStringLiteral("/auth-api/login")), big), 413);
    QVERIFY(!m_server.token().isEmpty()); // still serving
}

void ServerRobustnessTest::unknownRoutes()
{
    const QString base = m_server.portal().toString();
    expectError(m_server.get(QUrl(base + QStringLiteral("/restservices-parent/nope")), m_token), 404);
    expectError(m_server.get(QUrl(m_server.portal(QStringLiteral("no-such-org")).toString() + QStringLiteral("/auth-api/captcha"))), 404);
    expectError(m_server.get(QUrl(base + QStringLiteral("/auth-api/login"))), 405);
    expectError(m_server.parentGet(QStringLiteral("logbook/details/999999/summary/true"), m_token), 404);
    expectError(m_server.parentGet(QStringLiteral("newsletter/generated/999999"), m_token), 404);
    expectError(m_server.get(QUrl(base + QStringLiteral("/media/nothing.jpeg"))), 403);
}

void ServerRobustnessTest::garbageOnTheSocket()
{
    // Random bytes, a half request and a bogus method: the server survives all of them.
    QRandomGenerator rng(7);
    for (int i = 0; i < 20; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server.port());
        QVERIFY(socket.waitForConnected(2000));
        QByteArray junk(64 + rng.bounded(512), Qt::Uninitialized);
        for (char &c : junk)
            c = char(rng.bounded(256));
        if (i % 3 == 1)
            junk = "GET /deboomhut/restservices-parent/children/ HTTP/1.1\r\nHost: x\r\nContent-Length: 99\r\n\r\nabc";
        if (i % 3 == 2)
            junk = "BREW /deboomhut/auth-api/login HTTP/1.1\r\nHost: x\r\n\r\n";
        socket.write(junk);
        socket.waitForBytesWritten(1000);
        socket.waitForReadyRead(200);
        socket.abort();
    }
    QCOMPARE(m_server.parentGet(QStringLiteral("children/"), m_token).status, 200);
}

void ServerRobustnessTest::transactionsRollBack()
{
    // A change that fails halfway leaves nothing behind.
    nestje::server::Database db;
    QString error;
    QVERIFY2(db.open(m_server.dataDir() + QStringLiteral("/portal.sqlite"), &error), qPrintable(error));
    const qint64 before = db.scalar(QStringLiteral("SELECT COUNT(*) FROM families")).toLongLong();
    const bool ok = db.transaction([&] {
        db.run(QStringLiteral("INSERT INTO families (id, org_id) VALUES (?, ?)"), {987654321, 1});
        db.run(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
        return true;
    }, &error);
    QVERIFY(!ok);
    QVERIFY(!error.isEmpty());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM families")).toLongLong(), before);
}

// Every parent write route, fed malformed and hostile bodies: an error answer in the envelope
// (400/404/405/415/422, or a refusal with result:false), never a 500, never a crash, and the
// server keeps answering.
void ServerRobustnessTest::writeRoutesSurviveGarbage()
{
    const QStringList paths{
        QStringLiteral("logbook/new"), QStringLiteral("logbook/details/1/reply"), QStringLiteral("logbook/details/1/read"),
        QStringLiteral("htmlnews/1/read"), QStringLiteral("newsletter/1/read"), QStringLiteral("media/upload"),
        QStringLiteral("request/extraday"), QStringLiteral("absence"), QStringLiteral("swap"), QStringLiteral("request/1/cancel"),
        QStringLiteral("permissions/x/1"), QStringLiteral("journal/x/20250101"), QStringLiteral("photo/x/like"),
        QStringLiteral("notification/settings"), QStringLiteral("parent/changerequest"), QStringLiteral("parent/password"),
        QStringLiteral("question"),
    };
    const QList<QByteArray> bodies{
        QByteArray(), QByteArray("null"), QByteArray("[]"), QByteArray("\"text\""), QByteArray("{"), QByteArray("{\"a\":"),
        QByteArray("{}"), QByteArray(R"({"bookings":[null,1,"x",{"childId":[],"date":{}}]})"),
        QByteArray(R"({"bookings":[{"childId":"x","date":"99999999","payment":{"type":"credit","creditId":"1e999"}}]})"),
        QByteArray(R"({"from":"20250230","optionIds":[1,2],"reason":{}})"), QByteArray(R"({"giveUp":"x","take":{},"date":-1})"),
        QByteArray(R"({"items":[{"item":"news","push":"yes"}],"changes":[],"granted":null,"liked":7})"),
        QByteArray(R"({"childId":"","subject":"\u0000","message":"\ud800","photoIds":[{},[]],"groupId":1e308})"),
        QByteArray(R"({"oldPassword":null,"newPassword":[],"journalContent":{}})"), QByteArray("\x00\xff\xfe{", 4),
        QByteArray(5000, '['),
    };
    for (const QString &path : paths) {
        for (const QByteArray &body : bodies) {
            const Response r = m_server.parentPut(path, m_token, body, QByteArrayLiteral("fuzz-") + QByteArray::number(qHash(path + QString::fromLatin1(body.toHex()))));
            QVERIFY2(r.status != 500 && r.status != 0, qPrintable(path + QLatin1Char(' ') + QString::fromLatin1(body.left(60))));
            if (r.status != 200 || r.object().value(QLatin1String("result")).toBool() == false)
                QCOMPARE(r.object().value(QLatin1String("result")).toBool(true), false);
        }
    }
    QCOMPARE(m_server.parentGet(QStringLiteral("children/"), m_token).status, 200);
}

QTEST_GUILESS_MAIN(ServerRobustnessTest)
#include "tst_server_robustness.moc"
