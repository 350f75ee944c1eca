// SPDX-License-Identifier: GPL-3.0-or-later
// "Zet in mijn agenda": `nestje calendar` as a scheduled job runs it (the real executable, no
// display, the password on standard input) against the reference server on loopback. A second,
// independent parser (Python's `icalendar`, tests/core/ical_events.py) reads the file; it must
// hold exactly the moments the calendar route (P12) returns for the synced window, each at the
// route's times in Europe/Amsterdam with the part's status, with the same UIDs on a second
// export. The file is the owner's only; the organisation's text survives as plain text; usage
// and login errors exit non-zero with a reason. A file the app keeps up to date follows every
// sync: the portal's changes reach it, a sync without changes leaves it untouched.
#include "DemoAccount.h"
#include "DemoPortal.h"
#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "features/agenda/AbsenceWrite.h"
#include "features/agenda/AgendaRecords.h"
#include "features/agenda/AgendaSync.h"
#include "features/agenda/AgendaWriter.h"
#include "features/agenda/CalendarExport.h"
#include "features/agenda/KeptCalendarFile.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "shell/Session.h"
#include "sync/SyncEngine.h"
#include "text/PortalTime.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

namespace {
struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// One event as the second parser read it.
struct Event
{
    qint64 start = 0;
    qint64 end = 0;
    QString status;
};

const char *statusFor(const QString &code)
{
    if (code == QLatin1String("absent"))
        return "CANCELLED";
    if (code == QLatin1String("tentative"))
        return "TENTATIVE";
    return "CONFIRMED";
}
} // namespace

class TestCalendarExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    SecretStore m_secrets;
    std::unique_ptr<server::ReferenceServer> m_server;

    QUrl portal() const
    {
        return m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug));
    }

    Result run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(variable));
        for (const char *variable : {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"})
            env.insert(QString::fromLatin1(variable),
                       m_dir.filePath(QString::fromLatin1(variable)));
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        process.write(input);
        process.closeWriteChannel();
        // The event loop runs while waiting: the reference server lives in this process.
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(180000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Result calendar(const QStringList &arguments, const QByteArray &input)
    {
        return run(QStringLiteral(NESTJE_APP_EXECUTABLE),
                   QStringList{QStringLiteral("calendar")} + arguments, input);
    }

    QStringList login(const QString &to) const
    {
        return {QStringLiteral("--portal"),
                portal().toString(),
                QStringLiteral("--user"),
                QString::fromLatin1(server::demo::username),
                QStringLiteral("--to"),
                to,
                QStringLiteral("--password-stdin")};
    }

    // The file as Python's icalendar reads it: {version, zones, events: [{uid, start, …}]}.
    QJsonObject parsed(const QString &path)
    {
        const Result read =
            run(QStringLiteral(ICAL_PYTHON), {QStringLiteral(ICAL_EVENTS_SCRIPT), path});
        if (read.exitCode != 0) {
            qWarning() << "the second parser refused" << path << read.err;
            return {};
        }
        return QJsonDocument::fromJson(read.out.toUtf8()).object();
    }

    // The care moments by UID (the all-day closing days and holidays left out).
    static QHash<QString, Event> eventsByUid(const QJsonObject &calendar)
    {
        QHash<QString, Event> events;
        for (const QJsonValue &value : calendar.value(QLatin1String("events")).toArray()) {
            const QJsonObject e = value.toObject();
            if (e.value(QLatin1String("allDay")).toBool())
                continue;
            events.insert(e.value(QLatin1String("uid")).toString(),
                          {e.value(QLatin1String("start")).toInteger(),
                           e.value(QLatin1String("end")).toInteger(),
                           e.value(QLatin1String("status")).toString()});
        }
        return events;
    }

    // The demo parent's account as the app opens it (a cache of its own, not kept afterwards).
    std::unique_ptr<AccountSession> openAccount()
    {
        auto account = demoAccount(portal(), &m_network, &m_secrets);
        QString error;
        if (!account->open(&error))
            qWarning() << error;
        return account;
    }

    // A whole sync, as the app runs it (its end updates a kept file); the agenda's features fresh.
    static bool synced(AccountSession &account)
    {
        QSignalSpy finished(account.sync(), &SyncEngine::finished);
        account.sync()->start(SyncEngine::Mode::Full);
        if (!finished.wait(120000))
            return false;
        return account.sync()->status(QStringLiteral("planning")).state ==
               FeatureStatus::State::Fresh;
    }

    // What the calendar route says for the window the app syncs, asked by a session of the test's
    // own (windows of at most 400 days, as the route allows).
    QList<PlanningPart> partsOnPortal()
    {
        const std::unique_ptr<AccountSession> session = openAccount();
        AccountSession &account = *session;
        const QDate today = portaltime::today();
        const QDate from = today.addMonths(-PlanningSync::monthsBack);
        const QDate until = today.addMonths(PlanningSync::monthsAhead);
        const QDate middle = from.addDays(200);
        QList<PlanningPart> parts;
        for (const auto &[first, last] :
             {std::pair{from, middle}, std::pair{middle.addDays(1), until}}) {
            ApiCall call;
            call.path = QStringLiteral("/restservices-parent/calendar/%1/until/%2")
                            .arg(portaltime::ymd(first), portaltime::ymd(last));
            bool answered = false;
            account.api()->send(call, nullptr, [&](const ApiResult &r) {
                if (r.ok() && isPlanningAnswer(r.payload))
                    parts += parsePlanning(r.payload);
                answered = true;
            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, 20000); }();
        }
        return parts;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        server::ServerOptions options{m_dir.filePath(QStringLiteral("server")), {}, {}, {}, {}};
        QString error;
        QVERIFY2(startDemoPortal(m_server, options, 0, &error) != 0, qPrintable(error));
    }

    void holdsEveryMomentOfTheCalendarRouteWithStableUids()
    {
        const QString first = m_dir.filePath(QStringLiteral("agenda.ics"));
        const Result exported = calendar(login(first), QByteArray(server::demo::password) + '\n');
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(QDir::toNativeSeparators(first)), qPrintable(exported.out));

        // Nobody else on the machine reads the family's days.
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFileInfo(first).permissions() & others, QFileDevice::Permissions());

        const QJsonObject calendarFile = parsed(first);
        QCOMPARE(calendarFile.value(QLatin1String("version")).toString(), QStringLiteral("2.0"));
        QCOMPARE(calendarFile.value(QLatin1String("zones")).toArray(),
                 QJsonArray{QStringLiteral("Europe/Amsterdam")});
        const QJsonArray events = calendarFile.value(QLatin1String("events")).toArray();
        int allDay = 0;
        for (const QJsonValue &value : events) {
            const QJsonObject e = value.toObject();
            // Closing days and school holidays: whole portal days (from an Amsterdam midnight to
            // another), free time, named.
            if (e.value(QLatin1String("allDay")).toBool()) {
                ++allDay;
                const QDateTime start = portaltime::local(e.value(QLatin1String("start")).toInteger());
                const QDateTime end = portaltime::local(e.value(QLatin1String("end")).toInteger());
                QCOMPARE(start.time(), QTime(0, 0));
                QCOMPARE(end.time(), QTime(0, 0));
                QVERIFY(end.date() > start.date());
                QVERIFY(!e.value(QLatin1String("summary")).toString().isEmpty());
                QVERIFY(e.value(QLatin1String("hasStamp")).toBool());
                continue;
            }
            QCOMPARE(e.value(QLatin1String("startZone")).toString(),
                     QStringLiteral("Europe/Amsterdam"));
            QCOMPARE(e.value(QLatin1String("endZone")).toString(),
                     QStringLiteral("Europe/Amsterdam"));
            QVERIFY(e.value(QLatin1String("hasStamp")).toBool());
            QVERIFY(!e.value(QLatin1String("summary")).toString().isEmpty());
        }
        QVERIFY2(allDay > 0, "the demo year has closing days and school holidays");
        const QHash<QString, Event> byUid = eventsByUid(calendarFile);
        QCOMPARE(byUid.size() + allDay, events.size()); // UIDs are unique

        // Every moment the route returns, at its times and with its status; nothing else.
        const QList<PlanningPart> onPortal = partsOnPortal();
        QVERIFY2(onPortal.size() > 20, "the demo family has a calendar");
        QSet<QString> codes;
        const QString accountId =
            AccountInfo::idFor(portal(), QString::fromLatin1(server::demo::username));
        for (const PlanningPart &part : onPortal) {
            const QString uid = CalendarExport::uidFor(accountId, part.childId, part.startTime);
            QVERIFY2(byUid.contains(uid),
                     qPrintable(QStringLiteral("missing: %1 %2").arg(part.childName, uid)));
            const Event event = byUid.value(uid);
            QCOMPARE(event.start, part.startTime);
            QCOMPARE(event.end, part.endTime);
            QCOMPARE(event.status, QString::fromLatin1(statusFor(part.code)));
            codes.insert(part.code);
        }
        QCOMPARE(byUid.size(), onPortal.size());
        QVERIFY2(codes.contains(QStringLiteral("attend")) && codes.size() > 1,
                 "the demo calendar has planned days and options or absences");

        // A second export: the same events, so a subscribed calendar updates instead of doubling.
        const QString second = m_dir.filePath(QStringLiteral("again.ics"));
        const Result again = calendar(login(second), QByteArray(server::demo::password) + '\n');
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const QList<QString> firstUids = byUid.keys();
        const QList<QString> secondUids = eventsByUid(parsed(second)).keys();
        QCOMPARE(QSet<QString>(secondUids.begin(), secondUids.end()),
                 QSet<QString>(firstUids.begin(), firstUids.end()));
    }

    void theOrganisationsWordsStayPlainText()
    {
        // Commas, semicolons, backslashes, markup and a line break: libical escapes them, the
        // second parser gets the same words back.
        PlanningPart part;
        part.childId = QStringLiteral("7");
        part.childName = QStringLiteral("Daan; <b>de</b> \\ Groot");
        part.day = QDate(2026, 3, 29); // the day summer time starts
        part.startTime = QDateTime(part.day, QTime(7, 30), portaltime::zone()).toMSecsSinceEpoch();
        part.endTime = QDateTime(part.day, QTime(13, 0), portaltime::zone()).toMSecsSinceEpoch();
        part.code = QStringLiteral("absent");
        part.extraInfo = QStringLiteral("Ziek, met koorts;\nbel <a href=\"https://x\">ons</a>");
        const QString path = m_dir.filePath(QStringLiteral("words.ics"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(CalendarExport::build(QStringLiteral("account"), {part}, {}));
        file.close();

        const QJsonArray events = parsed(path).value(QLatin1String("events")).toArray();
        QCOMPARE(events.size(), 1);
        const QJsonObject event = events.first().toObject();
        QVERIFY2(event.value(QLatin1String("summary")).toString().contains(part.childName),
                 qPrintable(event.value(QLatin1String("summary")).toString()));
        QVERIFY2(event.value(QLatin1String("description")).toString().contains(part.extraInfo),
                 qPrintable(event.value(QLatin1String("description")).toString()));
        QCOMPARE(event.value(QLatin1String("start")).toInteger(), part.startTime);
        QCOMPARE(event.value(QLatin1String("end")).toInteger(), part.endTime);
        QCOMPARE(event.value(QLatin1String("status")).toString(), QStringLiteral("CANCELLED"));
    }

    // "Bijhouden na elke synchronisatie": the file is written when it is chosen, holds the
    // calendar route's moments after a sync, follows a change on the portal with the next sync,
    // and is left untouched by a sync that changed nothing (a calendar app that polls it does not
    // fetch it again for nothing). Stopping leaves the file alone.
    void aKeptFileFollowsEverySync()
    {
        const std::unique_ptr<AccountSession> account = openAccount();
        const QString path = m_dir.filePath(QStringLiteral("bijgehouden.ics"));
        QString problem;
        QVERIFY2(keptcalendar::keep(account.get(), path, &problem), qPrintable(problem));
        QVERIFY(parsed(path).value(QLatin1String("events")).toArray().isEmpty()); // before a sync

        QVERIFY(synced(*account));
        const QList<PlanningPart> onPortal = partsOnPortal();
        QHash<QString, Event> byUid = eventsByUid(parsed(path));
        QCOMPARE(byUid.size(), onPortal.size());
        keptcalendar::State state = keptcalendar::state(account.get());
        QCOMPARE(state.path, path);
        QCOMPARE(state.events, int(onPortal.size()));
        QVERIFY(state.problem.isEmpty());
        QVERIFY(state.checked.isValid());

        // Nothing changed: the file keeps its bytes and its time; the check is recorded.
        const QDateTime old(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
        }
        const QDateTime checkedBefore = state.checked;
        QTest::qWait(5); // a later check has a later time
        QVERIFY(synced(*account));
        QCOMPARE(QFileInfo(path).fileTime(QFileDevice::FileModificationTime), old);
        QVERIFY(keptcalendar::state(account.get()).checked > checkedBefore);

        // A change on the portal: an absence reported through the app reaches the file with the
        // next sync, as cancelled moments with the same UIDs.
        Session session;
        session.setAccount(account.get());
        AgendaWriter writer;
        writer.setSession(&session);
        QDate day = portaltime::today().addDays(21);
        QVariantList parts;
        for (int tries = 0; tries < 14 && parts.isEmpty(); ++tries, day = day.addDays(1))
            parts = writer.plannedParts(day.toString(Qt::ISODate), day.toString(Qt::ISODate));
        day = day.addDays(-1);
        QVERIFY2(!parts.isEmpty(), "a planned day three weeks ahead");
        QVERIFY(writer.reportAbsence(day.toString(Qt::ISODate), day.toString(Qt::ISODate),
                                     QStringLiteral("holiday"), QString(), parts) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            account->writes()->pending(QString::fromLatin1(AbsenceWrite::name)).isEmpty(), 60000);
        QVERIFY(synced(*account));
        QVERIFY(QFileInfo(path).fileTime(QFileDevice::FileModificationTime) > old);
        byUid = eventsByUid(parsed(path));
        const QString accountId = account->info().id;
        for (const QVariant &value : std::as_const(parts)) {
            const QVariantMap part = value.toMap();
            const QString key = CalendarExport::uidFor(
                accountId, part.value(QStringLiteral("childId")).toString(),
                part.value(QStringLiteral("startTime")).toLongLong());
            QVERIFY2(byUid.contains(key), qPrintable(key));
            QCOMPARE(byUid.value(key).status, QStringLiteral("CANCELLED"));
        }

        // Another file that cannot be written: the reason, and the chosen file stays kept.
        QVERIFY(!keptcalendar::keep(account.get(), m_dir.filePath(QStringLiteral("geen-map/x.ics")),
                                    &problem));
        QVERIFY(!problem.isEmpty());
        QCOMPARE(keptcalendar::state(account.get()).path, path);

        // Stopped: the file stays as it is and a sync no longer writes it.
        keptcalendar::stop(account.get());
        QVERIFY(keptcalendar::state(account.get()).path.isEmpty());
        QVERIFY(QFile::remove(path));
        QVERIFY(synced(*account));
        QVERIFY(!QFile::exists(path));
    }

    void wrongPasswordAndUsageErrorsSayWhy()
    {
        const QString nowhere = m_dir.filePath(QStringLiteral("nergens.ics"));
        const Result wrong = calendar(login(nowhere), "not-the-password\n");
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY(wrong.err.contains(QLatin1String("nestje calendar: ")));
        QVERIFY(!QFile::exists(nowhere));

        const Result usage =
            calendar({QStringLiteral("--user"), QStringLiteral("x@example.nl")}, {});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains(QLatin1String("--portal")), qPrintable(usage.err));

        const Result unwritable =
            calendar(login(m_dir.filePath(QStringLiteral("geen-map/agenda.ics"))),
                     QByteArray(server::demo::password) + '\n');
        QCOMPARE(unwritable.exitCode, 4);
        QVERIFY2(unwritable.err.contains(QLatin1String("geen-map")), qPrintable(unwritable.err));
    }
};

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendar_export.moc"
