// SPDX-License-Identifier: GPL-3.0-or-later
// Overig against the reference server over loopback HTTP into a real SQLite cache: the parser
// survives whatever arrives, a sync fills every shown field, the writes (a permission switched
// while the portal is away, a change request processed by staff, the password) reach the portal
// and come back into the store, a credit used by a request names that request, expiring credit
// is announced once, and a document's PDF lands on the device and reads with pdftotext.
#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "features/account/AccountDetails.h"
#include "features/account/AccountNotifications.h"
#include "features/account/AccountParser.h"
#include "features/account/AccountStore.h"
#include "features/account/CreditModel.h"
#include "features/account/DocumentFiles.h"
#include "features/account/DocumentModel.h"
#include "features/account/ChildModels.h"
#include "features/account/NotificationSettingModel.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "server/staff/StaffDesk.h"
#include "shell/Session.h"
#include "text/PortalTime.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;


class TestAccount : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    SecretStore m_secrets;
    std::unique_ptr<server::ReferenceServer> m_server;
    quint16 m_port = 0;

    void startServer(bool seed)
    {
        m_server = std::make_unique<server::ReferenceServer>(
            server::ServerOptions{m_dir.filePath(QStringLiteral("server")), {}, {}, {}});
        QString error;
        QVERIFY2(m_server->open(&error), qPrintable(error));
        if (seed)
            QVERIFY2(m_server->seedDemo(1, &error), qPrintable(error));
        m_port = m_server->listen(QHostAddress::LocalHost, m_port, &error);
        QVERIFY2(m_port != 0, qPrintable(error));
    }

    std::unique_ptr<AccountSession> openAccount(const char *slug, const QString &password = QString::fromLatin1(server::demo::password))
    {
        AccountInfo info;
        info.portal = m_server->portalUrl(QString::fromLatin1(slug));
        info.username = QString::fromLatin1(server::demo::username);
        info.id = AccountInfo::idFor(info.portal, info.username);
        info.ephemeral = true;
        auto account = std::make_unique<AccountSession>(info, &m_network, &m_secrets);
        account->api()->setPasswordProvider([password](auto answer) { answer(password); });
        QString error;
        if (!account->open(&error))
            qWarning() << error;
        return account;
    }

    static bool sync(AccountSession &account, SyncEngine::Mode mode = SyncEngine::Mode::Full)
    {
        if (!QTest::qWaitFor([&] { return !account.sync()->isRunning(); }, 60000))
            return false;
        QSignalSpy finished(account.sync(), &SyncEngine::finished);
        account.sync()->start(mode);
        if (!finished.wait(120000))
            return false;
        // Overig's own features must have synced (or be not offered); another feature's
        // failure stays in that feature and is not this test's business.
        for (const char *feature : {"children", "parent", "changeRequest", "childDetails", "permissions", "observations",
                                    "credits", "documents", "notificationSettings"}) {
            const FeatureStatus::State state = account.sync()->status(QString::fromLatin1(feature)).state;
            if (state != FeatureStatus::State::Fresh && state != FeatureStatus::State::Unavailable) {
                qWarning() << feature << "did not sync:" << account.sync()->status(QString::fromLatin1(feature)).error.detail;
                return false;
            }
        }
        return true;
    }

    // A request straight to the portal, answered synchronously (for checks beside the app).
    static ApiResult ask(AccountSession &account, const QByteArray &method, const QString &path, const QJsonValue &body = QJsonValue::Undefined)
    {
        ApiCall call;
        call.method = method;
        call.path = path;
        call.body = body;
        call.extension = true;
        std::optional<ApiResult> answer;
        account.api()->send(call, nullptr, [&answer](const ApiResult &r) { answer = r; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
            qWarning("no answer from the portal");
        return answer.value_or(ApiResult{});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        startServer(true);
    }

    void parserReadsWhatArrivedAndSurvivesGarbage()
    {
        // Ids as numbers, dates as ISO text, a child without an id left out.
        const QJsonValue children = QJsonDocument::fromJson("{\"activeChildren\":[{\"id\":17,\"firstName\":\"Noor\","
            "\"fullname\":\"Noor de Vries\",\"dateOfBirth\":\"2024-05-03T00:00:00+02:00\"},{\"firstName\":\"zonder id\"}],"
            "\"inactiveChildren\":[{\"id\":\"c9\",\"fullname\":\"Daan\"}]}").object();
        const QList<ChildRecord> parsed = parseChildren(children);
        QCOMPARE(parsed.size(), 2);
        QCOMPARE(parsed.at(0).id, QStringLiteral("17"));
        QVERIFY(parsed.at(0).active);
        QCOMPARE(portaltime::dayOf(parsed.at(0).birthDate), QDate(2024, 5, 3));
        QCOMPARE(parsed.at(1).firstName, QStringLiteral("Daan")); // falls back to the full name
        QVERIFY(!parsed.at(1).active);

        const QList<PermissionRecord> permissions = parsePermissions(QStringLiteral("17"), QJsonDocument::fromJson(
            "[{\"permissionId\":1,\"title\":\"Fotos\",\"kind\":\"permission\",\"granted\":null,\"changeable\":true},"
            "{\"permissionId\":\"2\",\"title\":\"Ophalen\",\"kind\":\"declaration\",\"granted\":true,\"changeable\":true,\"changedDate\":1700000000000}]").array());
        QCOMPARE(permissions.size(), 2);
        QVERIFY(!permissions.at(0).granted.has_value()); // not filled in yet
        QVERIFY(permissions.at(1).declaration);
        QVERIFY(!permissions.at(1).changeable); // a declaration is never changed here
        QCOMPARE(permissions.at(1).changedDate, 1700000000000LL);

        const QList<CreditRecord> credits = parseCredits(QJsonDocument::fromJson(
            "{\"unit\":\"uur\",\"children\":[{\"childId\":17,\"credits\":[{\"creditId\":5,\"typeLabel\":\"Flex\",\"total\":\"40\",\"remaining\":11.5,"
            "\"validUntil\":\"2026-12-31\",\"history\":[{\"kind\":\"use\",\"amount\":4,\"requestId\":12}]}]}]}").object());
        QCOMPARE(credits.size(), 1);
        QCOMPARE(credits.at(0).childId, QStringLiteral("17"));
        QCOMPARE(credits.at(0).unit, QStringLiteral("uur")); // from the top level
        QCOMPARE(credits.at(0).total, 40.0);
        QCOMPARE(credits.at(0).history.at(0).requestId, QStringLiteral("12"));
        QVERIFY(!parseChangeRequest(QJsonValue(QJsonValue::Null)).has_value());

        // Garbage of every shape: nothing read, nothing crashes.
        const QList<QJsonValue> garbage{QJsonValue(), QJsonValue(3), QJsonValue(QStringLiteral("x")), QJsonArray{1, QJsonArray{}},
                                        QJsonObject{{QStringLiteral("items"), 5}, {QStringLiteral("children"), QStringLiteral("x")},
                                                    {QStringLiteral("activeChildren"), QJsonArray{QStringLiteral("x")}}}};
        for (const QJsonValue &value : garbage) {
            QVERIFY(parseChildren(value).isEmpty());
            QVERIFY(parsePermissions(QStringLiteral("c"), value).isEmpty());
            QVERIFY(parseCredits(value).isEmpty());
            QVERIFY(parseDocuments(QStringLiteral("invoice"), value).isEmpty());
            QVERIFY(parseObservations(QStringLiteral("c"), value).isEmpty());
            QVERIFY(parseNotificationSettings(value).isEmpty());
            QVERIFY(!parseChangeRequest(value).has_value());
            QVERIFY(parseChildDetails(QStringLiteral("c"), value).placements.isEmpty());
            QVERIFY(parseParent(value).email.isEmpty());
        }
    }

    void syncFillsEveryShownField()
    {
        auto account = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*account));
        AccountStore store(*account->database());
        QCOMPARE(store.parent().email, QString::fromLatin1(server::demo::username));
        QVERIFY(!store.parent().fullName.isEmpty());
        const QList<ChildRecord> children = store.children();
        QCOMPARE(children.size(), 2);
        for (const ChildRecord &child : children) {
            const ChildDetailsRecord details = store.childDetails(child.id);
            QVERIFY(!details.placements.isEmpty());
            QVERIFY(!details.placements.first().group.isEmpty());
            QVERIFY(details.placements.first().startDate > 0);
            const QList<PermissionRecord> permissions = store.permissions(child.id);
            QCOMPARE(permissions.size(), 5);
            QVERIFY(permissions.last().declaration);     // declarations after the permissions
            QVERIFY(!permissions.last().changeable);
            QVERIFY(!permissions.at(3).granted.has_value()); // sunscreen: not filled in yet
            QVERIFY(!store.observations(child.id).isEmpty()); // the KDV tracks children
            QVERIFY(!store.observations(child.id).first().sections.isEmpty());
        }
        QVERIFY(store.creditCount() >= 3);
        const QList<CreditRecord> credits = store.credits();
        QCOMPARE(credits.size(), store.creditCount()); // every child's when none is named
        QVERIFY(!credits.first().history.isEmpty());
        QVERIFY(!credits.first().typeLabel.isEmpty());
        QVERIFY(credits.first().validUntil > 0);
        QVERIFY(std::any_of(credits.begin(), credits.end(), [](const CreditRecord &c) { return c.status == QLatin1String("expired"); }));
        QVERIFY(!store.documents(QStringLiteral("invoice")).isEmpty());
        QCOMPARE(store.notificationSettings().size(), 6);
        QVERIFY(!store.notificationSettings().first().label.isEmpty());

        // The models over it, checked by Qt's tester.
        Session session;
        session.setAccount(account.get());
        CreditModel creditModel;
        QAbstractItemModelTester t1(&creditModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        creditModel.setSession(&session);
        QCOMPARE(creditModel.rowCount(), credits.size());
        QVERIFY(creditModel.get(0).value(QStringLiteral("remaining")).toString().contains(credits.first().unit));
        PermissionModel permissionModel;
        QAbstractItemModelTester t2(&permissionModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        permissionModel.setSession(&session);
        permissionModel.setChildId(children.first().id);
        QCOMPARE(permissionModel.rowCount(), 5);
        permissionModel.setChildId(children.last().id);
        QCOMPARE(permissionModel.rowCount(), 5);
        NotificationSettingModel settingsModel;
        QAbstractItemModelTester t3(&settingsModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        settingsModel.setSession(&session);
        QCOMPARE(settingsModel.rowCount(), 6);
        PlacementModel placements;
        QAbstractItemModelTester t4(&placements, QAbstractItemModelTester::FailureReportingMode::QtTest);
        placements.setSession(&session);
        placements.setChildId(children.first().id);
        QVERIFY(placements.rowCount() >= 1);
        QVERIFY(!placements.get(0).value(QStringLiteral("period")).toString().isEmpty());
    }

    void anOrganisationWithoutObservationsHasNone()
    {
        auto account = openAccount(server::demo::afterSchoolSlug);
        QVERIFY(sync(*account));
        QCOMPARE(int(account->sync()->status(QStringLiteral("observations")).state), int(FeatureStatus::State::Unavailable));
        for (const ChildRecord &child : AccountStore(*account->database()).children())
            QVERIFY(AccountStore(*account->database()).observations(child.id).isEmpty());
        QCOMPARE(int(account->sync()->status(QStringLiteral("credits")).state), int(FeatureStatus::State::Fresh));
    }

    void expiringCreditIsAnnouncedOnce()
    {
        auto account = openAccount(server::demo::daycareSlug);
        const QString child = AccountStore(*account->database()).children().value(0).id;
        server::StaffDesk desk(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(desk.open(&error), qPrintable(error));
        QVERIFY2(desk.addCredit(QString::fromLatin1(server::demo::daycareSlug), child, QStringLiteral("kdv-flex"), 6,
                                portaltime::today().addDays(10), &error),
                 qPrintable(error));
        QVERIFY(sync(*account));
        const QList<NewItem> items = accountNotifications(*account->database());
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().kind, QStringLiteral("credits"));
        QVERIFY(items.first().body.contains(QLatin1String("6")));
        Session session;
        session.setAccount(account.get());
        CreditModel model;
        model.setSession(&session);
        QCOMPARE(model.expiringCount(), 1);
        // The feed says it once: seen at the first look, then never again.
        NotificationFeed feed(*account->database());
        feed.takeNew(AccountStore(*account->database()).pushEnabledKinds());
        QVERIFY(feed.takeNew(AccountStore(*account->database()).pushEnabledKinds()).isEmpty());
    }

    void creditUsedByARequestNamesThatRequest()
    {
        auto account = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*account));
        // An extra day paid with credit (the agenda's route), straight to the portal.
        const QDate from = portaltime::today().addDays(3);
        const ApiResult options = ask(*account, "GET", QStringLiteral("/restservices-parent/request/extraday/options/%1/until/%2")
                                                           .arg(portaltime::ymd(from), portaltime::ymd(from.addDays(20))));
        QVERIFY2(options.ok(), qPrintable(options.error.detail));
        QJsonObject booking;
        for (const QJsonValue &day : options.payload.toObject().value(QLatin1String("days")).toArray()) {
            for (const QJsonValue &child : day.toObject().value(QLatin1String("children")).toArray()) {
                for (const QJsonValue &option : child.toObject().value(QLatin1String("options")).toArray()) {
                    for (const QJsonValue &payment : option.toObject().value(QLatin1String("payments")).toArray()) {
                        if (booking.isEmpty() && option.toObject().value(QLatin1String("available")).toBool()
                            && payment.toObject().value(QLatin1String("type")).toString() == QLatin1String("credit"))
                            booking = {{QStringLiteral("childId"), child.toObject().value(QLatin1String("childId"))},
                                       {QStringLiteral("date"), day.toObject().value(QLatin1String("date"))},
                                       {QStringLiteral("optionId"), option.toObject().value(QLatin1String("optionId"))},
                                       {QStringLiteral("payment"), QJsonObject{{QStringLiteral("type"), QStringLiteral("credit")},
                                                                               {QStringLiteral("creditId"), payment.toObject().value(QLatin1String("creditId"))}}}};
                    }
                }
            }
        }
        QVERIFY2(!booking.isEmpty(), "no option payable with credit in the next weeks");
        const ApiResult request = ask(*account, "PUT", QStringLiteral("/restservices-parent/request/extraday"),
                                      QJsonObject{{QStringLiteral("bookings"), QJsonArray{booking}}});
        QVERIFY2(request.ok(), qPrintable(request.error.detail + request.error.serverText));
        const QString requestId = QString::number(request.payload.toObject().value(QLatin1String("requestId")).toInteger());

        QVERIFY(sync(*account));
        Session session;
        session.setAccount(account.get());
        CreditModel model;
        model.setSession(&session);
        bool named = false;
        for (int i = 0; i < model.rowCount(); ++i)
            named = named || model.get(i).value(QStringLiteral("history")).toString().contains(QStringLiteral("request %1").arg(requestId));
        QVERIFY2(named, "the credit's history does not name the request that used it");
    }

    void aDocumentLandsOnTheDeviceAndReads()
    {
        auto account = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*account));
        const DocumentRecord document = AccountStore(*account->database()).documents(QStringLiteral("invoice")).value(0);
        Session session;
        session.setAccount(account.get());
        DocumentFiles files;
        files.setSession(&session);
        QSignalSpy ready(&files, &DocumentFiles::ready);
        QSignalSpy failed(&files, &DocumentFiles::failed);
        files.fetch(document.type, document.adminId, document.itemId);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const QString path = ready.first().at(1).toString();
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(20000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(document.subject.simplified(), Qt::CaseInsensitive), qPrintable(text.left(200) + QLatin1String(" / ") + document.subject));
        // Offline now: the portal is gone, the document is still there.
        DocumentModel model;
        model.setSession(&session);
        model.setType(QStringLiteral("invoice"));
        QVERIFY(model.get(0).value(QStringLiteral("offline")).toBool());
    }

    void aPermissionSwitchedOfflineReachesThePortalOnceBack()
    {
        auto account = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*account));
        const QString child = AccountStore(*account->database()).children().value(0).id;
        const PermissionRecord publicPhotos = AccountStore(*account->database()).permissions(child).value(1);
        QCOMPARE(publicPhotos.code, QStringLiteral("photos-public"));
        QCOMPARE(publicPhotos.granted, std::optional<bool>(false));

        m_server.reset(); // the portal goes away
        Session session;
        session.setAccount(account.get());
        AccountDetails details;
        details.setSession(&session);
        QVERIFY(details.setPermission(child, publicPhotos.id, true));
        // Shown at once, before the portal has it.
        QCOMPARE(AccountStore(*account->database()).permissions(child).value(1).granted, std::optional<bool>(true));
        QTRY_VERIFY_WITH_TIMEOUT(account->outbox()->item(account->outbox()->items().last().id).attempts >= 1, 10000);

        startServer(false); // back, same port, same data
        account->outbox()->retryWaitingNow();
        QTRY_VERIFY_WITH_TIMEOUT(account->writes()->pending(QStringLiteral("permission")).isEmpty()
                                     || account->writes()->pending(QStringLiteral("permission")).first().state == PendingWrite::State::Sent,
                                 20000);
        QVERIFY(sync(*account, SyncEngine::Mode::Incremental));
        QTRY_VERIFY_WITH_TIMEOUT(account->writes()->pending(QStringLiteral("permission")).isEmpty(), 20000);
        const ApiResult onPortal = ask(*account, "GET", QStringLiteral("/restservices-parent/permissions/%1").arg(child));
        const QJsonObject remote = onPortal.payload.toArray().at(1).toObject();
        QCOMPARE(remote.value(QLatin1String("granted")).toBool(), true);
        QVERIFY(remote.value(QLatin1String("changedDate")).toDouble() > 0);
        // The store holds the portal's answer (with its change date).
        QCOMPARE(AccountStore(*account->database()).permissions(child).value(1).granted, std::optional<bool>(true));
        // A declaration cannot be switched: the portal refuses, the reason is kept for the parent.
        const PermissionRecord declaration = AccountStore(*account->database()).permissions(child).last();
        QVERIFY(details.setPermission(child, declaration.id, false) || true);
        QTRY_VERIFY_WITH_TIMEOUT(!details.problem().isEmpty(), 20000);
        details.discardFailed();
        QTRY_VERIFY_WITH_TIMEOUT(details.problem().isEmpty(), 20000);
    }

    void aChangeRequestProcessedByStaffShowsItsNewStatus()
    {
        auto account = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*account));
        Session session;
        session.setAccount(account.get());
        AccountDetails details;
        details.setSession(&session);
        const QString newPhone = QStringLiteral("06-12345678");
        QCOMPARE(details.requestChange(QString(), QString(), newPhone, QString(), QStringLiteral("nieuw nummer")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(details.changeStatus(), QStringLiteral("pending"), 20000);
        QVERIFY(details.changeSummary().contains(newPhone));
        // One at a time, as the portal enforces.
        QVERIFY(!details.requestChange(QStringLiteral("Iemand Anders"), QString(), QString(), QString(), QString()).isEmpty());

        server::StaffDesk desk(m_dir.filePath(QStringLiteral("server")));
        QString error;
        QVERIFY2(desk.open(&error), qPrintable(error));
        QVERIFY2(desk.processDetailChange(QString::fromLatin1(server::demo::daycareSlug), QString::fromLatin1(server::demo::username), &error),
                 qPrintable(error));
        QVERIFY(sync(*account));
        QCOMPARE(details.changeStatus(), QStringLiteral("processed"));
        QCOMPARE(details.phone(), newPhone);
    }

    // Last: it changes the demo parent's password.
    void aPasswordChangeEndsOtherSessionsAndKeepsThisOne()
    {
        auto account = openAccount(server::demo::daycareSlug);
        auto other = openAccount(server::demo::daycareSlug); // another device of the same parent
        QVERIFY(sync(*account));
        QVERIFY(ask(*other, "GET", QStringLiteral("/restservices-parent/parent")).ok());

        Session session;
        session.setAccount(account.get());
        AccountDetails details;
        details.setSession(&session);
        QVERIFY(!details.passwordProblem(QString::fromLatin1(server::demo::password), QStringLiteral("kort"), QStringLiteral("kort")).isEmpty());
        QVERIFY(!details.passwordProblem(QString::fromLatin1(server::demo::password), QStringLiteral("lang genoeg 1"), QStringLiteral("lang genoeg 2")).isEmpty());
        QSignalSpy refused(&details, &AccountDetails::passwordRefused);
        details.changePassword(QStringLiteral("niet het wachtwoord"), QStringLiteral("een nieuw wachtwoord"), QStringLiteral("een nieuw wachtwoord"));
        QVERIFY(refused.wait(20000));
        QVERIFY(!refused.first().first().toString().isEmpty()); // the portal's reason

        QSignalSpy changed(&details, &AccountDetails::passwordChanged);
        const QString next = QStringLiteral("een nieuw wachtwoord");
        details.changePassword(QString::fromLatin1(server::demo::password), next, next);
        QVERIFY(changed.wait(30000));
        // This device keeps working.
        QVERIFY(sync(*account));
        // The other one's session ended: its token is refused and its old password no longer works.
        QSignalSpy otherAuth(other->api(), &ApiClient::authenticationRequired);
        QVERIFY(!ask(*other, "GET", QStringLiteral("/restservices-parent/parent")).ok());
        QVERIFY(!otherAuth.isEmpty());
    }
};

QTEST_MAIN(TestAccount)
#include "tst_account.moc"
