// SPDX-License-Identifier: GPL-3.0-or-later
// Malformed input: 400 with an envelope and a messageCode, 413 for big bodies, 404 JSON for
// unknown routes, and the server keeps answering whatever it is sent.
#include "ServerFixture.h"

#include "server/storage/Database.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUuid>
#include <QtTest>

#include <functional>
#include <tuple>

using namespace nestje::server::testing;

class ServerRobustnessTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void malformedLoginBodiesAre400_data();
    void malformedLoginBodiesAre400();
    void malformedPathAndQueryValuesAre400_data();
    void malformedPathAndQueryValuesAre400();
    void bodyOverTheLimitIs413AndTheServerGoesOn();
    void unknownRoutesIdsAndMethodsAreEnvelopeErrors();
    void garbageOnTheSocketLeavesTheServerAnswering();
    void failedTransactionLeavesNothingBehind();
    void writeRoutesAnswerHostileBodiesAsDocumented_data();
    void writeRoutesAnswerHostileBodiesAsDocumented();

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

void ServerRobustnessTest::malformedLoginBodiesAre400_data()
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

void ServerRobustnessTest::malformedLoginBodiesAre400()
{
    QFETCH(QByteArray, body);
    expectError(m_server.put(QUrl(m_server.portal().toString() + QStringLiteral("/auth-api/login")), body), 400);
}

void ServerRobustnessTest::malformedPathAndQueryValuesAre400_data()
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

void ServerRobustnessTest::malformedPathAndQueryValuesAre400()
{
    QFETCH(QString, path);
    expectError(m_server.parentGet(path, m_token), 400);
}

void ServerRobustnessTest::bodyOverTheLimitIs413AndTheServerGoesOn()
{
    const QByteArray big = "{\"username\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
    expectError(m_server.put(QUrl(m_server.portal().toString() + QStringLiteral("/auth-api/login")), big), 413);
    QVERIFY(!m_server.token().isEmpty()); // still serving
}

void ServerRobustnessTest::unknownRoutesIdsAndMethodsAreEnvelopeErrors()
{
    const QString base = m_server.portal().toString();
    expectError(m_server.get(QUrl(base + QStringLiteral("/restservices-parent/nope")), m_token), 404);
    expectError(m_server.get(QUrl(m_server.portal(QStringLiteral("no-such-org")).toString() + QStringLiteral("/auth-api/captcha"))), 404);
    expectError(m_server.get(QUrl(base + QStringLiteral("/auth-api/login"))), 405);
    expectError(m_server.parentGet(QStringLiteral("logbook/details/999999/summary/true"), m_token), 404);
    expectError(m_server.parentGet(QStringLiteral("newsletter/generated/999999"), m_token), 404);
    expectError(m_server.get(QUrl(base + QStringLiteral("/media/nothing.jpeg"))), 403);
}

void ServerRobustnessTest::garbageOnTheSocketLeavesTheServerAnswering()
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

void ServerRobustnessTest::failedTransactionLeavesNothingBehind()
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

// Every parent write route, fed malformed and hostile bodies: each answer is the documented one
// for that route and body (docs/api.md "Rules every write follows"), never a 500 or a crash, and
// the server keeps answering. The order of the checks is part of the contract: an id that is
// not the caller's is a 404 before the body is looked at (no hint that it exists), a body that
// is not a JSON object is a 400, a refusal is a 200 with result:false.
namespace {

const QList<QByteArray> &hostileBodies()
{
    static const QList<QByteArray> bodies{
        QByteArray(),
        QByteArray("null"),
        QByteArray("[]"),
        QByteArray("\"text\""),
        QByteArray("{"),
        QByteArray("{\"a\":"),
        QByteArray("{}"),
        QByteArray(R"({"bookings":[null,1,"x",{"childId":[],"date":{}}]})"),
        QByteArray(
            R"({"bookings":[{"childId":"x","date":"99999999","payment":{"type":"credit","creditId":"1e999"}}]})"),
        QByteArray(R"({"from":"20250230","optionIds":[1,2],"reason":{}})"),
        QByteArray(R"({"giveUp":"x","take":{},"date":-1})"),
        QByteArray(
            R"({"items":[{"item":"news","push":"yes"}],"changes":[],"granted":null,"liked":7})"),
        QByteArray(
            R"({"childId":"","subject":"\u0000","message":"\ud800","photoIds":[{},[]],"groupId":1e308})"),
        QByteArray(R"({"oldPassword":null,"newPassword":[],"journalContent":{}})"),
        QByteArray("\x00\xff\xfe{", 4),
        QByteArray(5000, '['),
    };
    return bodies;
}

// Bodies 0 (empty), 6 ({}) and 7-13 are JSON objects or nothing; 1-5, 14 and 15 are not objects.
bool isObjectOrEmpty(int body)
{
    return body == 0 || (body >= 6 && body <= 13);
}

const QString badRequest = QStringLiteral("web.general.message.bad_request");
const QString notFound = QStringLiteral("web.general.message.not_found");

} // namespace

void ServerRobustnessTest::writeRoutesAnswerHostileBodiesAsDocumented_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("result");
    QTest::addColumn<QString>("code"); // messageCode; empty for a success

    struct Route
    {
        QString path;
        std::function<std::tuple<int, bool, QString>(int body)> expected;
    };
    auto always = [](int status, const QString &code) {
        return [status, code](int) { return std::make_tuple(status, false, code); };
    };
    const QList<Route> routes{
        // Bodies that are not a JSON object, required fields missing or of the wrong type: 400.
        {QStringLiteral("logbook/new"), always(400, badRequest)},
        {QStringLiteral("request/extraday"), always(400, badRequest)},
        {QStringLiteral("absence"), always(400, badRequest)},
        {QStringLiteral("swap"), always(400, badRequest)},
        {QStringLiteral("notification/settings"), always(400, badRequest)},
        {QStringLiteral("parent/changerequest"), always(400, badRequest)},
        {QStringLiteral("parent/password"), always(400, badRequest)},
        {QStringLiteral("photo/x/like"),
         always(400, badRequest)}, // `liked` is never a boolean here
        // Ids that are not the caller's: 404 whatever the body.
        {QStringLiteral("logbook/details/1/reply"), always(404, notFound)},
        {QStringLiteral("logbook/details/1/read"), always(404, notFound)},
        {QStringLiteral("htmlnews/1/read"), always(404, notFound)},
        {QStringLiteral("newsletter/1/read"), always(404, notFound)},
        {QStringLiteral("permissions/x/1"), always(404, notFound)},
        {QStringLiteral("journal/x/20250101"), always(404, notFound)},
        // The upload route takes raw image or video bytes; these arrive as application/json.
        {QStringLiteral("media/upload"),
         always(415, QStringLiteral("nestje.media.unsupported_type"))},
        // Request 1 is the family's own, already decided (checked in the test): the body is
        // optional ({childId?}), so every object or no body reaches the cancel rules.
        {QStringLiteral("request/1/cancel"),
         [](int body) {
             return isObjectOrEmpty(body)
                        ? std::make_tuple(200, false,
                                          QStringLiteral("nestje.request.cancel_not_allowed"))
                        : std::make_tuple(400, false, badRequest);
         }},
        // X38 {subject, message, childId?}: objects without a subject are refused; body 12 has
        // all three as strings (childId "" is no child, the other fields are ignored) and asks
        // its question.
        {QStringLiteral("question"),
         [](int body) {
             if (!isObjectOrEmpty(body) || body == 0)
                 return std::make_tuple(400, false, badRequest);
             if (body == 12)
                 return std::make_tuple(200, true, QString());
             return std::make_tuple(200, false, QStringLiteral("nestje.message.subject_required"));
         }},
    };
    const QList<QByteArray> &bodies = hostileBodies();
    for (const Route &route : routes)
        for (int i = 0; i < bodies.size(); ++i) {
            const auto [status, result, code] = route.expected(i);
            QTest::addRow("%s body %d", qPrintable(route.path), i)
                << route.path << bodies.at(i) << status << result << code;
        }
}

void ServerRobustnessTest::writeRoutesAnswerHostileBodiesAsDocumented()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(bool, result);
    QFETCH(QString, code);
    if (path.startsWith(QLatin1String("request/1/"))) {
        // The precondition of that row: request 1 is ours and can no longer be cancelled.
        const QJsonObject request = m_server.parentGet(QStringLiteral("request/1"), m_token)
                                        .object()
                                        .value(QLatin1String("payload"))
                                        .toObject();
        QCOMPARE(request.value(QLatin1String("requestId")).toInteger(), 1);
        QCOMPARE(request.value(QLatin1String("children"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("cancellable"))
                     .toBool(true),
                 false);
    }
    // A fresh key per row: every attempt runs the write, none is a replay.
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const Response r = m_server.parentPut(path, m_token, body, key);
    const QJsonObject o = r.object();
    const QString gotCode = o.value(QLatin1String("messages"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QLatin1String("messageCode"))
                                .toString();
    QVERIFY2(r.status == status && gotCode == code,
             qPrintable(QStringLiteral("got %1 %2: %3")
                            .arg(r.status)
                            .arg(gotCode, QString::fromUtf8(r.body.left(200)))));
    QCOMPARE(o.value(QLatin1String("result")).toBool(!result), result);
    QVERIFY(o.contains(QLatin1String("payload"))); // always the envelope
    QCOMPARE(m_server.parentGet(QStringLiteral("children/"), m_token).status, 200);
}

QTEST_GUILESS_MAIN(ServerRobustnessTest)
#include "tst_server_robustness.moc"
