// SPDX-License-Identifier: GPL-3.0-or-later
// What a client can cost the server before logging in (issue 10, items 1 and 6): a declared body
// over the route's limit is refused before it is read (the process's peak memory stays flat
// while the client pushes 300 MB), a chunked body is cut off at the limit, connections that
// stall in their headers or body are answered 408 and closed, idle ones are closed, two
// Content-Length headers are a 400, and every answer says `X-Content-Type-Options: nosniff`.
#include "ProcessMemory.h"
#include "RawClient.h"

#include "server/ReferenceServer.h"
#include "server/http/Params.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace nestje::server;
using namespace nestje::server::testing;

class ServerLimitsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void declaredBodyOverTheLimitIsRefusedUnread();
    void chunkedBodyIsCutOffAtTheLimit();
    void twoContentLengthsAreA400();
    void stalledHeadersAreClosedAfterTheHeaderTimeout();
    void stalledBodyIsClosedAfterTheBodyTimeout();
    void idleConnectionIsClosed();
    void keepAliveServesSeveralRequests();
    void everyAnswerSaysNosniff();
    void nonNegativeTakesOnlyAsciiDigits();

private:
    QByteArray login() const { return "/deboomhut/auth-api/login"; }

    QTemporaryDir m_dir;
    std::unique_ptr<ReferenceServer> m_server;
    quint16 m_port = 0;
};

void ServerLimitsTest::initTestCase()
{
    ServerOptions options;
    options.dataDir = m_dir.path();
    // Short timeouts so the stalls below take a second, not a minute.
    options.limits.headerTimeoutMs = 400;
    options.limits.bodyTimeoutMs = 400;
    options.limits.idleTimeoutMs = 800;
    options.limits.lingerMs = 300;
    m_server = std::make_unique<ReferenceServer>(options);
    QString error;
    QVERIFY2(m_server->open(&error), qPrintable(error));
    SeedOptions seed;
    seed.months = 1;
    seed.scenePool = 2;
    QVERIFY2(m_server->seedDemo(seed, &error), qPrintable(error));
    m_port = m_server->listen(QHostAddress::LocalHost, 0, &error);
    QVERIFY2(m_port != 0, qPrintable(error));
}

void ServerLimitsTest::declaredBodyOverTheLimitIsRefusedUnread()
{
    constexpr qint64 declared = 300LL * 1024 * 1024;
    QVERIFY(resetPeak());
    const qint64 before = statusKb("VmRSS");
    RawClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("PUT " + login() +
                " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                "Content-Length: " +
                QByteArray::number(declared) + "\r\n\r\n");
    // Push the body as a client would, 1 MB at a time, until the server stops taking it.
    const QByteArray piece(1024 * 1024, 'x');
    qint64 pushed = 0;
    QElapsedTimer clock;
    clock.start();
    while (pushed < declared && !client.closed() && clock.elapsed() < 30000) {
        if (client.unsent() < 2 * piece.size()) {
            client.send(piece);
            pushed += piece.size();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const RawResponse answer = client.read(5000);
    QVERIFY(client.waitClosed(5000));
    const qint64 grownMb = (statusKb("VmHWM") - before) / 1024;
    qInfo("pushed %lld MB of a declared %lld MB in %lld ms; peak RSS grew %lld MB", pushed >> 20,
          declared >> 20, clock.elapsed(), grownMb);
    QCOMPARE(answer.status, 413);
    QCOMPARE(answer.header("Connection"), QByteArrayLiteral("close"));
    // Reading the body would cost 300 MB; refusing it, a few socket buffers.
    QVERIFY2(grownMb < 40, qPrintable(QStringLiteral("peak RSS grew %1 MB").arg(grownMb)));
    QVERIFY(pushed < declared);

    // The server is fine: the next client logs in.
    RawClient next;
    QVERIFY(next.connectTo(m_port));
    QCOMPARE(
        next.request("PUT", login(), R"({"username":"ouder@example.nl","password":"nestje-demo"})")
            .status,
        200);
}

void ServerLimitsTest::chunkedBodyIsCutOffAtTheLimit()
{
    RawClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("PUT " + login() +
                " HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk =
        QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, 'x') + "\r\n";
    qint64 pushed = 0;
    QElapsedTimer clock;
    clock.start();
    while (pushed < 64LL * 1024 * 1024 && !client.closed() && clock.elapsed() < 20000) {
        if (client.unsent() < 4 * chunk.size()) {
            client.send(chunk);
            pushed += chunk.size();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const RawResponse answer = client.read(5000);
    QCOMPARE(answer.status, 413);
    QVERIFY(client.waitClosed(5000));
    qInfo("chunked: pushed %lld MB before the server closed", pushed >> 20);
    QVERIFY(pushed < 32LL * 1024 * 1024);

    // Under the limit, chunked is fine.
    RawClient small;
    QVERIFY(small.connectTo(m_port));
    const QByteArray json = R"({"username":"ouder@example.nl","password":"nestje-demo"})";
    small.send("PUT " + login() +
               " HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n" +
               QByteArray::number(10, 16) + "\r\n" + json.left(10) + "\r\n" +
               QByteArray::number(json.size() - 10, 16) + "\r\n" + json.mid(10) + "\r\n0\r\n\r\n");
    QCOMPARE(small.read().status, 200);
}

void ServerLimitsTest::twoContentLengthsAreA400()
{
    // A body the login would accept: only the framing may make these a 400.
    const QByteArray body = R"({"username":"ouder@example.nl","password":"nestje-demo"})";
    const QByteArray n = QByteArray::number(body.size());
    const QList<QByteArray> framings = {
        "Content-Length: " + n + "\r\nContent-Length: " + n + "\r\n",
        "Content-Length: " + n + ", " + n + "\r\n",
        "Content-Length: +" + n + "\r\n",
        "Content-Length: " + n + "\r\nTransfer-Encoding: chunked\r\n",
    };
    for (const QByteArray &framing : framings) {
        RawClient client;
        QVERIFY(client.connectTo(m_port));
        client.send("PUT " + login() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + framing + "\r\n" +
                    body);
        const RawResponse answer = client.read();
        QVERIFY2(answer.status == 400, framing.constData());
        QCOMPARE(answer.header("Connection"), QByteArrayLiteral("close"));
        QVERIFY2(client.waitClosed(3000), framing.constData());
    }
}

void ServerLimitsTest::stalledHeadersAreClosedAfterTheHeaderTimeout()
{
    // One header line and then nothing; and a client dripping a byte every 100 ms, which must
    // not buy it more time (the header timeout is a deadline, not an idle timer).
    for (const bool drip : {false, true}) {
        RawClient client;
        QVERIFY(client.connectTo(m_port));
        QElapsedTimer clock;
        clock.start();
        client.send("GET /deboomhut/auth-api/customerdomainname HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        while (drip && !client.closed() && clock.elapsed() < 5000) {
            client.send("X");
            spinUntil([&] { return client.closed(); }, 100);
        }
        const RawResponse answer = client.read(5000);
        QVERIFY(client.waitClosed(5000));
        const qint64 ms = clock.elapsed();
        QCOMPARE(answer.status, 408);
        QVERIFY2(ms >= 350 && ms < 3000, qPrintable(QString::number(ms)));
    }
}

void ServerLimitsTest::stalledBodyIsClosedAfterTheBodyTimeout()
{
    RawClient client;
    QVERIFY(client.connectTo(m_port));
    QElapsedTimer clock;
    clock.start();
    client.send("PUT " + login() +
                " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{\"user");
    const RawResponse answer = client.read(5000);
    QVERIFY(client.waitClosed(5000));
    QCOMPARE(answer.status, 408);
    QVERIFY2(clock.elapsed() >= 350 && clock.elapsed() < 3000,
             qPrintable(QString::number(clock.elapsed())));
}

void ServerLimitsTest::idleConnectionIsClosed()
{
    RawClient client;
    QVERIFY(client.connectTo(m_port));
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(client.request("GET", "/deboomhut/auth-api/customerdomainname").status, 200);
    QVERIFY(client.waitClosed(5000));
    QVERIFY2(clock.elapsed() >= 700 && clock.elapsed() < 4000,
             qPrintable(QString::number(clock.elapsed())));
}

void ServerLimitsTest::keepAliveServesSeveralRequests()
{
    RawClient client;
    QVERIFY(client.connectTo(m_port));
    // Two requests in one write (pipelined): answered in order on the same connection.
    client.send("GET /deboomhut/auth-api/customerdomainname HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                "PUT " +
                login() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}");
    const RawResponse first = client.read();
    const RawResponse second = client.read();
    QCOMPARE(first.status, 200);
    QVERIFY(first.body.contains("deboomhut"));
    QCOMPARE(second.status, 400);
    QVERIFY(!client.closed());
    QCOMPARE(client.request("GET", "/").status, 200);
}

void ServerLimitsTest::everyAnswerSaysNosniff()
{
    RawClient client;
    QVERIFY(client.connectTo(m_port));
    const QList<QPair<QByteArray, int>> requests = {
        {"/", 200},
        {"/deboomhut/nothing-here", 404},
        {"/deboomhut/restservices-parent/children/", 401},
    };
    for (const auto &r : requests) {
        const RawResponse answer = client.request("GET", r.first);
        QCOMPARE(answer.status, r.second);
        QCOMPARE(answer.header("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    }
    RawClient refused;
    QVERIFY(refused.connectTo(m_port));
    refused.send("PUT " + login() +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 99999999\r\n\r\n");
    const RawResponse tooLarge = refused.read();
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(tooLarge.header("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
}

void ServerLimitsTest::nonNegativeTakesOnlyAsciiDigits()
{
    QCOMPARE(params::nonNegative(QStringLiteral("0")), 0);
    QCOMPARE(params::nonNegative(QStringLiteral("1234")), 1234);
    // Arabic-Indic and full-width digits are digits to QChar::isDigit(), and 0 to toLongLong().
    QCOMPARE(params::nonNegative(QString::fromUtf8("\u0661\u0662")), -1);
    QCOMPARE(params::nonNegative(QString::fromUtf8("\uFF11")), -1);
    QCOMPARE(params::nonNegative(QStringLiteral("-1")), -1);
    QCOMPARE(params::nonNegative(QStringLiteral("12a")), -1);
}

QTEST_GUILESS_MAIN(ServerLimitsTest)
#include "tst_server_limits.moc"
