// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/LoginClient.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

Q_DECLARE_METATYPE(nestje::LoginSession)
Q_DECLARE_METATYPE(nestje::LoginError)

// The login flow against real HTTP servers on loopback: the reference server, a web server
// that is not a portal, a broken server, and a port where nothing listens.
class TestLoginClient : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;
    QTemporaryDir m_dataDir;
    std::unique_ptr<server::ReferenceServer> m_portal;
    QHttpServer m_otherServer;
    quint16 m_otherPort = 0;

    LoginError expectFailure(const QUrl &portal, const QString &user, const QString &password)
    {
        LoginClient client(&m_network);
        QSignalSpy failed(&client, &LoginClient::failed);
        QSignalSpy succeeded(&client, &LoginClient::succeeded);
        client.login(portal, user, password);
        if (!failed.wait(LoginClient::timeoutMs + 5000))
            return {};
        if (!succeeded.isEmpty())
            return {};
        return failed.first().first().value<LoginError>();
    }
    QUrl other(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_otherPort).arg(path));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<LoginSession>();
        qRegisterMetaType<LoginError>();
        m_portal = std::make_unique<server::ReferenceServer>(
            server::ServerOptions{m_dataDir.path(), {}, {}, {}});
        QString error;
        QVERIFY2(m_portal->open(&error), qPrintable(error));
        QVERIFY2(m_portal->seedDemo(1, &error), qPrintable(error));
        QVERIFY2(m_portal->listen(QHostAddress::LocalHost, 0, &error) != 0, qPrintable(error));

        // A web server that is not a Konnect portal, and one that is broken.
        m_otherServer.route(QStringLiteral("/website/<arg>"), [](const QUrl &) {
            return QHttpServerResponse("text/html", "<html><body>Welkom</body></html>");
        });
        m_otherServer.route(QStringLiteral("/broken/<arg>"), [](const QUrl &) {
            return QHttpServerResponse(QHttpServerResponder::StatusCode::InternalServerError);
        });
        // Answers in the shapes the reference records for a staff account and for an account
        // whose password must be reset first (§2.2: redirectUrl, mustResetPassword).
        m_otherServer.route(QStringLiteral("/staff/auth-api/login"), [] {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("authToken"), QStringLiteral("t")},
                                                   {QStringLiteral("redirectUrl"), QStringLiteral("/employee")},
                                                   {QStringLiteral("mustResetPassword"), false}});
        });
        m_otherServer.route(QStringLiteral("/reset/auth-api/login"), [] {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("authToken"), QStringLiteral("t")},
                                                   {QStringLiteral("redirectUrl"), QStringLiteral("/parent")},
                                                   {QStringLiteral("mustResetPassword"), true}});
        });
        m_otherPort = m_otherServer.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_otherPort != 0);
    }

    void succeedsWithDemoParent()
    {
        LoginClient client(&m_network);
        QSignalSpy succeeded(&client, &LoginClient::succeeded);
        QSignalSpy failed(&client, &LoginClient::failed);
        const QUrl portal = m_portal->portalUrl(QString::fromLatin1(server::demo::daycareSlug));
        client.login(portal, QString::fromLatin1(server::demo::username),
                     QString::fromLatin1(server::demo::password));
        QVERIFY(succeeded.wait(10000));
        QVERIFY(failed.isEmpty());
        const auto session = succeeded.first().first().value<LoginSession>();
        QCOMPARE(session.username, QString::fromLatin1(server::demo::username));
        QVERIFY(!session.accessToken.isEmpty());
        QVERIFY(!session.refreshToken.isEmpty()); // we log in app-style (X-Client-Name)
        QVERIFY(session.accessTokenExpires > QDateTime::currentDateTimeUtc().addSecs(10 * 60));
        QVERIFY(session.accessTokenExpires < QDateTime::currentDateTimeUtc().addSecs(16 * 60));
    }

    void wrongPassword()
    {
        const QUrl portal = m_portal->portalUrl(QString::fromLatin1(server::demo::afterSchoolSlug));
        const LoginError error = expectFailure(portal, QString::fromLatin1(server::demo::username),
                                               QStringLiteral("not-the-password"));
        QCOMPARE(error.kind, LoginError::Kind::WrongCredentials);
        QVERIFY(error.text().contains(QLatin1String("password")));
    }

    void lockedAfterRepeatedFailures()
    {
        const QUrl portal = m_portal->portalUrl(QString::fromLatin1(server::demo::daycareSlug));
        LoginError error;
        for (int attempt = 0; attempt < 6; ++attempt)
            error = expectFailure(portal, QStringLiteral("onbekend@example.nl"), QStringLiteral("x"));
        QCOMPARE(error.kind, LoginError::Kind::Locked);
        QVERIFY(error.blockedUntil > QDateTime::currentDateTimeUtc());
        QVERIFY(!error.text().isEmpty());
    }

    void unreachablePortal()
    {
        QTcpServer probe; // find a port, then free it so nothing listens there
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const LoginError error = expectFailure(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                                               QStringLiteral("a@b.nl"), QStringLiteral("x"));
        QCOMPARE(error.kind, LoginError::Kind::Unreachable);
    }

    void websiteIsNotAPortal()
    {
        const LoginError error = expectFailure(other(QStringLiteral("/website")), QStringLiteral("a@b.nl"),
                                               QStringLiteral("x"));
        QCOMPARE(error.kind, LoginError::Kind::NotAKonnectPortal);
    }

    void missingRouteIsNotAPortal()
    {
        const LoginError error = expectFailure(other(QStringLiteral("/nothing-here")),
                                               QStringLiteral("a@b.nl"), QStringLiteral("x"));
        QCOMPARE(error.kind, LoginError::Kind::NotAKonnectPortal);
    }

    void staffAccountIsNotAParent()
    {
        const LoginError error = expectFailure(other(QStringLiteral("/staff")), QStringLiteral("a@b.nl"),
                                               QStringLiteral("x"));
        QCOMPARE(error.kind, LoginError::Kind::NotAParent);
        QVERIFY(!error.text().isEmpty());
    }

    void passwordMustBeResetFirst()
    {
        const LoginError error = expectFailure(other(QStringLiteral("/reset")), QStringLiteral("a@b.nl"),
                                               QStringLiteral("x"));
        QCOMPARE(error.kind, LoginError::Kind::MustResetPassword);
    }

    void serverError()
    {
        const LoginError error = expectFailure(other(QStringLiteral("/broken")), QStringLiteral("a@b.nl"),
                                               QStringLiteral("x"));
        QCOMPARE(error.kind, LoginError::Kind::ServerError);
    }
};

QTEST_GUILESS_MAIN(TestLoginClient)
#include "tst_loginclient.moc"
