// SPDX-License-Identifier: GPL-3.0-or-later
// The authorisation matrix (issue 10), generated from the server's own route table: every parent
// route is called
//   - with another family's ids in its path            -> 404 (docs/api.md "Foreign ids")
//   - with a token of another organisation             -> 401
//   - without a token, and with a tampered token       -> 401
//   - with an expired token                            -> 401
// The path parameters of each route are declared below by what they are (a child id, a thread
// id, a date, ...). A parent route with parameters that has no declaration fails the test, so a
// new route cannot slip past the matrix.
#include "RequestHelpers.h"

#include "server/http/Router.h"

#include <QtTest>

using namespace nestje::server;
using namespace nestje::server::testing;

namespace {

// What a path parameter is, and so where the test takes the first family's value from.
enum class Param
{
    Child,
    Thread,
    Photo,
    Request,
    AdminId,
    AdminType,
    AdminItem,
    Date,
    DateLater,
    Offset,
    Number,
    Flag,
    OrgItem
};

struct RouteParams
{
    QList<Param> params;
    QByteArray body; // for writes: a body that passes validation, so only ownership can refuse
};

// Every parent route with {} parameters. Routes whose parameters name no family-owned thing
// (dates, offsets, organisation-wide news) still get the token rows of the matrix.
const QHash<QString, RouteParams> &declarations()
{
    static const QHash<QString, RouteParams> all{
        {QStringLiteral("/restservices-parent/child/{}/details"), {{Param::Child}, {}}},
        {QStringLiteral("/restservices-parent/permissions/{}"), {{Param::Child}, {}}},
        {QStringLiteral("/restservices-parent/permissions/{}/{}"),
         {{Param::Child, Param::Number}, R"({"granted":true})"}},
        {QStringLiteral("/restservices-parent/observations/{}"), {{Param::Child}, {}}},
        {QStringLiteral("/restservices-parent/journal/{}/{}"),
         {{Param::Child, Param::Date}, R"({"journalContent":"Goed geslapen"})"}},
        {QStringLiteral("/restservices-parent/photo/{}/like"),
         {{Param::Photo}, R"({"liked":true})"}},
        {QStringLiteral("/restservices-parent/credits/{}"), {{Param::Child}, {}}},
        {QStringLiteral("/restservices-parent/logbook/details/{}/summary/{}"),
         {{Param::Thread, Param::Flag}, {}}},
        {QStringLiteral("/restservices-parent/logbook/details/{}/reply"),
         {{Param::Thread}, R"({"message":"Dank je"})"}},
        {QStringLiteral("/restservices-parent/logbook/details/{}/read"), {{Param::Thread}, {}}},
        {QStringLiteral("/restservices-parent/request/{}"), {{Param::Request}, {}}},
        {QStringLiteral("/restservices-parent/request/{}/cancel"), {{Param::Request}, {}}},
        {QStringLiteral("/restservices-parent/administration/{}/{}/{}"),
         {{Param::AdminId, Param::AdminType, Param::AdminItem}, {}}},
        {QStringLiteral("/restservices-parent/administration/{}/overview/{}/{}"),
         {{Param::AdminType, Param::Date, Param::DateLater}, {}}},
        {QStringLiteral("/restservices-parent/calendar/{}/until/{}"),
         {{Param::Date, Param::DateLater}, {}}},
        {QStringLiteral("/restservices-parent/request/overview/{}/{}"),
         {{Param::Date, Param::DateLater}, {}}},
        {QStringLiteral("/restservices-parent/absence/options/{}/until/{}"),
         {{Param::Date, Param::DateLater}, {}}},
        {QStringLiteral("/restservices-parent/request/extraday/options/{}/until/{}"),
         {{Param::Date, Param::DateLater}, {}}},
        {QStringLiteral("/restservices-parent/swap/options/{}/to/{}"),
         {{Param::Date, Param::DateLater}, {}}},
        {QStringLiteral("/restservices-parent/closures/{}/until/{}"), {{Param::Date, Param::DateLater}, {}}},
        {QStringLiteral("/restservices-parent/swap/options/{}/until/{}/to/{}"),
         {{Param::Date, Param::Date, Param::DateLater}, {}}},
        {QStringLiteral("/restservices-parent/timeline/cards/v2/{}"), {{Param::Offset}, {}}},
        {QStringLiteral("/restservices-parent/newsletter/generated/{}"), {{Param::OrgItem}, {}}},
        {QStringLiteral("/restservices-parent/htmlcontent/container/{}"), {{Param::OrgItem}, {}}},
        {QStringLiteral("/restservices-parent/htmlnews/{}/read"), {{Param::OrgItem}, {}}},
        {QStringLiteral("/restservices-parent/newsletter/{}/read"), {{Param::OrgItem}, {}}},
    };
    return all;
}

bool familyOwned(Param p)
{
    return p == Param::Child || p == Param::Thread || p == Param::Photo || p == Param::Request ||
           p == Param::AdminItem;
}

QByteArray verbOf(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    default:
        return "HEAD";
    }
}

} // namespace

class ServerAuthMatrixTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyParameterIsDeclared();
    void otherFamilysIds();
    void otherOrganisationsToken();
    void missingAndTamperedToken();
    void expiredToken(); // last: it moves the server's clock

private:
    struct Call
    {
        QByteArray verb;
        QString path;
        QByteArray body;
        QString pattern;
    };
    QList<Call> parentCalls();
    Response call(const Call &c, const QByteArray &token,
                  const QString &slug = QStringLiteral("deboomhut"));

    ServerFixture m_server;
    QByteArray m_first;  // ouder@example.nl: the owner of the ids in the paths
    QByteArray m_second; // ouder2@example.nl: another family of the same organisation
    QMap<Param, QString> m_ids;
};

void ServerAuthMatrixTest::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_first = m_server.token();
    m_second = m_server.token(QStringLiteral("deboomhut"), QStringLiteral("ouder2@example.nl"));
    QVERIFY(!m_first.isEmpty() && !m_second.isEmpty());

    // The first family's ids, read through its own routes.
    const QJsonArray children = m_server.parentGet(QStringLiteral("children/"), m_first)
                                    .object()
                                    .value(QLatin1String("payload"))
                                    .toObject()
                                    .value(QLatin1String("activeChildren"))
                                    .toArray();
    QVERIFY(!children.isEmpty());
    m_ids[Param::Child] = children.first().toObject().value(QLatin1String("id")).toString();
    const QJsonArray threads =
        m_server.parentGet(QStringLiteral("logbook/overview"), m_first).json().array();
    QVERIFY(!threads.isEmpty());
    m_ids[Param::Thread] = QString::number(
        threads.first().toObject().value(QLatin1String("logMessageMessageId")).toInteger());
    for (const QJsonValue &card :
         m_server.parentGet(QStringLiteral("timeline/cards/v2/0"), m_first).json().array())
        for (const QJsonValue &p : card.toObject().value(QLatin1String("photos")).toArray())
            if (!m_ids.contains(Param::Photo))
                m_ids[Param::Photo] = p.toObject().value(QLatin1String("id")).toString();
    QVERIFY(m_ids.contains(Param::Photo));
    const QDate today = QDate::currentDate();
    m_ids[Param::Date] = today.addDays(-30).toString(QStringLiteral("yyyyMMdd"));
    m_ids[Param::DateLater] = today.addDays(30).toString(QStringLiteral("yyyyMMdd"));
    const Response requests =
        m_server.parentGet(QStringLiteral("request/overview/%1/%2")
                               .arg(today.addDays(-120).toString(QStringLiteral("yyyyMMdd")),
                                    today.addDays(120).toString(QStringLiteral("yyyyMMdd"))),
                           m_first);
    const QJsonArray requestList = requests.object().value(QLatin1String("payload")).toArray();
    QVERIFY2(!requestList.isEmpty(), requests.body.left(300).constData());
    m_ids[Param::Request] = QString::number(
        requestList.first().toObject().value(QLatin1String("requestId")).toInteger());
    const Response invoices =
        m_server.parentGet(QStringLiteral("administration/invoice/overview/%1/%2")
                               .arg(today.year() * 10000 - 10000 + 101)
                               .arg(today.year() * 10000 + 1231),
                           m_first);
    const QJsonArray items = invoices.object().value(QLatin1String("payload")).toArray();
    QVERIFY(!items.isEmpty());
    m_ids[Param::AdminId] = items.first().toObject().value(QLatin1String("adminId")).toString();
    m_ids[Param::AdminType] = QStringLiteral("invoice");
    m_ids[Param::AdminItem] = items.first().toObject().value(QLatin1String("itemId")).toString();
    m_ids[Param::Offset] = QStringLiteral("0");
    m_ids[Param::Number] = QStringLiteral("1");
    m_ids[Param::Flag] = QStringLiteral("true");
    m_ids[Param::OrgItem] = QStringLiteral("1");
}

QList<ServerAuthMatrixTest::Call> ServerAuthMatrixTest::parentCalls()
{
    QList<Call> calls;
    for (const Router::Rule &rule : m_server.server().router().rules()) {
        if (rule.access != Access::Parent)
            continue;
        const QString pattern = QLatin1Char('/') + rule.segments.join(QLatin1Char('/'));
        const RouteParams declared = declarations().value(pattern);
        QString path;
        int next = 0;
        for (const QString &segment : rule.segments)
            path += QLatin1Char('/') + (segment == QLatin1String("{}")
                                            ? m_ids.value(declared.params.value(next++))
                                            : segment);
        QByteArray body = declared.body;
        if (body.isEmpty() && rule.method == QHttpServerRequest::Method::Put)
            body = "{}";
        calls.append({verbOf(rule.method), path, body, pattern});
    }
    return calls;
}

Response ServerAuthMatrixTest::call(const Call &c, const QByteArray &token, const QString &slug)
{
    QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    if (!token.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token});
    if (!c.body.isEmpty())
        headers.append(
            {QByteArrayLiteral("Content-Type"), c.path.endsWith(QLatin1String("/upload"))
                                                    ? QByteArrayLiteral("image/png")
                                                    : QByteArrayLiteral("application/json")});
    return m_server.request(c.verb, QUrl(m_server.portal(slug).toString() + c.path), c.body,
                            headers);
}

void ServerAuthMatrixTest::everyParameterIsDeclared()
{
    int parentRoutes = 0;
    for (const Router::Rule &rule : m_server.server().router().rules()) {
        if (rule.access != Access::Parent)
            continue;
        ++parentRoutes;
        const qsizetype placeholders = rule.segments.count(QStringLiteral("{}"));
        const QString pattern = QLatin1Char('/') + rule.segments.join(QLatin1Char('/'));
        if (placeholders == 0)
            continue;
        QVERIFY2(declarations().contains(pattern),
                 qPrintable(QStringLiteral("undeclared parameters: ") + pattern));
        QCOMPARE(declarations().value(pattern).params.size(), placeholders);
    }
    QVERIFY2(parentRoutes >= 40,
             qPrintable(QString::number(parentRoutes))); // the table is really the server's
}

void ServerAuthMatrixTest::otherFamilysIds()
{
    int checked = 0;
    for (const Call &c : parentCalls()) {
        const QList<Param> params = declarations().value(c.pattern).params;
        if (std::none_of(params.begin(), params.end(), familyOwned))
            continue;
        const Response foreign = call(c, m_second);
        QVERIFY2(foreign.status == 404,
                 qPrintable(QStringLiteral("%1 %2 with another family's ids: %3 %4")
                                .arg(QString::fromLatin1(c.verb), c.path)
                                .arg(foreign.status)
                                .arg(QString::fromUtf8(foreign.body.left(200)))));
        QCOMPARE(codeOf(foreign), QStringLiteral("web.general.message.not_found"));
        // The same path is the owner's: a read answers (so the 404 was about ownership).
        if (c.verb == "GET") {
            const Response own = call(c, m_first);
            QVERIFY2(own.status == 200,
                     qPrintable(QStringLiteral("%1 as its owner: %2").arg(c.path).arg(own.status)));
        }
        ++checked;
    }
    qInfo("%d routes called with another family's ids", checked);
    QVERIFY(checked >= 12);
}

void ServerAuthMatrixTest::otherOrganisationsToken()
{
    // The same parent at the BSO: a valid token, of another organisation.
    const QByteArray bso = m_server.token(QStringLiteral("klimop"));
    QVERIFY(!bso.isEmpty());
    for (const Call &c : parentCalls()) {
        const Response r = call(c, bso);
        QVERIFY2(r.status == 401,
                 qPrintable(QStringLiteral("%1 %2 with another organisation's token: %3")
                                .arg(QString::fromLatin1(c.verb), c.path)
                                .arg(r.status)));
    }
}

void ServerAuthMatrixTest::missingAndTamperedToken()
{
    QByteArray tampered = m_first;
    tampered[tampered.size() - 3] = tampered.at(tampered.size() - 3) == 'A' ? 'B' : 'A';
    for (const Call &c : parentCalls()) {
        for (const QByteArray &token : {QByteArray(), tampered, QByteArrayLiteral("not-a-token")}) {
            const Response r = call(c, token);
            QVERIFY2(r.status == 401, qPrintable(QStringLiteral("%1 %2 with token '%3': %4")
                                                     .arg(QString::fromLatin1(c.verb), c.path,
                                                          QString::fromLatin1(token.left(12)))
                                                     .arg(r.status)));
        }
    }
}

void ServerAuthMatrixTest::expiredToken()
{
    const QByteArray token = m_server.token();
    QCOMPARE(m_server.parentGet(QStringLiteral("parent"), token).status, 200);
    m_server.advance(16 * 60 * 1000); // past the 15-minute access token lifetime
    for (const Call &c : parentCalls()) {
        const Response r = call(c, token);
        QVERIFY2(r.status == 401, qPrintable(QStringLiteral("%1 %2 with an expired token: %3")
                                                 .arg(QString::fromLatin1(c.verb), c.path)
                                                 .arg(r.status)));
    }
}

QTEST_GUILESS_MAIN(ServerAuthMatrixTest)
#include "tst_server_authmatrix.moc"
