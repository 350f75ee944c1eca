// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPortal.h"
#include "features/Features.h"
#include "features/messages/MessageStore.h"
#include "features/timeline/TimelineStore.h"
#include "net/ApiClient.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

Q_DECLARE_METATYPE(nestje::LoginSession)

// The outbox against the reference server: a server that goes away and comes back, a crash
// in the middle of sending, and refusals that must not be retried.
class TestOutbox : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<server::ReferenceServer> m_server;
    quint16 m_port = 0;
    QUrl m_portal;
    QString m_threadId;

    void startServer()
    {
        QString error;
        m_port = startDemoPortal(m_server, {m_dir.filePath(QStringLiteral("server")), {}, {}, {}},
                                 m_port, &error);
        QVERIFY2(m_port != 0, qPrintable(error));
        m_portal = m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug));
    }

    std::unique_ptr<ApiClient> client()
    {
        auto api = std::make_unique<ApiClient>(&m_network, m_portal, QString::fromLatin1(server::demo::username));
        api->setPasswordProvider([](auto answer) { answer(QString::fromLatin1(server::demo::password)); });
        return api;
    }

    ApiCall reply(const QString &text) const
    {
        ApiCall call;
        call.method = "PUT";
        call.path = QStringLiteral("/restservices-parent/logbook/details/%1/reply").arg(m_threadId);
        call.body = QJsonObject{{QStringLiteral("message"), text}};
        return call;
    }

    // How often `text` occurs in the thread, as the server has it.
    int timesOnServer(const QString &text)
    {
        std::unique_ptr<ApiClient> api = client();
        ApiCall details;
        details.path = QStringLiteral("/restservices-parent/logbook/details/%1/summary/false").arg(m_threadId);
        int count = -1;
        api->send(details, nullptr, [&](const ApiResult &r) {
            count = 0;
            for (const QJsonValue &m : r.payload.toObject().value(QLatin1String("messages")).toArray())
                count += m.toObject().value(QLatin1String("message")).toString().contains(text) ? 1 : 0;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(count >= 0, 10000); }();
        return count;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<LoginSession>();
        startServer();
        // Any thread of the demo family will do.
        std::unique_ptr<ApiClient> api = client();
        ApiCall overview;
        overview.path = QStringLiteral("/restservices-parent/logbook/overview?index=0");
        api->send(overview, nullptr, [&](const ApiResult &r) {
            m_threadId = QString::number(r.payload.toArray().first().toObject().value(QLatin1String("logMessageMessageId")).toInteger());
        });
        QTRY_VERIFY_WITH_TIMEOUT(!m_threadId.isEmpty(), 10000);
    }

    void serverAwayThenBackDeliversEachWriteOnce()
    {
        std::unique_ptr<ApiClient> api = client();
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("away.sqlite"))));
        SyncEngine sync(api.get(), &db);
        addFeatureSyncs(sync);
        QSignalSpy synced(&sync, &SyncEngine::finished);
        sync.start();
        QVERIFY(synced.wait(60000) && synced.first().first().toBool());
        const int cards = TimelineStore(db).cardCount();

        m_server.reset(); // the portal goes away mid-use
        Outbox outbox(api.get(), &db);
        const QStringList texts{QStringLiteral("Eerste bericht (offline)"), QStringLiteral("Tweede bericht (offline)"),
                                QStringLiteral("Derde bericht (offline)")};
        for (const QString &text : texts)
            QVERIFY(outbox.enqueue(QStringLiteral("reply"), reply(text)) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(outbox.item(1).attempts >= 1, 10000);
        QCOMPARE(outbox.pendingCount(), 3);
        QCOMPARE(outbox.item(1).state, Outbox::State::Waiting);
        QVERIFY(!outbox.item(1).errorText.isEmpty()); // "Geen verbinding met het portaal."
        QCOMPARE(TimelineStore(db).cardCount(), cards); // what we had is still there

        startServer(); // back on the same port
        outbox.retryWaitingNow();
        QTRY_COMPARE_WITH_TIMEOUT(outbox.pendingCount(), 0, 20000);
        for (const Outbox::Item &item : outbox.items())
            QCOMPARE(item.state, Outbox::State::Sent);
        for (const QString &text : texts)
            QCOMPARE(timesOnServer(text), 1);
    }

    void killedWhileSendingStillDeliversOnce()
    {
        const QString cache = m_dir.filePath(QStringLiteral("crash.sqlite"));
        const QStringList common{cache, m_portal.toString(), m_threadId};
        QProcess worker;
        worker.setProcessChannelMode(QProcess::ForwardedChannels);
        QSignalSpy finished(&worker, &QProcess::finished);

        worker.start(QStringLiteral(OUTBOX_WORKER), QStringList{QStringLiteral("kill")} + common);
        QVERIFY(finished.wait(30000)); // the server keeps answering while we wait
        QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
        // The server took the reply; the crashed app never learnt that.
        QCOMPARE(timesOnServer(QStringLiteral("Na de crash")), 1);

        finished.clear();
        worker.start(QStringLiteral(OUTBOX_WORKER), QStringList{QStringLiteral("resume")} + common);
        QVERIFY(finished.wait(30000));
        QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
        QCOMPARE(worker.exitCode(), 0);
        QCOMPARE(timesOnServer(QStringLiteral("Na de crash")), 1); // resent, not duplicated
    }

    void changedPasswordAsksTheUserAndLosesNothing()
    {
        // The keychain still has the old password: refresh and silent re-login both fail.
        auto api = std::make_unique<ApiClient>(&m_network, m_portal, QString::fromLatin1(server::demo::username));
        api->setPasswordProvider([](auto answer) { answer(QStringLiteral("het-oude-wachtwoord")); });
        QSignalSpy authRequired(api.get(), &ApiClient::authenticationRequired);
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("password.sqlite"))));
        Outbox outbox(api.get(), &db);
        const qint64 id = outbox.enqueue(QStringLiteral("reply"), reply(QStringLiteral("Geschreven voor het inloggen")));
        QVERIFY(authRequired.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(outbox.item(id).errorText.isEmpty(), false, 5000);
        QCOMPARE(outbox.item(id).state, Outbox::State::Waiting); // kept, not failed
        QCOMPARE(timesOnServer(QStringLiteral("Geschreven voor het inloggen")), 0);

        // The parent logs in again with the new password.
        LoginClient login(&m_network);
        QSignalSpy loggedIn(&login, &LoginClient::succeeded);
        login.login(m_portal, QString::fromLatin1(server::demo::username), QString::fromLatin1(server::demo::password));
        QVERIFY(loggedIn.wait(10000));
        api->setSession(loggedIn.first().first().value<LoginSession>());
        outbox.retryWaitingNow();
        QTRY_COMPARE_WITH_TIMEOUT(outbox.item(id).state, Outbox::State::Sent, 10000);
        QCOMPARE(timesOnServer(QStringLiteral("Geschreven voor het inloggen")), 1);
    }

    void refusalsAreNotRetried()
    {
        std::unique_ptr<ApiClient> api = client();
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("refused.sqlite"))));
        Outbox outbox(api.get(), &db);
        const qint64 empty = outbox.enqueue(QStringLiteral("reply"), reply(QString()));
        QTRY_COMPARE_WITH_TIMEOUT(outbox.item(empty).state, Outbox::State::Failed, 10000);
        const Outbox::Item failed = outbox.item(empty);
        QCOMPARE(failed.attempts, 1);
        QVERIFY(!failed.errorText.isEmpty()); // the organisation's own words
        QTest::qWait(300);
        QCOMPARE(outbox.item(empty).attempts, 1);
        // A foreign thread is a 404: failed too, with a reason, and kept until discarded.
        ApiCall foreign = reply(QStringLiteral("Hallo?"));
        foreign.path = QStringLiteral("/restservices-parent/logbook/details/999999/reply");
        const qint64 lost = outbox.enqueue(QStringLiteral("reply"), foreign);
        QTRY_COMPARE_WITH_TIMEOUT(outbox.item(lost).state, Outbox::State::Failed, 10000);
        outbox.discard(lost);
        QCOMPARE(outbox.item(lost).id, 0);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
