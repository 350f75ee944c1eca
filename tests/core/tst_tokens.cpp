// SPDX-License-Identifier: GPL-3.0-or-later
// Tokens against the reference server and the real keychain (gnome-keyring in ./dev's private
// D-Bus session): an expired access token is renewed with the refresh token, not the password;
// a rotated refresh token is kept before the old one is dropped; logging out ends the session
// on the portal too, and offline still clears everything here. What the server did is read
// from its own database: a password login starts a row in auth_sessions, a refresh does not.
#include "accounts/Accounts.h"
#include "net/ApiClient.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

class TestTokens : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<server::ReferenceServer> m_server;
    qint64 m_serverClockOffsetMs = 0;
    QUrl m_daycare;
    QUrl m_afterSchool;

    // Rows of the server's own tables, read straight from its SQLite file.
    qint64 serverCount(const QString &sql)
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("server"));
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    qint64 logins() { return serverCount(QStringLiteral("SELECT COUNT(*) FROM auth_sessions")); }
    qint64 liveSessions()
    {
        return serverCount(QStringLiteral("SELECT COUNT(*) FROM auth_sessions WHERE revoked = 0"));
    }
    qint64 refreshes()
    {
        return serverCount(QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE used != 0"));
    }

    static SecretStore::Result readSecret(const QString &key)
    {
        SecretStore store;
        SecretStore::Result result;
        bool done = false;
        store.read(key, [&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return result;
    }

    static QString add(Accounts &accounts, const QUrl &portal)
    {
        QSignalSpy added(&accounts, &Accounts::added);
        accounts.add(portal, QString::fromLatin1(server::demo::username),
                     QString::fromLatin1(server::demo::password));
        if (!added.wait(20000))
            return {};
        return added.first().first().toString();
    }

    static bool synced(AccountSession *session)
    {
        QSignalSpy finished(session->sync(), &SyncEngine::finished);
        if (!session->sync()->isRunning())
            session->sync()->start();
        return finished.wait(60000) &&
               session->sync()->lastErrorDetail().kind == ApiError::Kind::None;
    }

    // Waits for the sync an add starts (a logout during a sync is not what these tests are about).
    static bool settled(AccountSession *session)
    {
        if (!session->sync()->isRunning())
            return true;
        QSignalSpy finished(session->sync(), &SyncEngine::finished);
        return finished.wait(60000);
    }

    static bool children(ApiClient &api)
    {
        ApiCall call;
        call.path = QStringLiteral("/restservices-parent/children/");
        bool done = false;
        bool ok = false;
        api.send(call, nullptr, [&](const ApiResult &r) {
            ok = r.ok();
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return ok;
    }

    LoginSession login(const QUrl &portal)
    {
        LoginClient client(&m_network);
        QSignalSpy succeeded(&client, &LoginClient::succeeded);
        client.login(portal, QString::fromLatin1(server::demo::username),
                     QString::fromLatin1(server::demo::password));
        if (!succeeded.wait(20000))
            return {};
        return succeeded.first().first().value<LoginSession>();
    }

private slots:
    void initTestCase()
    {
        for (const char *variable : {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"})
            qputenv(variable, m_dir.filePath(QString::fromLatin1(variable)).toUtf8());
        qRegisterMetaType<LoginSession>();
        server::ServerOptions options{m_dir.filePath(QStringLiteral("server")), {}, {}, {}, {}};
        options.clock = [this] {
            return QDateTime::currentMSecsSinceEpoch() + m_serverClockOffsetMs;
        };
        m_server = std::make_unique<server::ReferenceServer>(options);
        QString error;
        QVERIFY2(m_server->open(&error) && m_server->seedDemo(1, &error), qPrintable(error));
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, &error));
        m_daycare = m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug));
        m_afterSchool = m_server->portalUrl(QString::fromLatin1(server::demo::afterSchoolSlug));
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("server"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("server/portal.sqlite")));
        QVERIFY(db.open());
        QVERIFY(logins() >= 0);
    }

    void expiredAccessTokenIsRenewedWithTheRefreshToken()
    {
        Accounts accounts(&m_network);
        const QString id = add(accounts, m_daycare);
        QVERIFY(!id.isEmpty());
        AccountSession *session = accounts.session(id);
        QVERIFY(synced(session));
        const QString firstToken = readSecret(session->info().refreshTokenKey()).value;
        QVERIFY(!firstToken.isEmpty());
        const qint64 loginsBefore = logins();
        const qint64 refreshesBefore = refreshes();

        // 20 minutes later on the portal: the 15-minute access token is refused (the device's
        // clock still thinks it is fine), and the next sync must get a new one.
        m_serverClockOffsetMs += 20 * 60 * 1000;
        QSignalSpy authRequired(&accounts, &Accounts::authenticationRequired);
        QVERIFY2(synced(session), qPrintable(session->sync()->lastError()));
        QVERIFY(authRequired.isEmpty());
        QCOMPARE(logins(), loginsBefore);           // the password was not used
        QCOMPARE(refreshes(), refreshesBefore + 1); // the refresh token was, once
        // And the rotated token is the one in the keychain now.
        const QString rotated = readSecret(session->info().refreshTokenKey()).value;
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != firstToken);
        const QString key = session->info().refreshTokenKey();
        accounts.logout(id);
        // Keychain jobs must end before their store goes (qtkeychain's libsecret backend calls
        // back into a deleted job otherwise).
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(key).notFound, 10000);
    }

    void rotatedRefreshTokenIsKeptBeforeTheOldIsDropped()
    {
        const LoginSession first = login(m_daycare);
        QVERIFY(!first.refreshToken.isEmpty());
        const qint64 loginsBefore = logins();

        auto api = std::make_unique<ApiClient>(&m_network, m_daycare,
                                               QString::fromLatin1(server::demo::username));
        api->setRefreshToken(first.refreshToken); // as after a restart: no access token yet
        QString kept;
        std::function<void(bool)> answer;
        api->setRefreshTokenSaver([&](const QString &token, std::function<void(bool)> saved) {
            kept = token;
            answer = std::move(saved);
        });
        ApiCall call;
        call.path = QStringLiteral("/restservices-parent/children/");
        bool done = false;
        api->send(call, nullptr, [&](const ApiResult &r) { done = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(answer, 20000);
        QVERIFY(!kept.isEmpty() && kept != first.refreshToken);
        // Until the keychain answered, the new session is not used.
        const int sent = api->requestsSent();
        QTest::qWait(300);
        QVERIFY(!done);
        QCOMPARE(api->requestsSent(), sent);
        answer(true);
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);

        // The process dies right after the write: a new start with what the keychain holds
        // keeps the session, without the password (there is none to fall back on here).
        api.reset();
        ApiClient restarted(&m_network, m_daycare, QString::fromLatin1(server::demo::username));
        restarted.setRefreshToken(kept);
        QVERIFY(children(restarted));
        QCOMPARE(logins(), loginsBefore);
    }

    void logoutEndsTheSessionOnThePortal()
    {
        Accounts accounts(&m_network);
        const QString daycare = add(accounts, m_daycare);
        const QString afterSchool = add(accounts, m_afterSchool);
        QVERIFY(!daycare.isEmpty() && !afterSchool.isEmpty());
        QVERIFY(settled(accounts.session(daycare)) && settled(accounts.session(afterSchool)));
        const AccountInfo daycareInfo = accounts.session(daycare)->info();
        QVERIFY(!readSecret(daycareInfo.refreshTokenKey()).value.isEmpty());
        const qint64 live = liveSessions();

        accounts.logout(daycare);
        QTRY_COMPARE_WITH_TIMEOUT(liveSessions(), live - 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(daycareInfo.passwordKey()).notFound, 10000);
        QVERIFY(readSecret(daycareInfo.refreshTokenKey()).notFound);

        // With an expired access token, the client refreshes once to be allowed to log out.
        const AccountInfo afterSchoolInfo = accounts.session(afterSchool)->info();
        m_serverClockOffsetMs += 20 * 60 * 1000;
        accounts.logoutAll();
        QTRY_COMPARE_WITH_TIMEOUT(liveSessions(), live - 2, 10000);
        QVERIFY(accounts.list().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(afterSchoolInfo.refreshTokenKey()).notFound, 10000);
    }

    void logoutOfflineStillClearsEverythingHere()
    {
        // A second server on the same data: the account logs in through it, then it goes away.
        auto portal = std::make_unique<server::ReferenceServer>(
            server::ServerOptions{m_dir.filePath(QStringLiteral("server")), {}, {}, {}, {}});
        QString error;
        QVERIFY2(portal->open(&error), qPrintable(error));
        QVERIFY(portal->listen(QHostAddress::LocalHost, 0, &error));
        Accounts accounts(&m_network);
        const QString id =
            add(accounts, portal->portalUrl(QString::fromLatin1(server::demo::daycareSlug)));
        QVERIFY(!id.isEmpty());
        AccountSession *session = accounts.session(id);
        const AccountInfo info = session->info();
        const QString cache = session->cacheDirectory();
        QVERIFY(synced(session));
        QVERIFY(QDir(cache).exists());
        portal.reset();

        QPointer<AccountSession> alive(session);
        accounts.logout(id);
        QVERIFY(!QDir(cache).exists()); // at once, not after the portal answered
        QVERIFY(accounts.list().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(info.passwordKey()).notFound, 10000);
        QVERIFY(readSecret(info.refreshTokenKey()).notFound);
        // The attempt to tell the portal gives up and the session goes.
        QTRY_VERIFY_WITH_TIMEOUT(!alive, 3 * ApiClient::logoutTimeoutMs);
    }
};

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
