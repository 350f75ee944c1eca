// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/Accounts.h"
#include "net/ApiClient.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

Q_DECLARE_METATYPE(nestje::LoginError)
Q_DECLARE_METATYPE(nestje::LoginSession)

// A self-hosted portal over HTTPS with a certificate the system does not know: refused with a
// clear reason, and accepted once the parent adds the portal's CA. Verification stays on.
class TestTls : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<server::ReferenceServer> m_server;
    QUrl m_portal;
    QByteArray m_caPem;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<LoginError>();
        qRegisterMetaType<LoginSession>();
        QStandardPaths::setTestModeEnabled(true);
        const QString cert = m_dir.filePath(QStringLiteral("portal.pem"));
        const QString key = m_dir.filePath(QStringLiteral("portal.key"));
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, "openssl (installed by ./dev setup)");
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        m_caPem = pem.readAll();

        m_server = std::make_unique<server::ReferenceServer>(
            server::ServerOptions{m_dir.filePath(QStringLiteral("server")), {}, cert, key});
        QString error;
        QVERIFY2(m_server->open(&error) && m_server->seedDemo(1, &error), qPrintable(error));
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_portal = m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug));
        QCOMPARE(m_portal.scheme(), QStringLiteral("https"));
    }

    void unknownCertificateIsRefused()
    {
        LoginClient client(&m_network);
        QSignalSpy failed(&client, &LoginClient::failed);
        client.login(m_portal, QString::fromLatin1(server::demo::username), QString::fromLatin1(server::demo::password));
        QVERIFY(failed.wait(20000));
        const auto error = failed.first().first().value<LoginError>();
        QCOMPARE(error.kind, LoginError::Kind::TlsUntrusted);
        QVERIFY(error.text().contains(QLatin1String("certificate")));
    }

    void addedCaIsTrustedForLoginAndData()
    {
        Accounts accounts(&m_network);
        QSignalSpy added(&accounts, &Accounts::added);
        accounts.add(m_portal, QString::fromLatin1(server::demo::username), QString::fromLatin1(server::demo::password),
                     false, m_caPem);
        QVERIFY(added.wait(20000));
        AccountSession *session = accounts.active();
        QVERIFY(session);
        QCOMPARE(session->info().extraCaPem, m_caPem);
        if (session->sync()->isRunning() || !session->sync()->hasCompletedFullSync()) {
            QSignalSpy finished(session->sync(), &SyncEngine::finished);
            QVERIFY(finished.wait(60000));
            QVERIFY2(finished.first().first().toBool(), qPrintable(session->sync()->lastError()));
        }
        QCOMPARE(session->database()->scalar(QStringLiteral("SELECT COUNT(*) FROM children")), 2);
        // The CA is remembered with the account (it is public), so a restart trusts it too.
        Accounts restored(&m_network);
        QCOMPARE(restored.list().size(), 1);
        QCOMPARE(restored.list().first().extraCaPem, m_caPem);
        accounts.logoutAll();
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
