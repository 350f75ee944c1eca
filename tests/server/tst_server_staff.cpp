// SPDX-License-Identifier: GPL-3.0-or-later
// The staff side: `nestje-server staff …` and `simulate` on a running server's data, and what the
// parent then sees over HTTP. The manuals' rules:
//   S1 "In het dagverslag kunnen de pedagogisch medewerkers foto's en eventueel video's toevoegen"
//      and the day rhythm grows during the day                                staffDiaryAndPhotosReachTheTimeline
//   S2 "Berichten van de pedagogisch medewerkers staan in het Postvak ... een notificatiebolletje
//      met daarop een nummer"                                                 staffMessagesAreUnread
//   S3 "Als er een nieuw nieuwsbericht of nieuwe nieuwsbrief binnenkomt, zie je ... een
//      notificatiebolletje"                                                   newsAndNewsletters
//   S4 the organisation approves or rejects per child and the parent gets a message
//                                                                             cliApprovesARequest
//   S5 planning and credits edited by the organisation                        planningAndCredits
//   S6 "Tot deze wijziging is verwerkt" -> processed, a new change is possible processedChangeAllowsANewOne
//   Rules are data: a rule changed by staff applies at once                    rulesChangeWithoutRestart
//   simulate plays a day                                                       simulationPlaysADay
#include "RequestHelpers.h"

#include "server/staff/StaffDesk.h"

#include <QProcess>
#include <QtTest>

using namespace nestje::server;
using namespace nestje::server::testing;

class ServerStaffTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void staffDiaryAndPhotosReachTheTimeline();
    void staffMessagesAreUnread();
    void newsAndNewsletters();
    void cliApprovesARequest();
    void planningAndCredits();
    void processedChangeAllowsANewOne();
    void rulesChangeWithoutRestart();
    void simulationPlaysADay();
    void cliRefusesBadInput();

private:
    int run(const QStringList &arguments, QByteArray *output = nullptr);
    int counter(const QString &name);
    ServerFixture m_server;
    std::unique_ptr<StaffDesk> m_desk;
    QByteArray m_token;
    QString m_noor;
};

void ServerStaffTest::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_desk = std::make_unique<StaffDesk>(m_server.dataDir(), [this] { return m_server.now(); });
    QVERIFY2(m_desk->open(&error), qPrintable(error));
    m_token = m_server.token();
    m_noor = m_desk->childId(QStringLiteral("deboomhut"), QStringLiteral("Noor"), &error);
}

int ServerStaffTest::run(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.start(QStringLiteral(NESTJE_SERVER_EXE), arguments);
    // The server lives in this thread: keep its event loop turning while the command runs.
    // waitForFinished() is false once the process is gone (e.g. when processEvents() already
    // delivered its end), so the loop asks for the state, not for that result.
    process.waitForStarted(10000);
    while (process.state() != QProcess::NotRunning) {
        if (!process.waitForFinished(20))
            QCoreApplication::processEvents();
    }
    if (output)
        *output = process.readAllStandardOutput();
    const QByteArray errors = process.readAllStandardError();
    if (process.exitCode() != 0)
        qInfo("exit %d: %s", process.exitCode(), errors.trimmed().constData()); // expected in the refusal tests
    return process.exitCode();
}

int ServerStaffTest::counter(const QString &name)
{
    return m_server.parentGet(QStringLiteral("notification/notifications"), m_token).object().value(name).toInt(-1);
}

void ServerStaffTest::staffDiaryAndPhotosReachTheTimeline()
{
    // Read the timeline first, so the server has it cached; the staff command writes through
    // another connection, and the parent must still see the change at once.
    m_server.parentGet(QStringLiteral("timeline/cards/v2/0"), m_token);
    const QStringList base{QStringLiteral("staff"), QStringLiteral("--data"), m_server.dataDir(), QStringLiteral("--org"), QStringLiteral("deboomhut")};
    QCOMPARE(run(base + QStringList{QStringLiteral("diary"), QStringLiteral("--child"), QStringLiteral("Noor"),
                                    QStringLiteral("--moment"), QStringLiteral("09:05 fles 150 ml"),
                                    QStringLiteral("--text"), QStringLiteral("Vrolijk binnengekomen.")}), 0);
    QCOMPARE(run(base + QStringList{QStringLiteral("diary"), QStringLiteral("--child"), QStringLiteral("Noor"),
                                    QStringLiteral("--moment"), QStringLiteral("12:30-14:00 slapen Lekker geslapen")}), 0);
    QJsonObject journal;
    for (const QJsonValue &card : m_server.parentGet(QStringLiteral("timeline/cards/v2/0"), m_token).json().array())
        if (card.toObject().value(QLatin1String("journal")).toObject().value(QLatin1String("dayRythmContent")).toString().contains(QLatin1String("150 ml")))
            journal = card.toObject().value(QLatin1String("journal")).toObject();
    const QString rhythm = journal.value(QLatin1String("dayRythmContent")).toString();
    QVERIFY2(rhythm.contains(QLatin1String("dagritme-flesje")), qPrintable(rhythm));
    QVERIFY(rhythm.contains(QLatin1String("12:30 - 14:00 Slapen")));
    QVERIFY(rhythm.contains(QLatin1String("(90 minutes)")));
    QCOMPARE(journal.value(QLatin1String("writtenByType")).toString(), QStringLiteral("timeline.card_journal_header_type.employees_of"));

    QCOMPARE(run(base + QStringList{QStringLiteral("photo"), QStringLiteral("--child"), QStringLiteral("Noor"), QStringLiteral("--count"), QStringLiteral("2"),
                                    QStringLiteral("--caption"), QStringLiteral("Zandbak")}), 0);
    const QJsonObject card = m_server.parentGet(QStringLiteral("timeline/cards/v2/0"), m_token).json().array().first().toObject();
    QCOMPARE(card.value(QLatin1String("type")).toString(), QStringLiteral("photo"));
    QCOMPARE(card.value(QLatin1String("photos")).toArray().size(), 2);
    QCOMPARE(m_server.get(QUrl(card.value(QLatin1String("photos")).toArray().first().toObject().value(QLatin1String("thumbUrl")).toString())).status, 200);
}

void ServerStaffTest::staffMessagesAreUnread()
{
    const int before = counter(QStringLiteral("nrOfNewMessages"));
    // The message mark (extension) moves with every message, whoever wrote it.
    int mark = counter(QStringLiteral("lastMessageId"));
    const auto markMoved = [&] {
        const int now = counter(QStringLiteral("lastMessageId"));
        const bool moved = now > mark;
        mark = now;
        return moved;
    };
    QByteArray out;
    QCOMPARE(run({QStringLiteral("staff"), QStringLiteral("--data"), m_server.dataDir(), QStringLiteral("--org"), QStringLiteral("deboomhut"),
                  QStringLiteral("message"), QStringLiteral("--child"), QStringLiteral("Daan"), QStringLiteral("--subject"), QStringLiteral("Laarzen"),
                  QStringLiteral("--text"), QStringLiteral("Morgen gaan we naar het bos: laarzen mee!")}, &out), 0);
    QCOMPARE(counter(QStringLiteral("nrOfNewMessages")), before + 1);
    QVERIFY(markMoved());
    const qint64 thread = out.trimmed().split(' ').last().toLongLong();
    QVERIFY(ok(m_server.parentPut(QStringLiteral("logbook/details/%1/reply").arg(thread), m_token, QJsonObject{{QStringLiteral("message"), QStringLiteral("Doen we!")}})));
    QCOMPARE(counter(QStringLiteral("nrOfNewMessages")), before);
    QVERIFY(markMoved());
    QString error;
    QVERIFY(m_desk->replyToThread(QStringLiteral("deboomhut"), thread, QStringLiteral("Top!"), {}, &error));
    QCOMPARE(counter(QStringLiteral("nrOfNewMessages")), before + 1);
    QVERIFY(markMoved());
    // A second reply while the conversation is unread: the counter cannot tell, the mark does.
    QVERIFY(m_desk->replyToThread(QStringLiteral("deboomhut"), thread, QStringLiteral("Tot morgen."), {}, &error));
    QCOMPARE(counter(QStringLiteral("nrOfNewMessages")), before + 1);
    QVERIFY(markMoved());
    QVERIFY(!markMoved());
    const QJsonArray messages = m_server.parentGet(QStringLiteral("logbook/details/%1/summary/false").arg(thread), m_token).object().value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.last().toObject().value(QLatin1String("writtenBy")).toString(), QStringLiteral("Joris Willems"));
}

void ServerStaffTest::newsAndNewsletters()
{
    const int news = counter(QStringLiteral("nrOfNewNewsItems"));
    const int letters = counter(QStringLiteral("nrOfNewNewsletters"));
    QString error;
    QVERIFY(m_desk->publishNews(QStringLiteral("deboomhut"), QStringLiteral("Sinterklaas komt!"), QStringLiteral("Op 5 december om 10:00."), &error));
    QVERIFY(m_desk->publishNewsletter(QStringLiteral("deboomhut"), QStringLiteral("December"), QStringLiteral("Alles over de feestmaand."), &error));
    QCOMPARE(counter(QStringLiteral("nrOfNewNewsItems")), news + 1);
    QCOMPARE(counter(QStringLiteral("nrOfNewNewsletters")), letters + 1);
    const QJsonObject item = payloadOf(m_server.parentGet(QStringLiteral("htmlnews/view"), m_token)).value(QLatin1String("newsItems")).toArray().first().toObject();
    QCOMPARE(item.value(QLatin1String("title")).toString(), QStringLiteral("Sinterklaas komt!"));
}

void ServerStaffTest::cliApprovesARequest()
{
    const QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("ochtend"), 5);
    const Response r = m_server.parentPut(QStringLiteral("request/extraday"), m_token,
                                          QJsonObject{{QStringLiteral("bookings"), QJsonArray{booking(m_noor, day, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_noor), QStringLiteral("ochtend")), invoice())}}});
    QVERIFY2(ok(r), r.body.constData());
    const qint64 id = payloadOf(r).value(QLatin1String("requestId")).toInteger();
    const QStringList base{QStringLiteral("staff"), QStringLiteral("--data"), m_server.dataDir(), QStringLiteral("--org"), QStringLiteral("deboomhut")};
    QByteArray out;
    QCOMPARE(run(base + QStringList{QStringLiteral("requests")}, &out), 0);
    QVERIFY(out.contains(QByteArray("\"requestId\": ") + QByteArray::number(id)));
    const int before = counter(QStringLiteral("nrOfNewMessages"));
    QCOMPARE(run(base + QStringList{QStringLiteral("approve"), QStringLiteral("--request"), QString::number(id), QStringLiteral("--child"), QStringLiteral("Noor"),
                                    QStringLiteral("--message"), QStringLiteral("Tot dan!")}), 0);
    QCOMPARE(payloadOf(m_server.parentGet(QStringLiteral("request/%1").arg(id), m_token)).value(QLatin1String("statusLabel")).toString(), QStringLiteral("Goedgekeurd"));
    QCOMPARE(counter(QStringLiteral("nrOfNewMessages")), before + 1);
    // Deciding twice is refused with a reason.
    QCOMPARE(run(base + QStringList{QStringLiteral("reject"), QStringLiteral("--request"), QString::number(id), QStringLiteral("--child"), QStringLiteral("Noor")}), 1);
}

void ServerStaffTest::planningAndCredits()
{
    const QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("hele-dag"), 4);
    QString error;
    // Noor's parts in the parent's calendar that day, as "HH:mm-HH:mm code".
    auto noorsDay = [&] {
        QStringList parts;
        const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
        for (const QJsonValue &d :
             payloadOf(
                 m_server.parentGet(QStringLiteral("calendar/%1/until/%1").arg(ymd(day)), m_token))
                 .value(QLatin1String("days"))
                 .toArray())
            for (const QJsonValue &c : d.toObject().value(QLatin1String("children")).toArray())
                if (c.toObject()
                        .value(QLatin1String("child"))
                        .toObject()
                        .value(QLatin1String("id"))
                        .toString() == m_noor)
                    for (const QJsonValue &combined :
                         c.toObject().value(QLatin1String("combinedPlanningParts")).toArray())
                        for (const QJsonValue &p :
                             combined.toObject().value(QLatin1String("planningParts")).toArray())
                            parts.append(
                                QDateTime::fromMSecsSinceEpoch(
                                    p.toObject().value(QLatin1String("startTime")).toInteger(),
                                    amsterdam)
                                    .toString(QStringLiteral("HH:mm")) +
                                QLatin1Char('-') +
                                QDateTime::fromMSecsSinceEpoch(
                                    p.toObject().value(QLatin1String("endTime")).toInteger(),
                                    amsterdam)
                                    .toString(QStringLiteral("HH:mm")) +
                                QLatin1Char(' ') +
                                p.toObject()
                                    .value(QLatin1String("plannedAttendanceCode"))
                                    .toObject()
                                    .value(QLatin1String("code"))
                                    .toString());
        return parts;
    };
    QVERIFY(day.isValid());
    QCOMPARE(noorsDay(), QStringList()); // a free day for Noor
    QVERIFY(m_desk->setPlanning(QStringLiteral("deboomhut"), QStringLiteral("Noor"), day, QTime(8, 0), QTime(17, 0), QStringLiteral("attend"), &error));
    QCOMPARE(noorsDay(), QStringList{QStringLiteral("08:00-17:00 attend")});
    QVERIFY(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_noor).value(QLatin1String("alreadyPlanned")).toBool());
    QVERIFY(m_desk->removePlanning(QStringLiteral("deboomhut"), QStringLiteral("Noor"), day, &error));
    QCOMPARE(noorsDay(), QStringList());
    double before = 0;
    const qint64 id = creditOf(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("ruiltegoed"), &before);
    QVERIFY(m_desk->addCredit(QStringLiteral("deboomhut"), QStringLiteral("Noor"), QStringLiteral("ruiltegoed"), 7.5, {}, &error));
    const QJsonArray credits = payloadOf(m_server.parentGet(QStringLiteral("credits/") + m_noor, m_token)).value(QLatin1String("credits")).toArray();
    bool found = false;
    for (const QJsonValue &c : credits)
        found = found || (c.toObject().value(QLatin1String("creditId")).toInteger() != id && c.toObject().value(QLatin1String("total")).toDouble() == 7.5
                          && c.toObject().value(QLatin1String("history")).toArray().first().toObject().value(QLatin1String("kind")).toString() == QLatin1String("grant"));
    QVERIFY(found);
    QVERIFY(!m_desk->addCredit(QStringLiteral("deboomhut"), QStringLiteral("Noor"), QStringLiteral("bestaat-niet"), 1, {}, &error));
}

void ServerStaffTest::processedChangeAllowsANewOne()
{
    const QJsonObject change{{QStringLiteral("changes"), QJsonObject{{QStringLiteral("address"), QStringLiteral("Kastanjelaan 3, Utrecht")}}}};
    QVERIFY(ok(m_server.parentPut(QStringLiteral("parent/changerequest"), m_token, change)));
    QVERIFY(!ok(m_server.parentPut(QStringLiteral("parent/changerequest"), m_token, change)));
    QString error;
    QVERIFY2(m_desk->processDetailChange(QStringLiteral("deboomhut"), QStringLiteral("ouder@example.nl"), &error), qPrintable(error));
    QCOMPARE(payloadOf(m_server.parentGet(QStringLiteral("parent"), m_token)).value(QLatin1String("address")).toString(), QStringLiteral("Kastanjelaan 3, Utrecht"));
    QVERIFY(ok(m_server.parentPut(QStringLiteral("parent/changerequest"), m_token, change)));
}

void ServerStaffTest::rulesChangeWithoutRestart()
{
    QCOMPARE(run({QStringLiteral("staff"), QStringLiteral("--data"), m_server.dataDir(), QStringLiteral("--org"), QStringLiteral("deboomhut"),
                  QStringLiteral("rule"), QStringLiteral("--name"), QStringLiteral("module.observations"), QStringLiteral("--value"), QStringLiteral("false")}), 0);
    QCOMPARE(payloadOf(m_server.parentGet(QStringLiteral("nestje/capabilities"), m_token)).value(QLatin1String("modules")).toObject()
                 .value(QLatin1String("observations")).toBool(), false);
    QCOMPARE(m_server.parentGet(QStringLiteral("observations/") + m_noor, m_token).status, 404);
    QString error;
    QVERIFY(m_desk->setRule(QStringLiteral("deboomhut"), QStringLiteral("module.observations"), QStringLiteral("true"), &error));
    QVERIFY(!m_desk->setRule(QStringLiteral("deboomhut"), QStringLiteral("no.such.rule"), QStringLiteral("1"), &error));
}

void ServerStaffTest::simulationPlaysADay()
{
    const int messages = counter(QStringLiteral("nrOfNewMessages"));
    auto photoIds = [this] {
        QSet<QString> ids;
        for (int offset = 0; offset < 18; offset += 6)
            for (const QJsonValue &c :
                 m_server.parentGet(QStringLiteral("timeline/cards/v2/%1").arg(offset), m_token)
                     .json()
                     .array())
                for (const QJsonValue &p : c.toObject().value(QLatin1String("photos")).toArray())
                    ids.insert(p.toObject().value(QLatin1String("id")).toString());
        return ids;
    };
    const QSet<QString> before = photoIds();
    QByteArray out;
    QCOMPARE(run({QStringLiteral("simulate"), QStringLiteral("--data"), m_server.dataDir(), QStringLiteral("--org"), QStringLiteral("deboomhut"),
                  QStringLiteral("--speed"), QStringLiteral("1000000")}, &out), 0);
    QVERIFY2(out.contains("simulation done"), out.constData());
    QCOMPARE(counter(QStringLiteral("nrOfNewMessages")), messages + 1);
    const QSet<QString> added = photoIds() - before; // the day's photos are new on the timeline
    QVERIFY2(added.size() >= 2, qPrintable(QString::number(added.size())));
}

void ServerStaffTest::cliRefusesBadInput()
{
    const QStringList base{QStringLiteral("staff"), QStringLiteral("--data"), m_server.dataDir(), QStringLiteral("--org"), QStringLiteral("deboomhut")};
    QCOMPARE(run(base + QStringList{QStringLiteral("nonsense")}), 2);
    QCOMPARE(run(base + QStringList{QStringLiteral("diary"), QStringLiteral("--child"), QStringLiteral("Noor"), QStringLiteral("--moment"), QStringLiteral("morgen fles")}), 2);
    QCOMPARE(run(base + QStringList{QStringLiteral("photo"), QStringLiteral("--child"), QStringLiteral("Niemand")}), 1);
    QCOMPARE(run({QStringLiteral("staff"), QStringLiteral("--data"), m_server.dataDir() + QStringLiteral("/nope"), QStringLiteral("--org"), QStringLiteral("deboomhut"),
                  QStringLiteral("requests")}), 1);
}

QTEST_GUILESS_MAIN(ServerStaffTest)
#include "tst_server_staff.moc"
