// SPDX-License-Identifier: GPL-3.0-or-later
// What a parent does around logging in, in the app as users run it (the real window, the
// reference server on loopback, the keychain of ./dev test): each login failure shown on the
// login page, a login cancelled, a second organisation added and switched to, logging out of
// all accounts with the media gone, and a start with the portal down that shows the cached
// timeline with "Offline, laatst bijgewerkt …".
#include "Application.h"
#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "features/timeline/DiaryBook.h"
#include "features/timeline/TimelineController.h"
#include "features/timeline/TimelineModel.h"
#include "net/LoginError.h"
#include "server/DemoOrganisation.h"
#include "server/Portal.h"
#include "server/ReferenceServer.h"
#include "server/staff/StaffDesk.h"
#include "text/PortalTime.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

class TestJourneys : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    // The portal's clock: the lock-out test moves it past each wait instead of sleeping.
    qint64 m_offsetMs = 0;
    std::unique_ptr<server::ReferenceServer> m_server;

    void startServer()
    {
        m_server = std::make_unique<server::ReferenceServer>(
            server::ServerOptions{m_dir.filePath(QStringLiteral("server")), {}, {}, {},
                                  [this] { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }});
        QString error;
        QVERIFY2(m_server->open(&error), qPrintable(error));
        if (!QFileInfo::exists(m_dir.filePath(QStringLiteral("server/seeded")))) {
            QVERIFY2(m_server->seedDemo(1, &error), qPrintable(error));
            QFile(m_dir.filePath(QStringLiteral("server/seeded"))).open(QIODevice::WriteOnly);
        }
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error) != 0, qPrintable(error));
    }

    QString portal(const char *slug) const { return m_server->portalUrl(QString::fromLatin1(slug)).toString(); }

    static AppOptions dutch()
    {
        AppOptions options;
        options.language = QStringLiteral("nl");
        return options;
    }

    // Whether the window shows `text` in a visible item (what the parent sees, not a property).
    static bool shows(QQuickItem *item, const QString &text)
    {
        if (!item->isVisible())
            return false;
        if (item->property("text").toString() == text)
            return true;
        const QList<QQuickItem *> children = item->childItems();
        return std::any_of(children.begin(), children.end(), [&](QQuickItem *child) { return shows(child, text); });
    }

    static QStringList childNames(AppController *controller)
    {
        QStringList names;
        for (const QVariant &child : controller->myChild()->timeline()->children())
            names << child.toMap().value(QStringLiteral("firstName")).toString();
        names.sort();
        return names;
    }

    static void logIn(AppController *controller, const QString &portal)
    {
        controller->login()->login(portal, QString::fromLatin1(server::demo::username),
                                   QString::fromLatin1(server::demo::password));
        QTRY_COMPARE_WITH_TIMEOUT(controller->screen(), AppController::MainScreen, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->session()->isSyncing() && !controller->session()->syncStatus().isEmpty(), 120000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QSettings().clear();
        startServer();
    }

    // A day passes on the portal after each test, also a failed one: wrong passwords of one test
    // (the lock-out's) are forgotten by the next.
    void cleanup() { m_offsetMs += 24 * 3600 * 1000LL; }

    void theLoginPageShowsEachFailure()
    {
        Application app(dutch());
        QVERIFY(app.start());
        AppController *controller = app.controller();
        LoginFlow *login = controller->login();

        login->login(portal(server::demo::daycareSlug), QString::fromLatin1(server::demo::username), QStringLiteral("fout-wachtwoord"));
        QTRY_VERIFY_WITH_TIMEOUT(!login->isBusy(), 60000);
        const QString wrongPassword = login->error();
        QVERIFY2(wrongPassword.contains(QLatin1String("wachtwoord"), Qt::CaseInsensitive), qPrintable(wrongPassword));
        QTRY_VERIFY(shows(app.window()->contentItem(), wrongPassword));
        QCOMPARE(controller->accountCount(), 0);

        // A portal that is not there: a different message, not "wrong password".
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        const QString goneUrl = QStringLiteral("http://127.0.0.1:%1/deboomhut").arg(gone.serverPort());
        gone.close();
        login->login(goneUrl, QString::fromLatin1(server::demo::username), QString::fromLatin1(server::demo::password));
        QTRY_VERIFY_WITH_TIMEOUT(!login->isBusy(), 60000);
        QVERIFY(!login->error().isEmpty());
        QVERIFY2(login->error() != wrongPassword, qPrintable(login->error()));
        QTRY_VERIFY(shows(app.window()->contentItem(), login->error()));

        // A portal that accepts and never answers: the parent cancels, nothing is added.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        login->login(QStringLiteral("http://127.0.0.1:%1/deboomhut").arg(silent.serverPort()),
                     QString::fromLatin1(server::demo::username), QString::fromLatin1(server::demo::password));
        QVERIFY(login->isBusy());
        QTRY_VERIFY(silent.hasPendingConnections());
        QTcpSocket *request = silent.nextPendingConnection();
        login->cancel();
        QVERIFY(!login->isBusy());
        // The request is really given up (the connection closed), not left to finish later.
        QTRY_COMPARE(request->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(controller->screen(), AppController::LoginScreen);
        QCOMPARE(controller->accountCount(), 0);
    }

    // Too many wrong passwords: the portal makes this device wait, and the login page says until
    // when, in the portal's time (this test runs with TZ=America/New_York: "(NL)" is added).
    void theLoginPageShowsUntilWhenALockedAccountMayTryAgain()
    {
        Application app(dutch());
        QVERIFY(app.start());
        AppController *controller = app.controller();
        LoginFlow *login = controller->login();
        const QString portalUrl = portal(server::demo::daycareSlug);
        QString shown;
        // Three failures are free; each one after that doubles the wait (1 s, 2 s, … 15 min).
        // The portal's clock moves on 20 minutes after each, so no wait is slept out here.
        for (int attempt = 0; attempt < 10; ++attempt) {
            login->login(portalUrl, QString::fromLatin1(server::demo::username), QStringLiteral("fout-wachtwoord"));
            QTRY_VERIFY_WITH_TIMEOUT(!login->isBusy(), 60000);
            shown = login->error();
            if (attempt < 9)
                m_offsetMs += 20 * 60 * 1000;
        }
        // The tenth failure set a wait of 2^6 s, still running on the portal's clock.
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> captcha(network.get(QNetworkRequest(QUrl(portalUrl + QStringLiteral("/auth-api/captcha")))));
        QTRY_VERIFY_WITH_TIMEOUT(captcha->isFinished(), 30000);
        const qint64 until = QJsonDocument::fromJson(captcha->readAll())
                                 .object()
                                 .value(QLatin1String("payload"))
                                 .toObject()
                                 .value(QLatin1String("blockedUntil"))
                                 .toInteger();
        QVERIFY2(until > QDateTime::currentMSecsSinceEpoch() + m_offsetMs, "the portal keeps this device waiting");
        // The eleventh, with the right password, is refused too, and says until when.
        login->login(portalUrl, QString::fromLatin1(server::demo::username), QString::fromLatin1(server::demo::password));
        QTRY_VERIFY_WITH_TIMEOUT(!login->isBusy(), 60000);
        QCOMPARE(controller->accountCount(), 0);
        shown = login->error();
        const QString portalTime = portaltime::timeOfDay(until);
        QVERIFY2(portalTime.contains(QLatin1String("(NL)")), "the device must be in another zone than the portal");
        QVERIFY2(shown.contains(portalTime), qPrintable(shown + QStringLiteral(" / ") + portalTime));
        QVERIFY2(shown.startsWith(QLatin1String("Te veel pogingen")), qPrintable(shown)); // in Dutch
        QTRY_VERIFY(shows(app.window()->contentItem(), shown));
    }

    // A portal whose certificate nobody vouches for: the app does not talk to it (the password
    // is never sent), and the login page says why. The certificate is made here, at run time.
    void theLoginPageRefusesAnUntrustedCertificate()
    {
        QTemporaryDir tls;
        const QString cert = tls.filePath(QStringLiteral("portal.pem"));
        const QString key = tls.filePath(QStringLiteral("portal.key"));
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, "openssl (installed by ./dev setup)");
        const QString serverDir = tls.filePath(QStringLiteral("server"));
        server::ReferenceServer https(server::ServerOptions{serverDir, {}, cert, key});
        QString error;
        QVERIFY2(https.open(&error) && https.seedDemo(server::SeedOptions{1, 1, 4, false}, &error), qPrintable(error));
        QVERIFY2(https.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const QUrl portalUrl = https.portalUrl(QString::fromLatin1(server::demo::daycareSlug));
        QCOMPARE(portalUrl.scheme(), QStringLiteral("https"));
        server::StaffDesk desk(serverDir);
        QVERIFY2(desk.open(&error), qPrintable(error));
        const auto logins = [&] {
            return desk.portal().db.scalar(QStringLiteral("SELECT COUNT(*) FROM auth_sessions")).toInt();
        };
        const int before = logins();

        Application app(dutch());
        QVERIFY(app.start());
        AppController *controller = app.controller();
        LoginFlow *login = controller->login();
        login->login(portalUrl.toString(), QString::fromLatin1(server::demo::username), QString::fromLatin1(server::demo::password));
        QTRY_VERIFY_WITH_TIMEOUT(!login->isBusy(), 60000);
        LoginError untrusted;
        untrusted.kind = LoginError::Kind::TlsUntrusted;
        QCOMPARE(login->error(), untrusted.text());
        QVERIFY2(login->error().contains(QLatin1String("certifica"), Qt::CaseInsensitive), qPrintable(login->error()));
        QTRY_VERIFY(shows(app.window()->contentItem(), login->error()));
        QCOMPARE(controller->screen(), AppController::LoginScreen);
        QCOMPARE(controller->accountCount(), 0);
        QCOMPARE(logins(), before); // the password never reached it
    }

    // "Dagboek downloaden": the PDF of a child's diary holds the photos of its entries, fetched
    // for the book when they were not on the device yet (poppler's pdfimages counts them).
    void theDiaryPdfHasItsPhotos()
    {
        Application app(dutch());
        QVERIFY(app.start());
        AppController *controller = app.controller();
        logIn(controller, portal(server::demo::daycareSlug));
        QString childId;
        for (const QVariant &child : controller->myChild()->timeline()->children()) {
            if (child.toMap().value(QStringLiteral("firstName")) == QLatin1String("Noor"))
                childId = child.toMap().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!childId.isEmpty());
        int photos = 0;
        for (const DiaryBook::Entry &entry :
             DiaryBook::readEntries(controller->accounts()->active()->database()->filePath(), childId, nullptr))
            photos += int(entry.photoIds.size());
        QVERIFY2(photos > 0, "the demo diary has entries with photos");

        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("Dagboek Noor.pdf"));
        QSignalSpy saved(controller->myChild()->book(), &DiaryBook::saved);
        QSignalSpy failed(controller->myChild()->book(), &DiaryBook::failed);
        controller->myChild()->book()->save(childId, QUrl::fromLocalFile(pdf));
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));

        QProcess list;
        list.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        QVERIFY2(list.waitForFinished(60000) && list.exitCode() == 0, "pdfimages (poppler-utils, installed by ./dev setup)");
        // Two header lines, then one line per image.
        const int images = int(QString::fromUtf8(list.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).size()) - 2;
        QCOMPARE(images, photos);
        controller->logoutAll();
    }

    void aSecondOrganisationIsAddedAndSwitchedTo()
    {
        Application app(dutch());
        QVERIFY(app.start());
        AppController *controller = app.controller();
        logIn(controller, portal(server::demo::daycareSlug));
        const QString daycare = controller->session()->accountId();
        QTRY_COMPARE(childNames(controller), (QStringList{QStringLiteral("Daan"), QStringLiteral("Noor")}));

        controller->addAccount();
        QCOMPARE(controller->screen(), AppController::LoginScreen);
        logIn(controller, portal(server::demo::afterSchoolSlug));
        QCOMPARE(controller->accountCount(), 2);
        QCOMPARE(controller->session()->organisation().isEmpty(), false);
        QVERIFY(controller->session()->accountId() != daycare);
        QTRY_COMPARE(childNames(controller), QStringList{QStringLiteral("Mila")});
        const QStringList mediaDirs{controller->accounts()->active()->mediaDirectory(),
                                    controller->accounts()->session(daycare)->mediaDirectory()};

        controller->switchAccount(daycare);
        QCOMPARE(controller->session()->accountId(), daycare);
        QTRY_COMPARE(childNames(controller), (QStringList{QStringLiteral("Daan"), QStringLiteral("Noor")}));

        // Photos were shown, so media are on disk; logging out of all accounts takes them.
        QDir(mediaDirs.first()).mkpath(QStringLiteral("."));
        controller->logoutAll();
        QCOMPARE(controller->screen(), AppController::LoginScreen);
        QCOMPARE(controller->accountCount(), 0);
        for (const QString &dir : mediaDirs)
            QTRY_VERIFY2(!QDir(dir).exists(), qPrintable(dir));
    }

    void withThePortalDownTheCachedTimelineShows()
    {
        QString accountId;
        {
            Application app(dutch());
            QVERIFY(app.start());
            logIn(app.controller(), portal(server::demo::daycareSlug));
            accountId = app.controller()->session()->accountId();
            QTRY_VERIFY(app.controller()->myChild()->timeline()->rowCount() > 0);
        }
        m_server.reset(); // the portal is down

        Application app(dutch());
        QVERIFY(app.start()); // restores the saved account
        AppController *controller = app.controller();
        QCOMPARE(controller->screen(), AppController::MainScreen);
        QCOMPARE(controller->session()->accountId(), accountId);
        QVERIFY(controller->myChild()->timeline()->rowCount() > 0); // at once, from the cache
        QTRY_VERIFY_WITH_TIMEOUT(controller->session()->syncStatus().startsWith(QLatin1String("Offline, laatst bijgewerkt")), 60000);
        QTRY_VERIFY(shows(app.window()->contentItem(), controller->session()->syncStatus()));

        startServer();
        controller->logoutAll();
    }

    // A keychain that forgot the session (wiped, or one that keeps nothing across a restart):
    // the parent is asked to log in again, and told it was the keychain, not their password.
    void aSessionTheKeychainForgotIsAskedForAgainSayingWhy()
    {
        QStringList keys; // the session, and the password it would log in again with silently
        {
            Application app(dutch());
            QVERIFY(app.start());
            logIn(app.controller(), portal(server::demo::daycareSlug));
            const AccountInfo info = app.controller()->session()->account()->info();
            keys << info.refreshTokenKey() << info.passwordKey();
        }
        SecretStore keychain;
        int removed = 0;
        for (const QString &key : keys)
            keychain.remove(key, [&](const SecretStore::Result &r) { removed += r.ok ? 1 : 0; });
        QTRY_COMPARE(removed, 2);

        Application app(dutch());
        QVERIFY(app.start()); // restores the saved account; its sync finds no session
        AppController *controller = app.controller();
        QTRY_COMPARE_WITH_TIMEOUT(controller->screen(), AppController::LoginScreen, 60000);
        const QString error = controller->login()->error();
        QVERIFY2(error.contains(QLatin1String("sleutelbos")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("wachtwoord")), qPrintable(error));
        QTRY_VERIFY(shows(app.window()->contentItem(), error));
        // Logged in again, the session is in the keychain: a later end of it is not blamed on it.
        logIn(controller, portal(server::demo::daycareSlug));
        QVERIFY(!controller->session()->account()->keychainHadNoSession());
        controller->logoutAll();
    }
};

QTEST_MAIN(TestJourneys)
#include "tst_journeys.moc"
