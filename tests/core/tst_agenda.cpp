// SPDX-License-Identifier: GPL-3.0-or-later
// The agenda's data path against the reference server and real SQLite: the parser reads the
// calendar and the requests overview in every shape the protocol allows and survives garbage;
// a sync fills the typed tables (no raw JSON kept); a window replaces only its own days; a
// staff decision becomes one notification; the old JSON tables are dropped by the schema; the
// calendar, month and overview models pass QAbstractItemModelTester; an absence reported while
// the portal is down shows at once as being sent and arrives once; a cancellation inside the
// window goes through, one outside it keeps the organisation's reason.
#include "DemoAccount.h"
#include "DemoPortal.h"
#include "accounts/AccountModel.h"
#include "accounts/AccountSession.h"
#include "accounts/Accounts.h"
#include "accounts/SecretStore.h"
#include "db/Database.h"
#include "features/agenda/AbsenceWrite.h"
#include "features/agenda/AgendaCalendarModel.h"
#include "features/agenda/AgendaMonthModel.h"
#include "features/agenda/AgendaNotifications.h"
#include "features/agenda/AgendaRecords.h"
#include "features/agenda/AgendaWriter.h"
#include "features/agenda/CancelWrite.h"
#include "features/agenda/PlanningStore.h"
#include "features/agenda/RequestOverviewModel.h"
#include "features/agenda/RequestStore.h"
#include "net/JsonValues.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "server/staff/StaffDesk.h"
#include "shell/Session.h"
#include "sync/Outbox.h"
#include "text/PortalTime.h"

#include <QAbstractItemModelTester>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

namespace {
QJsonValue fromText(const char *text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}
} // namespace

// The calendar with its store reads counted: how often a change makes it read again.
class ReadCountingCalendar : public AgendaCalendarModel
{
public:
    int reads = 0;

protected:
    void reload() override
    {
        ++reads;
        AgendaCalendarModel::reload();
    }
};

class TestAgenda : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    SecretStore m_secrets;
    std::unique_ptr<server::ReferenceServer> m_server;
    quint16 m_port = 0;

    void startServer()
    {
        QString error;
        m_port = startDemoPortal(m_server, {m_dir.filePath(QStringLiteral("server")), {}, {}, {}},
                                 m_port, &error);
        QVERIFY2(m_port != 0, qPrintable(error));
    }

    // The family's requests as the portal has them now.
    QList<AgendaRequest> requestsOnPortal(AccountSession &account)
    {
        const QDate today = portaltime::today();
        ApiCall overview;
        overview.path =
            QStringLiteral("/restservices-parent/request/overview/%1/%2")
                .arg(portaltime::ymd(today.addYears(-1)), portaltime::ymd(today.addYears(1)));
        QList<AgendaRequest> requests;
        bool answered = false;
        account.api()->send(overview, nullptr, [&](const ApiResult &r) {
            requests = parseRequests(r.payload);
            answered = r.ok();
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, 10000); }();
        return requests;
    }

    std::unique_ptr<AccountSession> openAccount(const char *slug)
    {
        auto account = demoAccount(m_server->portalUrl(QString::fromLatin1(slug)), &m_network, &m_secrets);
        QString error;
        if (!account->open(&error))
            qWarning() << error;
        return account;
    }

    // The agenda's own features synced (another feature's trouble is not this test's).
    static bool sync(AccountSession &account, SyncEngine::Mode mode = SyncEngine::Mode::Full)
    {
        QSignalSpy finished(account.sync(), &SyncEngine::finished);
        account.sync()->start(mode);
        if (!finished.wait(120000))
            return false;
        for (const char *feature : {"planning", "requests"}) {
            if (account.sync()->status(QString::fromLatin1(feature)).state !=
                FeatureStatus::State::Fresh) {
                qWarning() << feature << "is not fresh";
                return false;
            }
        }
        return true;
    }

    // The daycare closes on the weekday `days` ahead (or the first weekday after it), on top of the
    // demo's closing days (staff, as data); `setDaycareClosedDates()` gives the demo's days back.
    QDate closeAlsoOn(int days)
    {
        QDate day = portaltime::today().addDays(days);
        while (day.dayOfWeek() > 5)
            day = day.addDays(1);
        return setDaycareClosedDates(day) ? day : QDate();
    }
    bool setDaycareClosedDates(const QDate &extra = {})
    {
        QString error;
        server::StaffDesk staff(m_dir.filePath(QStringLiteral("server")));
        if (!staff.open(&error)) {
            qWarning() << error;
            return false;
        }
        return staff.setRule(QString::fromLatin1(server::demo::daycareSlug), QStringLiteral("calendar.closedDates"),
                             QStringLiteral("01-01,04-27,12-25,12-26") +
                                 (extra.isValid() ? QLatin1Char(',') + extra.toString(QStringLiteral("MM-dd")) : QString()),
                             nullptr);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        startServer();
    }

    void theParserReadsEveryShapeOfTheCalendar()
    {
        // Ids as strings and numbers, times as epoch ms and ISO text, no `date` on the day, no
        // code.
        const QList<PlanningPart> parts = parsePlanning(fromText(R"({"days": [
            {"date": 1796079600000, "children": [{"child": {"id": 7, "firstName": "Daan"},
              "combinedPlanningParts": [{"planningParts": [
                {"startTime": 1796106600000, "endTime": 1796144400000, "extraInfo": "Optie extra",
                 "plannedAttendanceCode": {"code": "tentative"}, "toConfirmProduct": true}]}]}]},
            {"children": [{"child": {"id": "8", "fullname": "Noor de Vries"},
              "combinedPlanningParts": [{"planningParts": [
                {"startTime": "2026-12-02T07:30:00+01:00", "endTime": "2026-12-02T13:00:00+01:00"}]}]}]}
        ]})"));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).childId, QStringLiteral("7"));
        QCOMPARE(parts.at(0).childName, QStringLiteral("Daan"));
        QCOMPARE(parts.at(0).day, QDate(2026, 12, 1));
        QCOMPARE(parts.at(0).code, QStringLiteral("tentative"));
        QCOMPARE(parts.at(0).extraInfo, QStringLiteral("Optie extra"));
        QVERIFY(parts.at(0).toConfirm);
        QCOMPARE(parts.at(1).childId, QStringLiteral("8"));
        QCOMPARE(parts.at(1).childName, QStringLiteral("Noor de Vries"));
        QCOMPARE(parts.at(1).day, QDate(2026, 12, 2));
        QCOMPARE(portaltime::timeOfDay(parts.at(1).startTime).left(5), QStringLiteral("07:30"));
        QCOMPARE(parts.at(1).code, QStringLiteral("attend"));
    }

    void theParserReadsARequestAndSkipsWhatIsNotOne()
    {
        const QList<AgendaRequest> requests = parseRequests(fromText(R"([
            {"requestId": 41, "type": "extra", "status": "pending", "statusLabel": "Optie extra",
             "createdDate": 1796000000000, "firstStartTime": 1796106600000, "lastEndTime": 1796144400000,
             "asWhole": true, "expiresAt": null, "remark": "Graag", "reason": null,
             "children": [{"childId": "7", "firstName": "Daan", "status": "pending", "statusLabel": "Optie extra",
               "cancellable": true, "cancelRefusal": null,
               "bookings": [{"bookingId": 3, "date": "20261201", "role": "extra", "code": "ochtend",
                 "label": "Ochtend", "startTime": 1796106600000, "endTime": 1796126400000, "value": 5.5,
                 "unit": "uur", "payment": {"type": "credit", "creditId": 9, "creditLabel": "KDV flextegoed"},
                 "status": "pending", "statusLabel": "Optie extra", "staffMessage": null}]},
               {"firstName": "zonder id"}]},
            {"type": "extra"}, 17, "tekst", null, [1, 2]
        ])"));
        QCOMPARE(requests.size(), 1);
        const AgendaRequest &request = requests.first();
        QCOMPARE(request.id, QStringLiteral("41"));
        QVERIFY(request.asWhole);
        QCOMPARE(request.expiresAt, 0);
        QCOMPARE(request.remark, QStringLiteral("Graag"));
        QCOMPARE(request.children.size(), 1); // the child without an id is left out
        const RequestBooking &booking = request.children.first().bookings.first();
        QCOMPARE(booking.bookingId, QStringLiteral("3"));
        QCOMPARE(booking.date, QDate(2026, 12, 1));
        QCOMPARE(booking.value, 5.5);
        QCOMPARE(booking.paymentType, QStringLiteral("credit"));
        QCOMPARE(booking.creditLabel, QStringLiteral("KDV flextegoed"));
    }

    void garbageGivesNothingAndNoCrash()
    {
        const QList<QJsonValue> garbage = {
            QJsonValue(),
            QJsonValue(3),
            QJsonValue(QStringLiteral("x")),
            fromText("[1, {}]"),
            fromText(R"({"days": 5})"),
            fromText(R"({"days": [null, 4, {"children": "x"}]})"),
            fromText(R"({"days": [{"children": [{"child": 3}, {"child": {"id": 1},
                                                   "combinedPlanningParts": [{"planningParts": [{"endTime": 5}, 7]}]}]}]})")};
        for (const QJsonValue &value : garbage) {
            QVERIFY(parsePlanning(value).isEmpty());
            QVERIFY(parseRequests(value).isEmpty());
            QVERIFY(parseRequest(value).id.isEmpty());
        }
    }

    void theSchemaDropsTheOldJsonTables()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_dir.filePath(QStringLiteral("schema.sqlite")), &error),
                 qPrintable(error));
        QCOMPARE(db.scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('planning', 'requests')")),
                 0);
        QCOMPARE(db.scalar(
                     QStringLiteral("SELECT version FROM feature_schema WHERE feature = 'agenda'")),
                 2); // 2: the closing days and holidays
        // No column keeps raw JSON.
        for (const char *table : {"agenda_parts", "agenda_requests", "agenda_request_children",
                                  "agenda_bookings", "agenda_closures"}) {
            QSqlQuery *q = db.select(QStringLiteral("SELECT name FROM pragma_table_info('%1')")
                                         .arg(QLatin1String(table)));
            int columns = 0;
            while (q && q->next()) {
                ++columns;
                QVERIFY(q->value(0).toString() != QLatin1String("json"));
            }
            QVERIFY2(columns > 0, table);
        }
    }

    void aWindowReplacesOnlyItsOwnDays()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_dir.filePath(QStringLiteral("window.sqlite")), &error),
                 qPrintable(error));
        const auto part = [](const QDate &day, const char *code) {
            PlanningPart p;
            p.childId = QStringLiteral("7");
            p.childName = QStringLiteral("Daan");
            p.day = day;
            p.startTime = portaltime::startOfDay(day) + 7 * 3600000;
            p.endTime = p.startTime + 3600000;
            p.code = QString::fromLatin1(code);
            return p;
        };
        PlanningStore store(db);
        QSignalSpy announced(&db, &Database::changed);
        QVERIFY(store.replaceWindow(
            QDate(2026, 12, 1), QDate(2026, 12, 31),
            {part(QDate(2026, 12, 1), "attend"), part(QDate(2026, 12, 31), "attend")}));
        QCOMPARE(announced.count(), 1);
        QCOMPARE(announced.first().first().toString(), QStringLiteral("planning"));
        QVERIFY(store.replaceWindow(QDate(2027, 1, 1), QDate(2027, 1, 31),
                                    {part(QDate(2027, 1, 4), "absent")}));
        // The next fetch of December no longer has the 31st: it goes; January stays.
        QVERIFY(store.replaceWindow(QDate(2026, 12, 1), QDate(2026, 12, 31),
                                    {part(QDate(2026, 12, 1), "tentative")}));
        const QList<PlanningPart> parts = store.parts(QDate(2026, 11, 1), QDate(2027, 2, 1));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).code, QStringLiteral("tentative"));
        QCOMPARE(parts.at(1).day, QDate(2027, 1, 4));
        QCOMPARE(store.firstDay(), QDate(2026, 12, 1));
        QCOMPARE(store.lastDay(), QDate(2027, 1, 4));
        QCOMPARE(store.parts(QDate(2026, 11, 1), QDate(2027, 2, 1), QStringLiteral("8")).size(), 0);
    }

    void aSyncFillsThePlanningAndTheRequests()
    {
        auto account = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*account));
        Database &db = *account->database();
        PlanningStore planning(db);
        const QDate today = portaltime::today();
        const QList<PlanningPart> parts = planning.parts(today, today.addMonths(1));
        QVERIFY2(parts.size() > 10, qPrintable(QString::number(parts.size())));
        QSet<QString> children;
        for (const PlanningPart &part : parts) {
            QVERIFY(!part.childName.isEmpty());
            QVERIFY(part.endTime > part.startTime);
            QCOMPARE(portaltime::dayOf(part.startTime), part.day);
            QVERIFY(QStringList({QStringLiteral("attend"), QStringLiteral("absent"),
                                 QStringLiteral("tentative")})
                        .contains(part.code));
            children.insert(part.childId);
        }
        QCOMPARE(children.size(), 2); // the KDV family has two children in care
        // The future is there too: it comes in the calendar route's second and later windows
        // (the first runs from three months back to about today).
        QVERIFY2(planning.lastDay() > today.addDays(30),
                 qPrintable(planning.lastDay().toString(Qt::ISODate)));

        // A request made on the portal shows with its child and bookings after the next sync.
        QString optionId;
        ApiCall options;
        options.path =
            QStringLiteral("/restservices-parent/absence/options/%1/until/%2")
                .arg(portaltime::ymd(today.addDays(7)), portaltime::ymd(today.addDays(13)));
        account->api()->send(options, nullptr, [&](const ApiResult &r) {
            for (const QJsonValue &p :
                 r.payload.toObject().value(QLatin1String("parts")).toArray()) {
                if (p.toObject().value(QLatin1String("available")).toBool() && optionId.isEmpty())
                    optionId = json::id(p.toObject().value(QLatin1String("optionId")));
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(!optionId.isEmpty(), 10000);
        ApiCall absence;
        absence.method = "PUT";
        absence.path = QStringLiteral("/restservices-parent/absence");
        absence.body = QJsonObject{{QStringLiteral("from"), portaltime::ymd(today.addDays(7))},
                                   {QStringLiteral("to"), portaltime::ymd(today.addDays(13))},
                                   {QStringLiteral("reason"), QStringLiteral("sick")},
                                   {QStringLiteral("remark"), QStringLiteral("Koorts")},
                                   {QStringLiteral("optionIds"), QJsonArray{optionId}}};
        QString requestId;
        account->api()->send(absence, nullptr,
                             [&](const ApiResult &r) { requestId = parseRequest(r.payload).id; });
        QTRY_VERIFY_WITH_TIMEOUT(!requestId.isEmpty(), 10000);
        QVERIFY(sync(*account));
        const std::optional<AgendaRequest> stored = RequestStore(db).request(requestId);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->type, QStringLiteral("absence"));
        QCOMPARE(stored->reason, QStringLiteral("sick"));
        QCOMPARE(stored->remark, QStringLiteral("Koorts"));
        QCOMPARE(stored->children.size(), 1);
        QCOMPARE(stored->children.first().bookings.size(), 1);
        QCOMPARE(stored->children.first().bookings.first().role, QStringLiteral("absent"));
        QCOMPARE(RequestStore(db).requests().first().id, requestId); // newest first
        // The calendar shows the part as absent ("Ziek").
        const RequestBooking &booking = stored->children.first().bookings.first();
        bool absent = false;
        for (const PlanningPart &part :
             planning.parts(booking.date, booking.date, stored->children.first().childId))
            absent = absent || (part.code == QLatin1String("absent") &&
                                part.extraInfo == QLatin1String("Ziek"));
        QVERIFY(absent);
    }

    void aDecisionIsOneNotification()
    {
        auto account = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*account));
        Database &db = *account->database();
        // Whatever is decided already is not news in this test.
        QString error;
        server::StaffDesk staff(m_dir.filePath(QStringLiteral("server")));
        QVERIFY2(staff.open(&error), qPrintable(error));
        const QJsonArray pending =
            staff.pendingRequests(QString::fromLatin1(server::demo::daycareSlug), &error);
        QVERIFY2(!pending.isEmpty(), "the demo has a pending extra day");
        const QJsonObject request = pending.first().toObject();
        const qint64 requestId = request.value(QLatin1String("requestId")).toInteger();
        const auto before = [&] {
            int n = 0;
            for (const NewItem &item : agendaNotifications(db))
                n += item.id.startsWith(QString::number(requestId) + QLatin1Char(':')) ? 1 : 0;
            return n;
        };
        QCOMPARE(before(), 0);
        for (const QJsonValue &child : request.value(QLatin1String("children")).toArray()) {
            QVERIFY2(staff.decide(QString::fromLatin1(server::demo::daycareSlug), requestId,
                                  json::id(child.toObject().value(QLatin1String("childId"))), true,
                                  QStringLiteral("Tot dan!"), &error),
                     qPrintable(error));
        }
        QVERIFY(sync(*account));
        const QList<NewItem> items = agendaNotifications(db);
        const auto it = std::find_if(items.begin(), items.end(), [&](const NewItem &item) {
            return item.id == QString::number(requestId) + QStringLiteral(":approved");
        });
        QVERIFY(it != items.end());
        QCOMPARE(it->kind, QStringLiteral("planning"));
        QVERIFY2(it->body.contains(QLatin1String("Tot dan!")), qPrintable(it->body));
        QVERIFY2(it->title.contains(QLatin1String("Goedgekeurd")), qPrintable(it->title));
    }

    void theModelsShowTheStoreAndPassTheTester()
    {
        auto account = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*account));
        Session session;
        session.setAccount(account.get());

        AgendaCalendarModel calendar;
        QAbstractItemModelTester calendarTester(
            &calendar, QAbstractItemModelTester::FailureReportingMode::QtTest);
        calendar.setSession(&session);
        QVERIFY2(calendar.rowCount() > 20, qPrintable(QString::number(calendar.rowCount())));
        QCOMPARE(calendar.children().size(), 2);
        const int today = calendar.todayRow();
        QVERIFY(today > 0); // earlier days are above it
        QVERIFY(
            QDate::fromString(calendar.index(today).data(AgendaCalendarModel::DayRole).toString(),
                              Qt::ISODate) >= portaltime::today());
        QVERIFY(QDate::fromString(
                    calendar.index(today - 1).data(AgendaCalendarModel::DayRole).toString(),
                    Qt::ISODate) < portaltime::today());
        QVERIFY(calendar.index(today)
                    .data(AgendaCalendarModel::TimesRole)
                    .toString()
                    .contains(QStringLiteral(" – ")));
        QVERIFY(!calendar.index(today).data(AgendaCalendarModel::StatusRole).toString().isEmpty());
        const int all = calendar.rowCount();
        const QString noor =
            calendar.children().first().toMap().value(QStringLiteral("id")).toString();
        calendar.setChildId(noor);
        QVERIFY(calendar.rowCount() > 0 && calendar.rowCount() < all);
        // One child's parts, and the closing days and holidays, which are every child's.
        for (int row = 0; row < calendar.rowCount(); ++row) {
            const QModelIndex index = calendar.index(row);
            const QString code = index.data(AgendaCalendarModel::CodeRole).toString();
            if (code != QLatin1String("closed") && code != QLatin1String("holiday"))
                QCOMPARE(index.data(AgendaCalendarModel::ChildIdRole).toString(), noor);
        }

        AgendaMonthModel month;
        QAbstractItemModelTester monthTester(
            &month, QAbstractItemModelTester::FailureReportingMode::QtTest);
        month.setSession(&session);
        QCOMPARE(month.rowCount(), 42);
        int withCare = 0;
        for (int row = 0; row < 42; ++row)
            withCare +=
                month.index(row).data(AgendaMonthModel::CodesRole).toStringList().isEmpty() ? 0 : 1;
        QVERIFY(withCare > 5);
        const QString title = month.title();
        month.step(1);
        QVERIFY(month.title() != title);
        QCOMPARE(QDate::fromString(month.index(0).data(AgendaMonthModel::DayRole).toString(),
                                   Qt::ISODate)
                     .dayOfWeek(),
                 1);

        RequestOverviewModel overview;
        QAbstractItemModelTester overviewTester(
            &overview, QAbstractItemModelTester::FailureReportingMode::QtTest);
        overview.setSession(&session);
        QVERIFY(overview.rowCount() >= 5); // the demo family's history
        const QVariantMap first = overview.get(0);
        QVERIFY(!first.value(QStringLiteral("statusLabel")).toString().isEmpty());
        QVERIFY(!first.value(QStringLiteral("bookings")).toStringList().isEmpty());
        QCOMPARE(overview.rowOfRequest(first.value(QStringLiteral("requestId")).toString()), 0);
    }

    // X29: the closing days on weekdays show as rows of their own on their day, named as the
    // portal names them, and each school holiday on its first day in the list; all in day order.
    void closingDaysAndHolidaysShowInTheCalendar()
    {
        auto account = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*account));
        Session session;
        session.setAccount(account.get());
        AgendaCalendarModel calendar;
        calendar.setSession(&session);
        QVERIFY(calendar.rowCount() > 0);
        const QDate first =
            QDate::fromString(calendar.index(0).data(AgendaCalendarModel::DayRole).toString(), Qt::ISODate);
        const QDate last = QDate::fromString(
            calendar.index(calendar.rowCount() - 1).data(AgendaCalendarModel::DayRole).toString(),
            Qt::ISODate);
        // The organisation closes on a weekday two weeks ahead (staff, as data); after a sync the
        // calendar shows it, named "Sluitingsdag".
        const QDate extra = closeAlsoOn(14);
        QVERIFY(extra.isValid());
        QVERIFY(sync(*account));
        QMap<QDate, QString> closedDays;
        QMap<QDate, QString> holidays; // by the day their row is on
        for (const Closure &c : PlanningStore(*account->database()).closures(first, last))
            (c.kind == QLatin1String("closed") ? closedDays : holidays)
                .insert(std::max(first, c.first), c.name);
        QCOMPARE(closedDays.value(extra), QStringLiteral("Sluitingsdag"));
        QMap<QDate, QString> closedRows;
        QMap<QDate, QString> holidayRows;
        QDate previous = first;
        for (int row = 0; row < calendar.rowCount(); ++row) {
            const QModelIndex index = calendar.index(row);
            const QDate day =
                QDate::fromString(index.data(AgendaCalendarModel::DayRole).toString(), Qt::ISODate);
            QVERIFY(day >= previous);
            previous = day;
            const QString code = index.data(AgendaCalendarModel::CodeRole).toString();
            if (code == QLatin1String("closed")) {
                closedRows.insert(day, index.data(AgendaCalendarModel::StatusRole).toString());
                QVERIFY(index.data(AgendaCalendarModel::ChildIdRole).toString().isEmpty());
                QVERIFY(!index.data(AgendaCalendarModel::TimesRole).toString().isEmpty());
            } else if (code == QLatin1String("holiday")) {
                holidayRows.insert(day, index.data(AgendaCalendarModel::StatusRole).toString());
            }
        }
        QCOMPARE(closedRows, closedDays);
        QCOMPARE(holidayRows, holidays);
        QVERIFY(setDaycareClosedDates());
    }

    // A family with a daycare and an after-school care: with the device's accounts, the calendar
    // shows every account's children together, each account with its colour, closures named by
    // their organisation; the filter shows one account or one child; a sync of the account not in
    // view reaches the list; logging out of one leaves the other alone.
    void everyAccountsChildrenShowTogether()
    {
        Accounts accounts(&m_network);
        QStringList ids;
        for (const char *slug : {server::demo::daycareSlug, server::demo::afterSchoolSlug}) {
            QSignalSpy added(&accounts, &Accounts::added);
            accounts.add(m_server->portalUrl(QString::fromLatin1(slug)),
                         QString::fromLatin1(server::demo::username),
                         QString::fromLatin1(server::demo::password), true);
            QVERIFY(added.wait(20000));
            ids << added.first().first().toString();
            QVERIFY(sync(*accounts.session(ids.last())));
        }
        // What each account shows alone, as the calendar of one account has it.
        QHash<QString, QSet<QString>> keysOf; // account id -> "child@start" of its rows
        QHash<QString, QSet<QString>> childrenOf;
        for (const QString &id : ids) {
            Session alone;
            alone.setAccount(accounts.session(id));
            AgendaCalendarModel calendar;
            calendar.setSession(&alone);
            QVERIFY(calendar.rowCount() > 0);
            for (int row = 0; row < calendar.rowCount(); ++row) {
                const QModelIndex index = calendar.index(row);
                QCOMPARE(index.data(AgendaCalendarModel::ColorIndexRole).toInt(), -1);
                keysOf[id] << index.data(AgendaCalendarModel::ChildIdRole).toString() + QLatin1Char('@') +
                                  index.data(AgendaCalendarModel::DayRole).toString() +
                                  index.data(AgendaCalendarModel::TimesRole).toString();
                if (!index.data(AgendaCalendarModel::ChildIdRole).toString().isEmpty())
                    childrenOf[id] << index.data(AgendaCalendarModel::ChildNameRole).toString();
            }
        }
        // Mila goes to the after-school care only, Daan to the daycare only (the demo's data is
        // not assumed beyond this: the sets must differ for the test to mean something).
        QVERIFY(childrenOf.value(ids[0]) != childrenOf.value(ids[1]));

        Session session;
        session.setAccount(accounts.active()); // the after-school care, added last
        AgendaCalendarModel calendar;
        QAbstractItemModelTester tester(&calendar, QAbstractItemModelTester::FailureReportingMode::QtTest);
        calendar.setSession(&session);
        AccountModel list(&accounts);
        calendar.setAccounts(&list);

        const QVariantList organisations = calendar.organisations();
        QCOMPARE(organisations.size(), 2);
        QHash<QString, int> colourOf;
        for (const QVariant &o : organisations)
            colourOf.insert(o.toMap().value(QStringLiteral("id")).toString(),
                            o.toMap().value(QStringLiteral("colorIndex")).toInt());
        QCOMPARE(colourOf.value(ids[0]), 0);
        QCOMPARE(colourOf.value(ids[1]), 1);
        QCOMPARE(calendar.children().size(), childrenOf.value(ids[0]).size() + childrenOf.value(ids[1]).size());

        // Every row of both accounts, by day, each in its account's colour.
        auto shown = [&calendar] {
            QHash<QString, QSet<QString>> keys;
            for (int row = 0; row < calendar.rowCount(); ++row) {
                const QModelIndex index = calendar.index(row);
                const QString account = index.data(AgendaCalendarModel::AccountIdRole).toString();
                keys[account] << index.data(AgendaCalendarModel::ChildIdRole).toString() + QLatin1Char('@') +
                                     index.data(AgendaCalendarModel::DayRole).toString() +
                                     index.data(AgendaCalendarModel::TimesRole).toString();
            }
            return keys;
        };
        QHash<QString, QSet<QString>> together = shown();
        QCOMPARE(calendar.rowCount(), keysOf.value(ids[0]).size() + keysOf.value(ids[1]).size());
        // A closing day says whose: the text of an account alone differs only by the name.
        for (const QString &id : ids) {
            QSet<QString> expected;
            for (QString key : keysOf.value(id))
                expected << key.replace(QStringLiteral("The organisation is closed"),
                                        accounts.session(id)->info().displayName() + QStringLiteral(" is closed"));
            QCOMPARE(together.value(id), expected);
        }
        for (int row = 0; row < calendar.rowCount(); ++row) {
            const QModelIndex index = calendar.index(row);
            QCOMPARE(index.data(AgendaCalendarModel::ColorIndexRole).toInt(),
                     colourOf.value(index.data(AgendaCalendarModel::AccountIdRole).toString()));
            QVERIFY(!index.data(AgendaCalendarModel::OrganisationRole).toString().isEmpty());
            if (row > 0)
                QVERIFY(calendar.index(row - 1).data(AgendaCalendarModel::DayRole).toString() <=
                        index.data(AgendaCalendarModel::DayRole).toString());
        }

        // Made as QML makes it (every property set between classBegin and componentComplete),
        // the calendar reads the stores once; a change in the account in view, which both the
        // session and the family watch follow, is one read, and so is one in the other account.
        {
            ReadCountingCalendar counted;
            counted.classBegin();
            counted.setSession(&session);
            counted.setAccounts(&list);
            counted.setAccountId(QString());
            QCOMPARE(counted.reads, 0);
            counted.componentComplete();
            QCOMPARE(counted.reads, 1);
            QCOMPARE(counted.rowCount(), calendar.rowCount());
            accounts.active()->database()->announce(QStringLiteral("planning"));
            QCOMPARE(counted.reads, 2);
            accounts.session(ids[0])->database()->announce(QStringLiteral("planning"));
            QCOMPARE(counted.reads, 3);
            counted.setSession(nullptr);
        }

        // The filter: the daycare alone, then one child of the after-school care.
        calendar.setAccountId(ids[0]);
        QCOMPARE(shown().keys(), QList<QString>{ids[0]});
        QCOMPARE(calendar.rowCount(), keysOf.value(ids[0]).size());
        QCOMPARE(calendar.organisations().size(), 2); // the filter still offers both
        QVariantMap child;
        for (const QVariant &c : calendar.children()) {
            if (c.toMap().value(QStringLiteral("accountId")).toString() == ids[1])
                child = c.toMap();
        }
        QVERIFY(!child.isEmpty());
        calendar.setAccountId(ids[1]);
        calendar.setChildId(child.value(QStringLiteral("id")).toString());
        QVERIFY(calendar.rowCount() > 0);
        for (int row = 0; row < calendar.rowCount(); ++row) {
            const QModelIndex index = calendar.index(row);
            QCOMPARE(index.data(AgendaCalendarModel::AccountIdRole).toString(), ids[1]);
            const QString childId = index.data(AgendaCalendarModel::ChildIdRole).toString();
            QVERIFY(childId.isEmpty() || childId == child.value(QStringLiteral("id")).toString());
        }
        calendar.setChildId({});
        calendar.setAccountId({});

        // A sync of the daycare, not the account in view, reaches the list: staff close it on a
        // weekday three weeks ahead.
        const QDate closed = closeAlsoOn(21);
        QVERIFY(closed.isValid());
        QVERIFY(sync(*accounts.session(ids[0])));
        QStringList closedThatDay; // the accounts with a closing day on `closed`
        for (int row = calendar.rowOfDay(closed.toString(Qt::ISODate));
             row >= 0 && row < calendar.rowCount() &&
             calendar.index(row).data(AgendaCalendarModel::DayRole).toString() == closed.toString(Qt::ISODate);
             ++row) {
            if (calendar.index(row).data(AgendaCalendarModel::CodeRole).toString() == QLatin1String("closed"))
                closedThatDay << calendar.index(row).data(AgendaCalendarModel::AccountIdRole).toString();
        }
        QCOMPARE(closedThatDay, QStringList{ids[0]});
        QVERIFY(setDaycareClosedDates());
        QVERIFY(sync(*accounts.session(ids[0])));

        // Logging out of the daycare: the after-school care alone, without colours.
        accounts.logout(ids[0]);
        QTRY_COMPARE(calendar.organisations().size(), 0);
        QCOMPARE(calendar.rowCount(), keysOf.value(ids[1]).size());
        QCOMPARE(calendar.index(0).data(AgendaCalendarModel::ColorIndexRole).toInt(), -1);
        calendar.setSession(nullptr); // the app's session follows the account list; this one not
        accounts.logoutAll();
    }

    void anAbsenceSentWhileThePortalIsDownArrivesOnce()
    {
        auto account = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*account));
        Session session;
        session.setAccount(account.get());
        AgendaCalendarModel calendar;
        calendar.setSession(&session);
        AgendaWriter writer;
        writer.setSession(&session);
        // A week three weeks ahead, Monday to Friday.
        QDate from = portaltime::today().addDays(21);
        from = from.addDays(1 - from.dayOfWeek());
        const QDate to = from.addDays(4);
        const QString remark = QStringLiteral("Week naar oma");

        m_server.reset(); // the portal goes away
        const QVariantList parts =
            writer.plannedParts(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        QVERIFY(parts.size() >= 2);
        QVERIFY(writer.reportAbsence(from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                                     QStringLiteral("holiday"), remark, parts) > 0);
        // At once on the calendar, as being sent.
        const auto rowsInWeek = [&](auto &&test) {
            int n = 0;
            for (int row = 0; row < calendar.rowCount(); ++row) {
                const QModelIndex index = calendar.index(row);
                const QDate day = QDate::fromString(
                    index.data(AgendaCalendarModel::DayRole).toString(), Qt::ISODate);
                if (day >= from && day <= to && test(index))
                    ++n;
            }
            return n;
        };
        QTRY_COMPARE(rowsInWeek([](const QModelIndex &i) {
                         return i.data(AgendaCalendarModel::SendingRole).toBool();
                     }),
                     int(parts.size()));
        // The outbox tried, found no portal, and waits (the options step of an offline absence).
        const auto tried = [&] {
            const QList<Outbox::Item> items = account->outbox()->items();
            return std::any_of(items.begin(), items.end(), [](const Outbox::Item &item) {
                return item.state == Outbox::State::Waiting && item.attempts >= 1;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(tried(), 20000);

        startServer(); // back on the same port
        account->outbox()->retryWaitingNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            account->writes()->pending(QString::fromLatin1(AbsenceWrite::name)).isEmpty(), 60000);
        int onPortal = 0;
        for (const AgendaRequest &request : requestsOnPortal(*account))
            onPortal += request.remark == remark ? 1 : 0;
        QCOMPARE(onPortal, 1);
        // The calendar shows the week as "Vakantie", no longer as being sent.
        QTRY_COMPARE(rowsInWeek([](const QModelIndex &i) {
                         return i.data(AgendaCalendarModel::CodeRole).toString() ==
                                    QLatin1String("absent") &&
                                i.data(AgendaCalendarModel::StatusRole).toString() ==
                                    QLatin1String("Vakantie") &&
                                !i.data(AgendaCalendarModel::SendingRole).toBool();
                     }),
                     int(parts.size()));
    }

    void aCancellationInsideTheWindowGoesOutsideItKeepsTheReason()
    {
        auto account = openAccount(server::demo::daycareSlug);
        QVERIFY(sync(*account));
        Session session;
        session.setAccount(account.get());
        RequestOverviewModel overview;
        overview.setSession(&session);
        AgendaWriter writer;
        writer.setSession(&session);
        const auto findRow = [&](auto &&test) {
            for (int row = 0; row < overview.rowCount(); ++row) {
                if (test(overview.get(row)))
                    return row;
            }
            return -1;
        };
        // Inside: the week of absence from the test before (cancellable until an hour before).
        const int inside = findRow([](const QVariantMap &r) {
            return r.value(QStringLiteral("remark")).toString() == QLatin1String("Week naar oma") &&
                   r.value(QStringLiteral("cancellable")).toBool();
        });
        QVERIFY(inside >= 0);
        const QVariantMap absence = overview.get(inside);
        QVERIFY(writer.cancel(absence.value(QStringLiteral("requestId")).toString(),
                              absence.value(QStringLiteral("childId")).toString()) > 0);
        QTRY_COMPARE(overview.get(inside).value(QStringLiteral("cancelling")).toBool(),
                     true); // at once
        QTRY_COMPARE_WITH_TIMEOUT(
            overview
                .get(overview.rowOfRequest(absence.value(QStringLiteral("requestId")).toString()))
                .value(QStringLiteral("status"))
                .toString(),
            QStringLiteral("cancelled"), 60000);

        // Outside: last month's approved extra day. The overview already says why not; the
        // portal refuses with the same words, and they stay with the row.
        const int outside = findRow([](const QVariantMap &r) {
            return r.value(QStringLiteral("type")).toString() == QLatin1String("extra") &&
                   r.value(QStringLiteral("status")).toString() == QLatin1String("approved") &&
                   !r.value(QStringLiteral("cancellable")).toBool();
        });
        QVERIFY(outside >= 0);
        const QVariantMap extra = overview.get(outside);
        const QString reason = extra.value(QStringLiteral("cancelRefusal")).toString();
        QVERIFY(!reason.isEmpty());
        QVERIFY(writer.cancel(extra.value(QStringLiteral("requestId")).toString(),
                              extra.value(QStringLiteral("childId")).toString()) > 0);
        const int row = overview.rowOfRequest(extra.value(QStringLiteral("requestId")).toString());
        QTRY_COMPARE_WITH_TIMEOUT(
            overview.get(row).value(QStringLiteral("cancelRefused")).toString(), reason, 30000);
        QCOMPARE(writer.refused().size(), 1);
        writer.discard(writer.refused().first().toMap().value(QStringLiteral("id")).toLongLong());
        QTRY_COMPARE(overview.get(row).value(QStringLiteral("cancelRefused")).toString(),
                     QString());
        QCOMPARE(overview.get(row).value(QStringLiteral("status")).toString(),
                 QStringLiteral("approved"));
    }
};

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
