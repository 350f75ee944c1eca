// SPDX-License-Identifier: GPL-3.0-or-later
// Dag aanvragen, ruildag, afwezigheid, aanvragenoverzicht and tegoeden over HTTP, with the staff
// side deciding. One test per rule from the manuals (quoted), plus the guarantees:
//   R1  "Het systeem berekent wat de mogelijkheden voor deze dag zijn ... en vervolgens berekent
//        het systeem de waarde van de aangevraagde opvang." extraOptionsAreComputed
//   R2  "Wanneer de kinderen op de bewuste dag al verwacht worden, staat er achter de dagdelen de
//        tekst 'reeds gepland'" alreadyPlannedIsMarkedAndRefused
//   R3  "of geeft u zelf de gewenste opvangtijd in (alleen mogelijk bij flexibele dagopvang en
//        flexibele BSO)" freeTimesOnlyForFlexibleCare
//   R4  "Het is niet mogelijk om gecombineerd te betalen ... dan kan niet gedeeltelijk betaald
//        worden."                                                             creditIsNeverSplit
//   R5  "Tegoeden die bijvoorbeeld alleen geldig zijn in vakanties, zijn niet inzetbaar in
//        schoolweken." holidayCreditOnlyInHolidays
//   R6  "Het aangeven dat een aanvraag alleen als geheel beoordelen moet worden, is alleen van
//        toepassing op aanvragen voor 1 specifieke dag."                      asWholeOnlyForOneDay
//   R7  "Aanvragen betaald met tegoed en binnen de gestelde termijn worden automatisch goedgekeurd
//        ... Overige aanvragen worden handmatig beoordeeld."
//        creditInsideTermIsApprovedAutomatically
//   R8  "Binnen de kalender vind je de aanvraag terug ... De status van de aanvraag staat bij
//        aanvang op 'Optie extra'." submittedRequestIsOptieExtraInCalendar
//   R9  "Je ontvangt een bericht wanneer alle individuele aanvragen beoordeeld zijn"
//        + "wordt per individu beoordeeld" staffDecidesPerChildAndParentGetsMessage
//   R10 "Wil je dat de plaatsing ook doorgaat wanneer maar een deel van de aanvraag geaccepteerd
//        kan worden?" asWholeRejectsEveryChild
//   R11 "Wanneer op de gekozen datum geen beoordeling heeft plaatsgevonden, wordt de aanvraag
//        automatisch teruggetrokken. Je ontvangt hier dan een bericht van"
//        requestExpiresWithoutTraffic
//   R12 "Annuleren gaat per kind individueel" + "Het tegoed wordt dan teruggestort."
//                                                                             cancelPerChildRefundsCredit
//   R13 "Annuleer je een aanvraag die je gedaan hebt voor een periode, dan wordt de annulering
//        toegepast op de gehele aangevraagde periode." cancellingAPeriodCancelsAllOfIt
//   R14 "Is het niet meer toegestaan de aanvraag te annuleren, dan lees je de reden bij de
//        aanvraag." cancelOutsideWindowGivesTheReason
//   R15 "Alle geplande dagdelen staan standaard aangevinkt ... moet je de reden van afwezigheid
//        opgeven: ziekte, vakantie of overig." "De afwezigheid staat nu geregistreerd"
//                                                                             absenceIsRegisteredAtOnce
//   R16 "Bij afwezigheid worden er geen uren gecrediteerd." (per organisation)
//   earlyAbsenceCreditIsARule R17 "Is dit een dag waarop de kinderen reeds gepland zijn, dan geeft
//   het systeem hier een
//        melding van." "Is de gewenste aanwezigheid kleiner ... dan vervalt de restanttijd."
//                                                                             swapDayRules
//   R18 "Als een tegoed al (gedeeltelijk) ingezet is, zie je voor welke aanvraag dit is. ... Als
//   het
//        tegoed verlopen of verbruikt is, wordt dit aangegeven." creditsShowHistoryAndStatus
//   Rules as data: lead time and horizon differ per organisation
//   leadTimeIsPerOrganisationFromThePartsStart,
//                                                                           horizonIsPerOrganisation
//   Guarantees: concurrentLastPlace, idempotentRequest, anotherFamilysIdsAre404,
//               expiredWhileDownIsSweptAtStartUp
#include "RequestHelpers.h"

#include "server/Portal.h"
#include "server/staff/StaffDesk.h"

#include <QMap>
#include <QNetworkRequest>
#include <QSet>
#include <QUuid>
#include <QtTest>

using namespace nestje::server;
using namespace nestje::server::testing;

class ServerRequestsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void extraOptionsAreComputed();
    void alreadyPlannedIsMarkedAndRefused();
    void freeTimesOnlyForFlexibleCare();
    void creditIsNeverSplit();
    void holidayCreditOnlyInHolidays();
    void asWholeOnlyForOneDay();
    void creditInsideTermIsApprovedAutomatically();
    void submittedRequestIsOptieExtraInCalendar();
    void staffDecidesPerChildAndParentGetsMessage();
    void asWholeRejectsEveryChild();
    void requestExpiresWithoutTraffic();
    void cancelPerChildRefundsCredit();
    void cancellingAPeriodCancelsAllOfIt();
    void absenceIsRegisteredAtOnce();
    void absenceOfAWholeDay();
    void earlyAbsenceCreditIsARule();
    void swapDayRules();
    void swapForAPeriod();
    void closuresAreTheRulesClosingDaysAndHolidays();
    void creditsShowHistoryAndStatus();
    void leadTimeIsPerOrganisationFromThePartsStart();
    void horizonIsPerOrganisation();
    void concurrentLastPlace();
    void idempotentRequest();
    void anotherFamilysIdsAre404();
    void expiredWhileDownIsSweptAtStartUp();
    void cancelOutsideWindowGivesTheReason(); // moves the clock: last

private:
    Response submit(const QJsonArray &bookings, const QJsonObject &extra = {}, const QByteArray &token = {},
                    const QString &slug = QStringLiteral("deboomhut"), const QByteArray &key = {});
    QJsonObject calendarPart(const QString &childId, QDate date, const QByteArray &token);
    int threadCount();
    ServerFixture m_server;
    std::unique_ptr<StaffDesk> m_desk;
    QByteArray m_token;
    QByteArray m_second;
    QByteArray m_bso;
    QString m_noor, m_daan, m_tess, m_mila;
};

void ServerRequestsTest::initTestCase()
{
    QString error;
    // The clock stands on a Wednesday at 10:00 (Amsterdam), so lead times measured from a part's
    // start give the same answer whatever the day and hour the suite runs.
    m_server.advance(offsetToNext(m_server.now(), 3, QTime(10, 0)));
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_desk = std::make_unique<StaffDesk>(m_server.dataDir(), [this] { return m_server.now(); });
    QVERIFY2(m_desk->open(&error), qPrintable(error));
    m_token = m_server.token();
    m_second = m_server.token(QStringLiteral("deboomhut"), QStringLiteral("ouder2@example.nl"));
    m_bso = m_server.token(QStringLiteral("klimop"));
    m_noor = m_desk->childId(QStringLiteral("deboomhut"), QStringLiteral("Noor"), &error);
    m_daan = m_desk->childId(QStringLiteral("deboomhut"), QStringLiteral("Daan"), &error);
    m_tess = m_desk->childId(QStringLiteral("deboomhut"), QStringLiteral("Tess"), &error);
    m_mila = m_desk->childId(QStringLiteral("klimop"), QStringLiteral("Mila"), &error);
    QVERIFY(!m_noor.isEmpty() && !m_daan.isEmpty() && !m_tess.isEmpty() && !m_mila.isEmpty());
}

Response ServerRequestsTest::submit(const QJsonArray &bookings, const QJsonObject &extra, const QByteArray &token, const QString &slug,
                                    const QByteArray &key)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("bookings"), bookings);
    return m_server.parentPut(QStringLiteral("request/extraday"), token.isEmpty() ? m_token : token, body, key, slug);
}

QJsonObject ServerRequestsTest::calendarPart(const QString &childId, QDate date, const QByteArray &token)
{
    const Response r = m_server.parentGet(QStringLiteral("calendar/%1/until/%1").arg(ymd(date)), token);
    for (const QJsonValue &d : payloadOf(r).value(QLatin1String("days")).toArray())
        for (const QJsonValue &c : d.toObject().value(QLatin1String("children")).toArray())
            if (c.toObject().value(QLatin1String("child")).toObject().value(QLatin1String("id")).toString() == childId)
                return c.toObject().value(QLatin1String("combinedPlanningParts")).toArray().first().toObject()
                    .value(QLatin1String("planningParts")).toArray().first().toObject();
    return {};
}

int ServerRequestsTest::threadCount()
{
    return int(m_server.parentGet(QStringLiteral("logbook/overview?from=20000101&to=29991231"), m_token).json().array().size());
}

void ServerRequestsTest::extraOptionsAreComputed()
{
    const QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan, QStringLiteral("ochtend"), 7);
    QVERIFY(day.isValid());
    const QJsonObject daan = childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_daan);
    QCOMPARE(daan.value(QLatin1String("options")).toArray().size(), 3); // ochtend, middag, hele dag (KDV rules)
    const QJsonObject morning = daan.value(QLatin1String("options")).toArray().first().toObject();
    QCOMPARE(morning.value(QLatin1String("label")).toString(), QStringLiteral("Ochtend"));
    QCOMPARE(morning.value(QLatin1String("value")).toDouble(), 5.5); // 07:30-13:00
    // Paying: invoice always, plus the child's credits that are usable for it.
    const QJsonArray payments = morning.value(QLatin1String("payments")).toArray();
    QCOMPARE(payments.first().toObject().value(QLatin1String("type")).toString(), QStringLiteral("invoice"));
    QVERIFY(payments.size() >= 2);
    // Family level: every child of the family is offered ("je alle kinderen ziet").
    QVERIFY(!childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_noor).isEmpty());
    // The BSO computes other parts from its own rules: VSO/NSO in school weeks.
    const QDate school = freeDay(m_server, m_bso, QStringLiteral("klimop"), m_mila, QStringLiteral("nso"), 3, 60, 0);
    QVERIFY(school.isValid());
    QVERIFY(!optionId(childOptions(m_server, m_bso, QStringLiteral("klimop"), school, m_mila), QStringLiteral("vso")).isEmpty());
}

void ServerRequestsTest::alreadyPlannedIsMarkedAndRefused()
{
    QDate day;
    const QJsonArray planned = plannedParts(m_server, m_token, QStringLiteral("deboomhut"), m_daan, 4, &day);
    QVERIFY(!planned.isEmpty());
    const QJsonObject daan = childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_daan);
    QVERIFY(daan.value(QLatin1String("alreadyPlanned")).toBool());
    const QJsonObject morning = daan.value(QLatin1String("options")).toArray().first().toObject();
    QVERIFY(morning.value(QLatin1String("alreadyPlanned")).toBool());
    QVERIFY(morning.value(QLatin1String("refusal")).toString().startsWith(QLatin1String("Reeds gepland van 07:30")));
    const Response r = submit({booking(m_daan, day, morning.value(QLatin1String("optionId")).toString(), invoice())});
    QCOMPARE(codeOf(r), QStringLiteral("nestje.request.already_planned"));
    QVERIFY(textOf(r).contains(QLatin1String("reeds gepland")));
}

void ServerRequestsTest::freeTimesOnlyForFlexibleCare()
{
    const QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan, QStringLiteral("middag"), 8);
    const QDate noorDay = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("middag"), 8);
    QVERIFY(day.isValid() && noorDay.isValid());
    auto freeTimes = [](const QString &child, QDate d) {
        return QJsonObject{{QStringLiteral("childId"), child}, {QStringLiteral("date"), ymd(d)},
                           {QStringLiteral("startTime"), QDateTime(d, QTime(9, 0), QTimeZone("Europe/Amsterdam")).toMSecsSinceEpoch()},
                           {QStringLiteral("endTime"), QDateTime(d, QTime(15, 30), QTimeZone("Europe/Amsterdam")).toMSecsSinceEpoch()},
                           {QStringLiteral("payment"), invoice()}};
    };
    QVERIFY(!childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_daan).value(QLatin1String("flexible")).toBool());
    QCOMPARE(codeOf(submit({freeTimes(m_daan, day)})), QStringLiteral("nestje.request.free_times_not_allowed"));
    // Noor has flexible day care: 09:00-15:30 is 6.5 hours.
    const Response r = submit({freeTimes(m_noor, noorDay)});
    QVERIFY2(ok(r), r.body.constData());
    QCOMPARE(payloadOf(r).value(QLatin1String("children")).toArray().first().toObject().value(QLatin1String("bookings")).toArray()
                 .first().toObject().value(QLatin1String("value")).toDouble(), 6.5);
}

void ServerRequestsTest::creditIsNeverSplit()
{
    // The organisation grants Daan a small credit: 3 hours, not enough for a morning (5.5 h).
    QString error;
    QVERIFY2(m_desk->addCredit(QStringLiteral("deboomhut"), QStringLiteral("Daan"), QStringLiteral("ruiltegoed"), 3, {}, &error), qPrintable(error));
    qint64 small = 0;
    for (const QJsonValue &c : payloadOf(m_server.parentGet(QStringLiteral("credits/") + m_daan, m_token)).value(QLatin1String("credits")).toArray())
        if (c.toObject().value(QLatin1String("total")).toDouble() == 3)
            small = c.toObject().value(QLatin1String("creditId")).toInteger();
    QVERIFY(small > 0);
    const QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan, QStringLiteral("ochtend"), 9);
    const QJsonObject opts = childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_daan);
    // The options do not offer the credit for the morning: "De tegoeden die zichtbaar zijn, zijn ook bruikbaar".
    for (const QJsonValue &o : opts.value(QLatin1String("options")).toArray())
        for (const QJsonValue &p : o.toObject().value(QLatin1String("payments")).toArray())
            QVERIFY(p.toObject().value(QLatin1String("creditId")).toInteger() != small);
    // … and it says why, so the form can tell the parent ("Het is niet mogelijk om gecombineerd te betalen").
    QString why;
    for (const QJsonValue &c : opts.value(QLatin1String("options")).toArray().first().toObject().value(QLatin1String("creditsNotOffered")).toArray())
        if (c.toObject().value(QLatin1String("creditId")).toInteger() == small)
            why = c.toObject().value(QLatin1String("reason")).toString();
    QCOMPARE(why, QStringLiteral("er is nog 3 uur, nodig is 5,5 uur; gedeeltelijk met tegoed betalen kan niet"));
    const Response r = submit({booking(m_daan, day, optionId(opts, QStringLiteral("ochtend")), credit(small))});
    QCOMPARE(codeOf(r), QStringLiteral("nestje.request.credit_insufficient"));
    QVERIFY(textOf(r).contains(QLatin1String("Gedeeltelijk met tegoed betalen kan niet")));
    QVERIFY(textOf(r).contains(QLatin1String("nog 3 uur, nodig is 5,5 uur")));
    double after = 0;
    for (const QJsonValue &c : payloadOf(m_server.parentGet(QStringLiteral("credits/") + m_daan, m_token)).value(QLatin1String("credits")).toArray())
        if (c.toObject().value(QLatin1String("creditId")).toInteger() == small)
            after = c.toObject().value(QLatin1String("remaining")).toDouble();
    QCOMPARE(after, 3.0);
    // Payment is one object: "mixed" or a list is malformed, not a partial payment.
    QJsonObject mixed{{QStringLiteral("type"), QStringLiteral("mixed")}, {QStringLiteral("creditId"), small}};
    QCOMPARE(submit({booking(m_daan, day, optionId(opts, QStringLiteral("ochtend")), mixed)}).status, 400);
    // The whole morning goes on the invoice instead.
    QVERIFY(ok(submit({booking(m_daan, day, optionId(opts, QStringLiteral("ochtend")), invoice())})));
}

void ServerRequestsTest::holidayCreditOnlyInHolidays()
{
    // Make a holiday reachable whatever today's date is: the BSO looks a year ahead in this test.
    QVERIFY(m_desk->setRule(QStringLiteral("klimop"), QStringLiteral("request.maxDaysAhead"), QStringLiteral("400"), nullptr));
    const qint64 pret = creditOf(m_server, m_bso, QStringLiteral("klimop"), m_mila, QStringLiteral("vakantiepret"));
    QVERIFY(pret > 0);
    const QDate school = freeDay(m_server, m_bso, QStringLiteral("klimop"), m_mila, QStringLiteral("nso"), 4, 60, 0);
    const Response refused = submit({booking(m_mila, school, optionId(childOptions(m_server, m_bso, QStringLiteral("klimop"), school, m_mila),
                                                                       QStringLiteral("nso")), credit(pret))},
                                    {}, m_bso, QStringLiteral("klimop"));
    QCOMPARE(codeOf(refused), QStringLiteral("nestje.request.credit_not_usable"));
    QVERIFY(textOf(refused).contains(QLatin1String("alleen te gebruiken in schoolvakanties")));
    const QDate holiday = freeDay(m_server, m_bso, QStringLiteral("klimop"), m_mila, QStringLiteral("vakantiedag"), 4, 380, 1);
    QVERIFY(holiday.isValid());
    // The seeded Vakantiepret-uren end on 31-12; late in the year the first free holiday day
    // may lie beyond them, so the planning office grants hours valid on that day.
    auto validOn = [&](QDate day) -> qint64 {
        const Response r = m_server.parentGet(QStringLiteral("credits/") + m_mila, m_bso, QStringLiteral("klimop"));
        for (const QJsonValue &c : payloadOf(r).value(QLatin1String("credits")).toArray())
            if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("vakantiepret")
                && amsterdamDate(c.toObject().value(QLatin1String("validUntil")).toInteger()) >= day)
                return c.toObject().value(QLatin1String("creditId")).toInteger();
        return 0;
    };
    if (!validOn(holiday))
        QVERIFY(m_desk->addCredit(QStringLiteral("klimop"), QStringLiteral("Mila"), QStringLiteral("vakantiepret"), 20, holiday.addDays(30), nullptr));
    const qint64 holidayCredit = validOn(holiday);
    QVERIFY(holidayCredit > 0);
    const Response accepted = submit({booking(m_mila, holiday, optionId(childOptions(m_server, m_bso, QStringLiteral("klimop"), holiday, m_mila),
                                                                         QStringLiteral("vakantiedag")), credit(holidayCredit))},
                                     {}, m_bso, QStringLiteral("klimop"));
    QVERIFY2(ok(accepted), accepted.body.constData());
    QVERIFY(m_desk->setRule(QStringLiteral("klimop"), QStringLiteral("request.maxDaysAhead"),
                            QStringLiteral("60"), nullptr));
}

void ServerRequestsTest::asWholeOnlyForOneDay()
{
    const QDate a = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("ochtend"), 10);
    const QDate b = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("ochtend"), 10, 85, -1, a);
    const Response r = submit({booking(m_noor, a, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), a, m_noor), QStringLiteral("ochtend")), invoice()),
                               booking(m_noor, b, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), b, m_noor), QStringLiteral("ochtend")), invoice())},
                              {{QStringLiteral("asWhole"), true}});
    QCOMPARE(codeOf(r), QStringLiteral("nestje.request.as_whole_single_day"));
    // Nothing was booked: the first day is still free.
    QVERIFY(childOptions(m_server, m_token, QStringLiteral("deboomhut"), a, m_noor).value(QLatin1String("planned")).toArray().isEmpty());
}

void ServerRequestsTest::creditInsideTermIsApprovedAutomatically()
{
    // KDV: credit, at least 48 h and at most 30 days ahead -> approved at once.
    const QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("middag"), 3, 25);
    const qint64 flex = creditOf(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("kdv-flex"));
    const Response r = submit({booking(m_noor, day, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_noor), QStringLiteral("middag")), credit(flex))});
    QVERIFY2(ok(r), r.body.constData());
    QCOMPARE(payloadOf(r).value(QLatin1String("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(calendarPart(m_noor, day, m_token).value(QLatin1String("plannedAttendanceCode")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("attend"));
    // The same paid on the invoice waits for staff.
    const QDate other = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("middag"), 3, 25, -1, day);
    const Response manual = submit({booking(m_noor, other, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), other, m_noor), QStringLiteral("middag")), invoice())});
    QCOMPARE(payloadOf(manual).value(QLatin1String("status")).toString(), QStringLiteral("pending"));
}

void ServerRequestsTest::submittedRequestIsOptieExtraInCalendar()
{
    const QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan, QStringLiteral("ochtend"), 5);
    const Response r = submit({booking(m_daan, day, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_daan), QStringLiteral("ochtend")), invoice())},
                              {{QStringLiteral("remark"), QStringLiteral("Graag met zijn vriendje Tim")}});
    QVERIFY(ok(r));
    QCOMPARE(payloadOf(r).value(QLatin1String("statusLabel")).toString(), QStringLiteral("Optie extra"));
    QCOMPARE(payloadOf(r).value(QLatin1String("remark")).toString(), QStringLiteral("Graag met zijn vriendje Tim"));
    const QJsonObject part = calendarPart(m_daan, day, m_token);
    QCOMPARE(part.value(QLatin1String("plannedAttendanceCode")).toObject().value(QLatin1String("code")).toString(), QStringLiteral("tentative"));
    QCOMPARE(part.value(QLatin1String("extraInfo")).toString(), QStringLiteral("Optie extra"));
}

void ServerRequestsTest::staffDecidesPerChildAndParentGetsMessage()
{
    // One request, two children, one day: staff approves Noor and rejects Daan; one message when both are assessed.
    QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan, QStringLiteral("ochtend"), 12);
    while (day.isValid() && freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("ochtend"), 0, 85, -1, day.addDays(-1)) != day)
        day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan, QStringLiteral("ochtend"), 12, 85, -1, day);
    QVERIFY(day.isValid());
    const Response r = submit({booking(m_noor, day, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_noor), QStringLiteral("ochtend")), invoice()),
                               booking(m_daan, day, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_daan), QStringLiteral("ochtend")), invoice())});
    const qint64 id = payloadOf(r).value(QLatin1String("requestId")).toInteger();
    const int threads = threadCount();
    QString error;
    QVERIFY2(m_desk->decide(QStringLiteral("deboomhut"), id, QStringLiteral("Noor"), true, QStringLiteral("Tot dan!"), &error), qPrintable(error));
    QCOMPARE(threadCount(), threads); // not all assessed yet
    QVERIFY(m_desk->decide(QStringLiteral("deboomhut"), id, QStringLiteral("Daan"), false, QStringLiteral("De Vossen zijn die ochtend vol."), &error));
    QCOMPARE(threadCount(), threads + 1);
    const QJsonObject thread = m_server.parentGet(QStringLiteral("logbook/overview?index=0"), m_token).json().array().first().toObject();
    QVERIFY(thread.value(QLatin1String("unread")).toBool());
    QVERIFY(thread.value(QLatin1String("message")).toString().contains(QLatin1String("De Vossen zijn die ochtend vol.")));
    const QJsonObject detail = payloadOf(m_server.parentGet(QStringLiteral("request/%1").arg(id), m_token));
    QStringList labels;
    for (const QJsonValue &c : detail.value(QLatin1String("children")).toArray())
        labels.append(c.toObject().value(QLatin1String("statusLabel")).toString());
    labels.sort();
    QCOMPARE(labels, (QStringList{QStringLiteral("Afgewezen"), QStringLiteral("Goedgekeurd")}));
    QVERIFY(calendarPart(m_daan, day, m_token).isEmpty());
}

void ServerRequestsTest::asWholeRejectsEveryChild()
{
    // A day on which both children's afternoons are free (the part both are booked for).
    QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan, QStringLiteral("middag"), 14);
    while (day.isValid() && freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_noor,
                                    QStringLiteral("middag"), 0, 85, -1, day.addDays(-1)) != day)
        day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan, QStringLiteral("middag"), 14, 85, -1, day);
    QVERIFY(day.isValid());
    const Response r = submit({booking(m_noor, day, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_noor), QStringLiteral("middag")), invoice()),
                               booking(m_daan, day, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_daan), QStringLiteral("middag")), invoice())},
                              {{QStringLiteral("asWhole"), true}});
    QVERIFY2(ok(r), r.body.constData());
    const qint64 id = payloadOf(r).value(QLatin1String("requestId")).toInteger();
    QString error;
    QVERIFY(m_desk->decide(QStringLiteral("deboomhut"), id, QStringLiteral("Daan"), false, QStringLiteral("Geen plek."), &error));
    const QJsonObject detail = payloadOf(m_server.parentGet(QStringLiteral("request/%1").arg(id), m_token));
    QCOMPARE(detail.value(QLatin1String("children")).toArray().size(), 2);
    for (const QJsonValue &c : detail.value(QLatin1String("children")).toArray())
        QCOMPARE(c.toObject().value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    QVERIFY(calendarPart(m_noor, day, m_token).isEmpty());
}

void ServerRequestsTest::requestExpiresWithoutTraffic()
{
    const QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan, QStringLiteral("hele-dag"), 6);
    const qint64 flex = creditOf(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("kdv-flex"));
    const QDate noorDay = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("ochtend"), 35, 80);
    QVERIFY(day.isValid() && noorDay.isValid());
    double before = 0;
    creditOf(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("kdv-flex"), &before);
    // Credit beyond the auto-approval term (30 days) waits for staff, holding the credit.
    const Response r = submit({booking(m_noor, noorDay, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), noorDay, m_noor), QStringLiteral("ochtend")), credit(flex))},
                              {{QStringLiteral("expiresAt"), m_server.now() + 1500}});
    QVERIFY2(ok(r), r.body.constData());
    QCOMPARE(payloadOf(r).value(QLatin1String("status")).toString(), QStringLiteral("pending"));
    const qint64 id = payloadOf(r).value(QLatin1String("requestId")).toInteger();
    const int threads = threadCount();
    // No request reaches the server for 2.5 s: only its timer can withdraw the request.
    QTest::qWait(2500);
    const QJsonObject detail = payloadOf(m_server.parentGet(QStringLiteral("request/%1").arg(id), m_token));
    QCOMPARE(detail.value(QLatin1String("status")).toString(), QStringLiteral("expired"));
    QCOMPARE(detail.value(QLatin1String("statusLabel")).toString(), QStringLiteral("Vervallen"));
    QVERIFY(calendarPart(m_noor, noorDay, m_token).isEmpty());
    double after = 0;
    creditOf(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("kdv-flex"), &after);
    QCOMPARE(after, before);
    QCOMPARE(threadCount(), threads + 1); // "Je ontvangt hier dan een bericht van"
    // An expiry moment after the care starts, or in the past, is refused.
    const QJsonArray one{booking(m_daan, day, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_daan), QStringLiteral("hele-dag")), invoice())};
    QCOMPARE(codeOf(submit(one, {{QStringLiteral("expiresAt"), m_server.now() - 1000}})), QStringLiteral("nestje.request.expiry_invalid"));
    QCOMPARE(codeOf(submit(one, {{QStringLiteral("expiresAt"), m_server.now() + 40LL * 86400000}})), QStringLiteral("nestje.request.expiry_invalid"));
}

void ServerRequestsTest::cancelPerChildRefundsCredit()
{
    QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("ochtend"), 5, 85);
    while (day.isValid() && freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan, QStringLiteral("ochtend"), 0, 85, -1, day.addDays(-1)) != day)
        day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("ochtend"), 5, 85, -1, day);
    QVERIFY(day.isValid());
    double before = 0;
    const qint64 flex = creditOf(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("kdv-flex"), &before);
    const Response r = submit({booking(m_noor, day, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_noor), QStringLiteral("ochtend")), credit(flex)),
                               booking(m_daan, day, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_daan), QStringLiteral("ochtend")), invoice())});
    QVERIFY2(ok(r), r.body.constData());
    const qint64 id = payloadOf(r).value(QLatin1String("requestId")).toInteger();
    double held = 0;
    creditOf(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("kdv-flex"), &held);
    QCOMPARE(held, before - 5.5);
    // Two children: the child must be named.
    QCOMPARE(codeOf(m_server.parentPut(QStringLiteral("request/%1/cancel").arg(id), m_token, QByteArray("{}"))), QStringLiteral("nestje.request.choose_child"));
    const Response cancelled = m_server.parentPut(QStringLiteral("request/%1/cancel").arg(id), m_token, QJsonObject{{QStringLiteral("childId"), m_noor}});
    QVERIFY2(ok(cancelled), cancelled.body.constData());
    QCOMPARE(payloadOf(cancelled).value(QLatin1String("children")).toArray().size(), 2);
    for (const QJsonValue &c : payloadOf(cancelled).value(QLatin1String("children")).toArray())
        QCOMPARE(c.toObject().value(QLatin1String("status")).toString(),
                 c.toObject().value(QLatin1String("childId")).toString() == m_noor ? QStringLiteral("cancelled") : QStringLiteral("pending"));
    double after = 0;
    creditOf(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("kdv-flex"), &after);
    QCOMPARE(after, before); // "Het tegoed wordt dan teruggestort."
    QVERIFY(calendarPart(m_noor, day, m_token).isEmpty());
    QVERIFY(!calendarPart(m_daan, day, m_token).isEmpty());
    // Cancelling again: the reason is given.
    const Response again = m_server.parentPut(QStringLiteral("request/%1/cancel").arg(id), m_token, QJsonObject{{QStringLiteral("childId"), m_noor}});
    QCOMPARE(codeOf(again), QStringLiteral("nestje.request.cancel_not_allowed"));
}

void ServerRequestsTest::cancellingAPeriodCancelsAllOfIt()
{
    QJsonArray bookings;
    QDate day;
    for (int i = 0; i < 3; ++i) {
        day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan, QStringLiteral("middag"), 20, 85, -1, day);
        QVERIFY(day.isValid());
        bookings.append(booking(m_daan, day, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_daan), QStringLiteral("middag")), invoice()));
    }
    const Response r = submit(bookings);
    QVERIFY2(ok(r), r.body.constData());
    const qint64 id = payloadOf(r).value(QLatin1String("requestId")).toInteger();
    const Response cancelled = m_server.parentPut(QStringLiteral("request/%1/cancel").arg(id), m_token, QByteArray("{}"));
    QVERIFY(ok(cancelled));
    const QJsonArray all = payloadOf(cancelled).value(QLatin1String("children")).toArray().first().toObject().value(QLatin1String("bookings")).toArray();
    QCOMPARE(all.size(), 3);
    for (const QJsonValue &b : all)
        QCOMPARE(b.toObject().value(QLatin1String("statusLabel")).toString(), QStringLiteral("Geannuleerd"));
}

void ServerRequestsTest::absenceIsRegisteredAtOnce()
{
    QDate day;
    const QJsonArray parts = plannedParts(m_server, m_token, QStringLiteral("deboomhut"), m_daan, 3, &day);
    QVERIFY(parts.size() >= 2); // a whole day: ochtend and middag, both pre-selected
    for (const QJsonValue &p : parts)
        QVERIFY(p.toObject().value(QLatin1String("selected")).toBool());
    const QString morning = parts.first().toObject().value(QLatin1String("optionId")).toString();
    QJsonObject body{{QStringLiteral("from"), ymd(day)}, {QStringLiteral("optionIds"), QJsonArray{morning}}};
    QCOMPARE(codeOf(m_server.parentPut(QStringLiteral("absence"), m_token, body)), QStringLiteral("nestje.absence.reason_required"));
    body.insert(QStringLiteral("reason"), QStringLiteral("sick"));
    body.insert(QStringLiteral("remark"), QStringLiteral("Koorts"));
    const Response r = m_server.parentPut(QStringLiteral("absence"), m_token, body);
    QVERIFY2(ok(r), r.body.constData());
    QCOMPARE(payloadOf(r).value(QLatin1String("statusLabel")).toString(), QStringLiteral("Doorgegeven"));
    // Only the morning is absent; the afternoon stays planned.
    const Response cal = m_server.parentGet(QStringLiteral("calendar/%1/until/%1").arg(ymd(day)), m_token);
    QStringList codes;
    for (const QJsonValue &d : payloadOf(cal).value(QLatin1String("days")).toArray())
        for (const QJsonValue &c : d.toObject().value(QLatin1String("children")).toArray())
            if (c.toObject().value(QLatin1String("child")).toObject().value(QLatin1String("id")).toString() == m_daan)
                for (const QJsonValue &p : c.toObject().value(QLatin1String("combinedPlanningParts")).toArray().first().toObject().value(QLatin1String("planningParts")).toArray())
                    codes.append(p.toObject().value(QLatin1String("plannedAttendanceCode")).toObject().value(QLatin1String("code")).toString()
                                 + QLatin1Char(':') + p.toObject().value(QLatin1String("extraInfo")).toString());
    QCOMPARE(codes, (QStringList{QStringLiteral("absent:Ziek"), QStringLiteral("attend:")}));
    // Visible in the overview; cancellable while the policy allows, which restores the planning.
    const qint64 id = payloadOf(r).value(QLatin1String("requestId")).toInteger();
    const QJsonArray overview = payloadArray(m_server.parentGet(QStringLiteral("request/overview/%1/%1").arg(ymd(day)), m_token));
    bool found = false;
    for (const QJsonValue &v : overview)
        found = found || (v.toObject().value(QLatin1String("requestId")).toInteger() == id && v.toObject().value(QLatin1String("type")).toString() == QLatin1String("absence"));
    QVERIFY(found);
    QVERIFY(ok(m_server.parentPut(QStringLiteral("request/%1/cancel").arg(id), m_token, QByteArray("{}"))));
    QCOMPARE(calendarPart(m_daan, day, m_token).value(QLatin1String("plannedAttendanceCode")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("attend"));
    // Nothing selected, and a part that has already started (today's, if any) are refused.
    body.insert(QStringLiteral("optionIds"), QJsonArray());
    QCOMPARE(codeOf(m_server.parentPut(QStringLiteral("absence"), m_token, body)), QStringLiteral("nestje.absence.nothing_selected"));
}

void ServerRequestsTest::absenceOfAWholeDay()
{
    // Every part of one planned row: each cut must land on the part it names, not on a leftover.
    QDate day;
    const QJsonArray parts = plannedParts(m_server, m_token, QStringLiteral("deboomhut"), m_noor, 15, &day);
    QVERIFY(parts.size() >= 2);
    QJsonArray ids;
    for (const QJsonValue &p : parts)
        ids.append(p.toObject().value(QLatin1String("optionId")));
    const Response r = m_server.parentPut(QStringLiteral("absence"), m_token,
                                          QJsonObject{{QStringLiteral("from"), ymd(day)}, {QStringLiteral("reason"), QStringLiteral("sick")},
                                                      {QStringLiteral("optionIds"), ids}});
    QVERIFY2(ok(r), r.body.constData());
    auto dayParts = [&] {
        QStringList list;
        const Response cal = m_server.parentGet(QStringLiteral("calendar/%1/until/%1").arg(ymd(day)), m_token);
        for (const QJsonValue &d : payloadOf(cal).value(QLatin1String("days")).toArray())
            for (const QJsonValue &c : d.toObject().value(QLatin1String("children")).toArray())
                if (c.toObject().value(QLatin1String("child")).toObject().value(QLatin1String("id")).toString() == m_noor)
                    for (const QJsonValue &p : c.toObject().value(QLatin1String("combinedPlanningParts")).toArray().first().toObject().value(QLatin1String("planningParts")).toArray()) {
                        const QJsonObject part = p.toObject();
                        list.append(QStringLiteral("%1-%2 %3").arg(part.value(QLatin1String("startTime")).toInteger())
                                        .arg(part.value(QLatin1String("endTime")).toInteger())
                                        .arg(part.value(QLatin1String("plannedAttendanceCode")).toObject().value(QLatin1String("code")).toString()));
                    }
        return list;
    };
    QStringList expected;
    for (const QJsonValue &p : parts)
        expected.append(QStringLiteral("%1-%2 absent").arg(p.toObject().value(QLatin1String("startTime")).toInteger())
                            .arg(p.toObject().value(QLatin1String("endTime")).toInteger()));
    QCOMPARE(dayParts(), expected);
    // Cancelled: the whole day is planned again.
    QVERIFY(ok(m_server.parentPut(QStringLiteral("request/%1/cancel").arg(payloadOf(r).value(QLatin1String("requestId")).toInteger()),
                                  m_token, QByteArray("{}"))));
    for (const QString &part : dayParts())
        QVERIFY2(part.endsWith(QLatin1String(" attend")), qPrintable(part));
}

void ServerRequestsTest::earlyAbsenceCreditIsARule()
{
    // KDV turned it on (48 h ahead earns ruiltegoed); the BSO keeps the manuals' default: no credit.
    auto ruiltegoed = [this](const QString &child) {
        double total = 0;
        for (const QJsonValue &c : payloadOf(m_server.parentGet(QStringLiteral("credits/") + child, m_token)).value(QLatin1String("credits")).toArray())
            if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("ruiltegoed") && c.toObject().value(QLatin1String("status")).toString() == QLatin1String("usable"))
                total += c.toObject().value(QLatin1String("remaining")).toDouble();
        return total;
    };
    const double before = ruiltegoed(m_noor);
    QDate day;
    const QJsonArray parts = plannedParts(m_server, m_token, QStringLiteral("deboomhut"), m_noor, 5, &day);
    QVERIFY(!parts.isEmpty());
    const Response r = m_server.parentPut(QStringLiteral("absence"), m_token,
                                          QJsonObject{{QStringLiteral("from"), ymd(day)}, {QStringLiteral("reason"), QStringLiteral("holiday")},
                                                      {QStringLiteral("optionIds"), QJsonArray{parts.first().toObject().value(QLatin1String("optionId"))}}});
    QVERIFY2(ok(r), r.body.constData());
    QCOMPARE(ruiltegoed(m_noor), before + parts.first().toObject().value(QLatin1String("value")).toDouble());

    QDate bsoDay;
    const QJsonArray bsoParts = plannedParts(m_server, m_bso, QStringLiteral("klimop"), m_mila, 5, &bsoDay);
    QVERIFY(!bsoParts.isEmpty());
    const int creditsBefore = int(payloadOf(m_server.parentGet(QStringLiteral("credits/") + m_mila, m_bso, QStringLiteral("klimop"))).value(QLatin1String("credits")).toArray().size());
    QVERIFY(ok(m_server.parentPut(QStringLiteral("absence"), m_bso,
                                  QJsonObject{{QStringLiteral("from"), ymd(bsoDay)}, {QStringLiteral("reason"), QStringLiteral("other")},
                                              {QStringLiteral("optionIds"), QJsonArray{bsoParts.first().toObject().value(QLatin1String("optionId"))}}},
                                  {}, QStringLiteral("klimop"))));
    QCOMPARE(int(payloadOf(m_server.parentGet(QStringLiteral("credits/") + m_mila, m_bso, QStringLiteral("klimop"))).value(QLatin1String("credits")).toArray().size()),
             creditsBefore);
}

void ServerRequestsTest::swapDayRules()
{
    QDate from;
    const QJsonArray give = plannedParts(m_server, m_token, QStringLiteral("deboomhut"), m_daan, 6, &from);
    QVERIFY(!give.isEmpty());
    QDate target = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan, QStringLiteral("ochtend"), 6, 80, -1, from);
    QVERIFY2(target.isValid() && from.daysTo(target) <= 30, qPrintable(ymd(from) + QLatin1Char(' ') + ymd(target)));
    QVERIFY(target.isValid());
    const Response options = m_server.parentGet(QStringLiteral("swap/options/%1/to/%2").arg(ymd(from), ymd(target)), m_token);
    QVERIFY(ok(options));
    QJsonObject daan;
    for (const QJsonValue &c : payloadOf(options).value(QLatin1String("children")).toArray())
        if (c.toObject().value(QLatin1String("childId")).toString() == m_daan)
            daan = c.toObject();
    QCOMPARE(daan.value(QLatin1String("targetAlreadyPlanned")).toBool(), false);
    QString morning, wholeDay;
    for (const QJsonValue &o : daan.value(QLatin1String("take")).toArray()) {
        if (o.toObject().value(QLatin1String("label")).toString() == QLatin1String("Ochtend"))
            morning = o.toObject().value(QLatin1String("optionId")).toString();
        if (o.toObject().value(QLatin1String("label")).toString() == QLatin1String("Hele dag"))
            wholeDay = o.toObject().value(QLatin1String("optionId")).toString();
    }
    const QString giveMorning = give.first().toObject().value(QLatin1String("optionId")).toString();
    // Taking more than is given up is refused; less is fine (the rest lapses).
    const Response more = m_server.parentPut(QStringLiteral("swap"), m_token,
                                             QJsonObject{{QStringLiteral("date"), ymd(from)}, {QStringLiteral("targetDate"), ymd(target)},
                                                         {QStringLiteral("giveUp"), QJsonArray{giveMorning}}, {QStringLiteral("take"), QJsonArray{wholeDay}}});
    QCOMPARE(codeOf(more), QStringLiteral("nestje.swap.take_exceeds"));
    // A target day on which the child is already planned gives a notice and is refused.
    QDate plannedTarget;
    QVERIFY(!plannedParts(m_server, m_token, QStringLiteral("deboomhut"), m_daan,
                          int(amsterdamDate(m_server.now()).daysTo(from)) + 1, &plannedTarget)
                 .isEmpty());
    QVERIFY(plannedTarget > from && from.daysTo(plannedTarget) <= 30);
    const Response notice = m_server.parentGet(
        QStringLiteral("swap/options/%1/to/%2").arg(ymd(from), ymd(plannedTarget)), m_token);
    bool noticed = false;
    for (const QJsonValue &c : payloadOf(notice).value(QLatin1String("children")).toArray())
        if (c.toObject().value(QLatin1String("childId")).toString() == m_daan)
            noticed = c.toObject().value(QLatin1String("targetAlreadyPlanned")).toBool();
    QVERIFY(noticed);
    const Response planned = m_server.parentPut(
        QStringLiteral("swap"), m_token,
        QJsonObject{
            {QStringLiteral("date"), ymd(from)},
            {QStringLiteral("targetDate"), ymd(plannedTarget)},
            {QStringLiteral("giveUp"), QJsonArray{giveMorning}},
            {QStringLiteral("take"),
             QJsonArray{optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"),
                                              plannedTarget, m_daan),
                                 QStringLiteral("ochtend"))}}});
    QCOMPARE(codeOf(planned), QStringLiteral("nestje.swap.target_planned"));
    // A part that is not planned on the given-up day is unknown.
    const Response unknown =
        m_server.parentPut(QStringLiteral("swap"), m_token,
                           QJsonObject{{QStringLiteral("date"), ymd(target)},
                                       {QStringLiteral("targetDate"), ymd(from)},
                                       {QStringLiteral("giveUp"), QJsonArray{giveMorning}},
                                       {QStringLiteral("take"), QJsonArray{giveMorning}}});
    QCOMPARE(codeOf(unknown), QStringLiteral("nestje.swap.part_unknown"));
    const Response swap = m_server.parentPut(QStringLiteral("swap"), m_token,
                                             QJsonObject{{QStringLiteral("date"), ymd(from)}, {QStringLiteral("targetDate"), ymd(target)},
                                                         {QStringLiteral("giveUp"), QJsonArray{giveMorning}}, {QStringLiteral("take"), QJsonArray{morning}}});
    QVERIFY2(ok(swap), swap.body.constData());
    QCOMPARE(calendarPart(m_daan, target, m_token).value(QLatin1String("extraInfo")).toString(), QStringLiteral("Optie ruil"));
    const qint64 id = payloadOf(swap).value(QLatin1String("requestId")).toInteger();
    QString error;
    QVERIFY2(m_desk->decide(QStringLiteral("deboomhut"), id, QStringLiteral("Daan"), true, {}, &error), qPrintable(error));
    QCOMPARE(calendarPart(m_daan, target, m_token).value(QLatin1String("plannedAttendanceCode")).toObject().value(QLatin1String("code")).toString(), QStringLiteral("attend"));
    QCOMPARE(calendarPart(m_daan, from, m_token).value(QLatin1String("extraInfo")).toString(), QStringLiteral("Geruild"));
    // The BSO does not offer swap days: 404, as a portal without the route.
    QCOMPARE(m_server.parentGet(QStringLiteral("swap/options/%1/to/%2").arg(ymd(from), ymd(target)), m_bso, QStringLiteral("klimop")).status, 404);
}

// A swap for a period (001 §5.3 "voor een enkele dag of voor een periode"): the planned parts of
// every day of [from, until] can be given up for parts of the period of the same length that starts
// at the target date. Noor, so that swapDayRules' swap of Daan does not change what is found here.
void ServerRequestsTest::swapForAPeriod()
{
    // Two days in a row on which Noor is planned, so that the period gives up parts of both.
    const QDate today = amsterdamDate(m_server.now());
    QSet<QDate> plannedDays;
    const Response absence =
        m_server.parentGet(QStringLiteral("absence/options/%1/until/%2")
                               .arg(ymd(today.addDays(5)), ymd(today.addDays(30))),
                           m_token);
    for (const QJsonValue &v : payloadOf(absence).value(QLatin1String("parts")).toArray())
        if (v.toObject().value(QLatin1String("childId")).toString() == m_noor)
            plannedDays.insert(
                amsterdamDate(qint64(v.toObject().value(QLatin1String("date")).toDouble())));
    QDate from;
    for (QDate d = today.addDays(5); !from.isValid() && d < today.addDays(30); d = d.addDays(1))
        if (plannedDays.contains(d) && plannedDays.contains(d.addDays(1)))
            from = d;
    QVERIFY2(from.isValid(), "Noor has no two planned days in a row in the coming weeks");
    const QDate until = from.addDays(1);
    // The first day after the period on which Noor is not planned at all and a morning can be
    // taken.
    QDate target;
    for (QDate d = until.addDays(1); !target.isValid() && from.daysTo(d) <= 30; d = d.addDays(1)) {
        const Response single = m_server.parentGet(
            QStringLiteral("swap/options/%1/to/%2").arg(ymd(from), ymd(d)), m_token);
        for (const QJsonValue &c : payloadOf(single).value(QLatin1String("children")).toArray()) {
            const QJsonObject child = c.toObject();
            if (child.value(QLatin1String("childId")).toString() != m_noor ||
                child.value(QLatin1String("targetAlreadyPlanned")).toBool())
                continue;
            for (const QJsonValue &o : child.value(QLatin1String("take")).toArray())
                if (o.toObject().value(QLatin1String("label")).toString() ==
                        QLatin1String("Ochtend") &&
                    o.toObject().value(QLatin1String("available")).toBool())
                    target = d;
        }
    }
    QVERIFY2(target.isValid(), qPrintable(ymd(from)));
    const QString path = QStringLiteral("swap/options/%1/until/%2/to/%3");
    const Response options =
        m_server.parentGet(path.arg(ymd(from), ymd(until), ymd(target)), m_token);
    QVERIFY2(ok(options), options.body.constData());
    QJsonObject noor;
    for (const QJsonValue &c : payloadOf(options).value(QLatin1String("children")).toArray())
        if (c.toObject().value(QLatin1String("childId")).toString() == m_noor)
            noor = c.toObject();
    // Every planned part of both days is offered to give up, each with its date; the parts to take
    // lie in [target, target + 1].
    QJsonArray giveUp;
    QSet<QDate> givenDays;
    for (const QJsonValue &v : noor.value(QLatin1String("giveUp")).toArray()) {
        const QDate d = amsterdamDate(qint64(v.toObject().value(QLatin1String("date")).toDouble()));
        QVERIFY2(d == from || d == until, qPrintable(ymd(d)));
        givenDays.insert(d);
        giveUp.append(v.toObject().value(QLatin1String("optionId")));
    }
    QCOMPARE(givenDays, (QSet<QDate>{from, until}));
    QString morning;
    for (const QJsonValue &v : noor.value(QLatin1String("take")).toArray()) {
        const QJsonObject part = v.toObject();
        const QDate d = amsterdamDate(qint64(part.value(QLatin1String("date")).toDouble()));
        QVERIFY2(d == target || d == target.addDays(1), qPrintable(ymd(d)));
        if (d == target &&
            part.value(QLatin1String("label")).toString() == QLatin1String("Ochtend"))
            morning = part.value(QLatin1String("optionId")).toString();
    }
    QVERIFY(!morning.isEmpty());
    const auto swap = [&](QDate date, QDate last, QDate to, const QJsonArray &give,
                          const QJsonArray &take) {
        return m_server.parentPut(QStringLiteral("swap"), m_token,
                                  QJsonObject{{QStringLiteral("date"), ymd(date)},
                                              {QStringLiteral("until"), ymd(last)},
                                              {QStringLiteral("targetDate"), ymd(to)},
                                              {QStringLiteral("giveUp"), give},
                                              {QStringLiteral("take"), take}});
    };
    // A period longer than 31 days, or ending before it starts, is a bad request.
    QCOMPARE(
        m_server.parentGet(path.arg(ymd(from), ymd(from.addDays(31)), ymd(target)), m_token).status,
        400);
    QCOMPARE(swap(from, from.addDays(-1), target, giveUp, QJsonArray{morning}).status, 400);
    // A target period that overlaps the period given up is refused.
    QCOMPARE(codeOf(swap(from, until, until, giveUp, QJsonArray{morning})),
             QStringLiteral("nestje.swap.overlap"));
    // A part of a day outside the period is not among what can be given up.
    QDate later;
    const QJsonArray laterParts =
        plannedParts(m_server, m_token, QStringLiteral("deboomhut"), m_noor,
                     int(amsterdamDate(m_server.now()).daysTo(until)) + 1, &later);
    QVERIFY(!laterParts.isEmpty() && later > until);
    QCOMPARE(codeOf(swap(from, until, target,
                         QJsonArray{laterParts.first().toObject().value(QLatin1String("optionId"))},
                         QJsonArray{morning})),
             QStringLiteral("nestje.swap.part_unknown"));

    const Response made = swap(from, until, target, giveUp, QJsonArray{morning});
    QVERIFY2(ok(made), made.body.constData());
    QSet<QDate> bookedFrom;
    int bookedTo = 0;
    for (const QJsonValue &c : payloadOf(made).value(QLatin1String("children")).toArray())
        for (const QJsonValue &b : c.toObject().value(QLatin1String("bookings")).toArray()) {
            const QDate d =
                amsterdamDate(qint64(b.toObject().value(QLatin1String("date")).toDouble()));
            if (b.toObject().value(QLatin1String("role")).toString() == QLatin1String("swap_from"))
                bookedFrom.insert(d);
            else if (b.toObject().value(QLatin1String("role")).toString() ==
                         QLatin1String("swap_to") &&
                     d == target)
                ++bookedTo;
        }
    QCOMPARE(bookedFrom, givenDays);
    QCOMPARE(bookedTo, 1);
    QCOMPARE(calendarPart(m_noor, target, m_token).value(QLatin1String("extraInfo")).toString(),
             QStringLiteral("Optie ruil"));
    // Approved, every given-up day of the period shows "Geruild".
    QString error;
    QVERIFY2(m_desk->decide(QStringLiteral("deboomhut"),
                            payloadOf(made).value(QLatin1String("requestId")).toInteger(),
                            QStringLiteral("Noor"), true, {}, &error),
             qPrintable(error));
    // (Part of a day may already be absent from an earlier test: look at all its parts.)
    const auto labelsOn = [&](QDate d) {
        QStringList labels;
        const Response r =
            m_server.parentGet(QStringLiteral("calendar/%1/until/%1").arg(ymd(d)), m_token);
        for (const QJsonValue &day : payloadOf(r).value(QLatin1String("days")).toArray())
            for (const QJsonValue &c : day.toObject().value(QLatin1String("children")).toArray()) {
                if (c.toObject()
                        .value(QLatin1String("child"))
                        .toObject()
                        .value(QLatin1String("id"))
                        .toString() != m_noor)
                    continue;
                for (const QJsonValue &combined :
                     c.toObject().value(QLatin1String("combinedPlanningParts")).toArray())
                    for (const QJsonValue &part :
                         combined.toObject().value(QLatin1String("planningParts")).toArray())
                        labels.append(part.toObject().value(QLatin1String("extraInfo")).toString());
            }
        return labels;
    };
    for (const QDate d : std::as_const(givenDays))
        QVERIFY2(labelsOn(d).contains(QStringLiteral("Geruild")),
                 qPrintable(ymd(d) + QLatin1Char(' ') + labelsOn(d).join(QLatin1Char(','))));
    QCOMPARE(calendarPart(m_noor, target, m_token)
                 .value(QLatin1String("plannedAttendanceCode"))
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("attend"));
}

// X29: the closing days on weekdays are the rule's calendar.closedDates, with their names, and a
// closing day the staff add shows at once; the school holidays are those that touch the window.
void ServerRequestsTest::closuresAreTheRulesClosingDaysAndHolidays()
{
    const QDate today = amsterdamDate(m_server.now());
    const QDate last = today.addDays(400);
    // A weekday in the window that is not closed yet becomes a closing day.
    QDate extra = today.addDays(20);
    while (extra.dayOfWeek() > 5)
        extra = extra.addDays(1);
    QVERIFY(m_desk->setRule(QStringLiteral("deboomhut"), QStringLiteral("calendar.closedDates"),
                            QStringLiteral("01-01,04-27,12-25,12-26,") + extra.toString(QStringLiteral("MM-dd")), nullptr));
    const QStringList rule{QStringLiteral("01-01"), QStringLiteral("04-27"), QStringLiteral("12-25"), QStringLiteral("12-26"),
                           extra.toString(QStringLiteral("MM-dd"))};
    const Response r = m_server.parentGet(QStringLiteral("closures/%1/until/%2").arg(ymd(today), ymd(last)), m_token);
    QVERIFY2(ok(r), r.body.constData());
    QMap<QDate, QString> closed;
    for (const QJsonValue &v : payloadOf(r).value(QLatin1String("closedDays")).toArray())
        closed.insert(amsterdamDate(qint64(v.toObject().value(QLatin1String("date")).toDouble())),
                      v.toObject().value(QLatin1String("name")).toString());
    QMap<QDate, QString> expected;
    for (QDate d = today; d <= last; d = d.addDays(1))
        if (d.dayOfWeek() <= 5 && rule.contains(d.toString(QStringLiteral("MM-dd"))))
            expected.insert(d, closed.value(d));
    QCOMPARE(closed.keys(), expected.keys());
    QCOMPARE(closed.value(extra), QStringLiteral("Sluitingsdag"));
    for (auto it = closed.cbegin(); it != closed.cend(); ++it)
        if (it.key().month() == 12 && it.key().day() == 25)
            QCOMPARE(it.value(), QStringLiteral("Eerste Kerstdag"));
    for (const QJsonValue &v : payloadOf(r).value(QLatin1String("schoolHolidays")).toArray()) {
        const QDate start = amsterdamDate(qint64(v.toObject().value(QLatin1String("startDate")).toDouble()));
        const QDate end = amsterdamDate(qint64(v.toObject().value(QLatin1String("endDate")).toDouble()));
        QVERIFY(!v.toObject().value(QLatin1String("name")).toString().isEmpty());
        QVERIFY2(start <= end && end >= today && start <= last, qPrintable(ymd(start) + QLatin1Char(' ') + ymd(end)));
    }
    QVERIFY(m_desk->setRule(QStringLiteral("deboomhut"), QStringLiteral("calendar.closedDates"),
                            QStringLiteral("01-01,04-27,12-25,12-26"), nullptr));
    QCOMPARE(m_server.parentGet(QStringLiteral("closures/%1/until/%2").arg(ymd(last), ymd(today)), m_token).status, 400);
}

void ServerRequestsTest::creditsShowHistoryAndStatus()
{
    const QJsonObject daan = payloadOf(m_server.parentGet(QStringLiteral("credits/") + m_daan, m_token));
    QStringList statuses;
    bool usedForRequest = false;
    for (const QJsonValue &c : daan.value(QLatin1String("credits")).toArray()) {
        statuses.append(c.toObject().value(QLatin1String("statusLabel")).toString());
        for (const QJsonValue &h : c.toObject().value(QLatin1String("history")).toArray())
            usedForRequest = usedForRequest || (h.toObject().value(QLatin1String("kind")).toString() == QLatin1String("use")
                                                && h.toObject().value(QLatin1String("requestId")).toInteger() > 0);
    }
    QVERIFY(statuses.contains(QStringLiteral("Verlopen")));  // the seed's expired ruiltegoed
    QVERIFY(statuses.contains(QStringLiteral("Bruikbaar")));
    for (const QJsonValue &c : payloadOf(m_server.parentGet(QStringLiteral("credits/") + m_noor, m_token)).value(QLatin1String("credits")).toArray())
        for (const QJsonValue &h : c.toObject().value(QLatin1String("history")).toArray())
            usedForRequest = usedForRequest || (h.toObject().value(QLatin1String("kind")).toString() == QLatin1String("use")
                                                && h.toObject().value(QLatin1String("requestId")).toInteger() > 0);
    QVERIFY(usedForRequest); // Noor's credit paid for requests above
    const QJsonObject all = payloadOf(m_server.parentGet(QStringLiteral("credits"), m_bso, QStringLiteral("klimop")));
    const QJsonObject mila = all.value(QLatin1String("children")).toArray().first().toObject();
    bool holidayOnly = false;
    for (const QJsonValue &c : mila.value(QLatin1String("credits")).toArray())
        holidayOnly = holidayOnly || (c.toObject().value(QLatin1String("typeLabel")).toString() == QLatin1String("Vakantiepret-uren")
                                      && c.toObject().value(QLatin1String("holidayOnly")).toBool());
    QVERIFY(holidayOnly);
}

// request.leadHours (KDV 24, BSO 48), counted from the start of each part. The clock stands on a
// Wednesday at 10:00, so every case below has one answer. The lead time is checked before the
// child's planning, so a planned part inside it is "too late" too.
void ServerRequestsTest::leadTimeIsPerOrganisationFromThePartsStart()
{
    const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_server.now(), amsterdam);
    QCOMPARE(now.date().dayOfWeek(), 3);
    QVERIFY2(now.time() >= QTime(10, 0) && now.time() < QTime(11, 0), qPrintable(now.toString()));
    const QDate wednesday = now.date();
    const QDate thursday = wednesday.addDays(1);
    auto kdv = [this](const QString &child, QDate day, const QString &part) {
        return submit({booking(
            child, day,
            optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, child),
                     part),
            invoice())});
    };
    const QString tooLate = QStringLiteral("nestje.request.too_late");
    QCOMPARE(codeOf(kdv(m_noor, wednesday, QStringLiteral("ochtend"))),
             tooLate); // started at 07:30
    QCOMPARE(codeOf(kdv(m_noor, wednesday, QStringLiteral("middag"))),
             tooLate); // starts in 3 hours
    const Response thursdayMorning =
        kdv(m_noor, thursday, QStringLiteral("ochtend")); // in 21.5 hours
    QCOMPARE(codeOf(thursdayMorning), tooLate);
    QVERIFY2(textOf(thursdayMorning).contains(QLatin1String("minimaal 24 uur")),
             qPrintable(textOf(thursdayMorning)));
    // Thursday 13:00 is 27 hours ahead: outside the KDV's 24, so it can be booked.
    QString error;
    QVERIFY2(m_desk->removePlanning(QStringLiteral("deboomhut"), QStringLiteral("Daan"), thursday,
                                    &error),
             qPrintable(error));
    const Response booked = kdv(m_daan, thursday, QStringLiteral("middag"));
    QVERIFY2(ok(booked), booked.body.constData());

    // The BSO asks 48 hours: its Thursday part that starts 24 to 48 hours from now is too late
    // there.
    const QJsonObject mila =
        childOptions(m_server, m_bso, QStringLiteral("klimop"), thursday, m_mila);
    QString inside;
    for (const QJsonValue &o : mila.value(QLatin1String("options")).toArray()) {
        const qint64 ahead =
            o.toObject().value(QLatin1String("startTime")).toInteger() - m_server.now();
        if (inside.isEmpty() && ahead > 24LL * 3600 * 1000 && ahead < 48LL * 3600 * 1000)
            inside = o.toObject().value(QLatin1String("optionId")).toString();
    }
    QVERIFY2(!inside.isEmpty(),
             "the BSO offers a Thursday part after 10:00 (NSO 14:00 or a holiday part)");
    const Response bso =
        submit({booking(m_mila, thursday, inside, invoice())}, {}, m_bso, QStringLiteral("klimop"));
    QCOMPARE(codeOf(bso), tooLate);
    QVERIFY2(textOf(bso).contains(QLatin1String("minimaal 48 uur")), qPrintable(textOf(bso)));
}

// request.maxDaysAhead (KDV 90, BSO 60), checked before the planning.
void ServerRequestsTest::horizonIsPerOrganisation()
{
    const QDate today = amsterdamDate(m_server.now());
    QDate far = today.addDays(120);
    while (far.dayOfWeek() != 3)
        far = far.addDays(1);
    QVERIFY(!childOptions(m_server, m_token, QStringLiteral("deboomhut"), far, m_noor)
                 .value(QLatin1String("closed"))
                 .toBool());
    const Response kdv = submit(
        {booking(m_noor, far,
                 optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), far, m_noor),
                          QStringLiteral("ochtend")),
                 invoice())});
    QCOMPARE(codeOf(kdv), QStringLiteral("nestje.request.too_far_ahead"));
    QVERIFY(textOf(kdv).contains(QLatin1String("90 dagen")));
    // 70 days: inside the KDV's 90 (this child's planning decides there), beyond the BSO's 60.
    QDate between = today.addDays(70);
    while (between.dayOfWeek() != 3)
        between = between.addDays(1);
    const QJsonObject mila =
        childOptions(m_server, m_bso, QStringLiteral("klimop"), between, m_mila);
    QVERIFY(!mila.value(QLatin1String("closed")).toBool());
    const QString part = mila.value(QLatin1String("options"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QLatin1String("optionId"))
                             .toString();
    QVERIFY(!part.isEmpty());
    const Response bso =
        submit({booking(m_mila, between, part, invoice())}, {}, m_bso, QStringLiteral("klimop"));
    QCOMPARE(codeOf(bso), QStringLiteral("nestje.request.too_far_ahead"));
    QVERIFY(textOf(bso).contains(QLatin1String("60 dagen")));
    const QDate kdvBetween = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan,
                                     QStringLiteral("ochtend"), 65, 85);
    QVERIFY(kdvBetween.isValid());
    QVERIFY(ok(submit({booking(
        m_daan, kdvBetween,
        optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), kdvBetween, m_daan),
                 QStringLiteral("ochtend")),
        invoice())})));
}

void ServerRequestsTest::concurrentLastPlace()
{
    // Daan (family 1) and Tess (family 2) are both in the Vossen. One place left on a morning:
    // both parents ask at the same moment; exactly one gets it.
    QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan, QStringLiteral("ochtend"), 10);
    while (day.isValid() && freeDay(m_server, m_second, QStringLiteral("deboomhut"), m_tess, QStringLiteral("ochtend"), 0, 85, -1, day.addDays(-1)) != day)
        day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan, QStringLiteral("ochtend"), 10, 85, -1, day);
    QVERIFY(day.isValid());
    QString error;
    QVERIFY2(m_desk->setCapacity(QStringLiteral("deboomhut"), QStringLiteral("Vossen"), 1, &error), qPrintable(error));
    const QJsonObject daanBody{{QStringLiteral("bookings"), QJsonArray{booking(m_daan, day, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_daan), QStringLiteral("ochtend")), invoice())}}};
    const QJsonObject tessBody{{QStringLiteral("bookings"), QJsonArray{booking(m_tess, day, optionId(childOptions(m_server, m_second, QStringLiteral("deboomhut"), day, m_tess), QStringLiteral("ochtend")), invoice())}}};
    auto send = [this](const QByteArray &token, const QJsonObject &body) {
        QNetworkRequest request(QUrl(m_server.portal().toString() + QStringLiteral("/restservices-parent/request/extraday")));
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setRawHeader("Content-Type", "application/json");
        return m_server.network().put(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    // Both are on the wire before either answer is read.
    QNetworkReply *a = send(m_token, daanBody);
    QNetworkReply *b = send(m_second, tessBody);
    QTRY_VERIFY_WITH_TIMEOUT(a->isFinished() && b->isFinished(), 10000);
    const QJsonObject ra = QJsonDocument::fromJson(a->readAll()).object();
    const QJsonObject rb = QJsonDocument::fromJson(b->readAll()).object();
    a->deleteLater();
    b->deleteLater();
    const int winners = int(ra.value(QLatin1String("result")).toBool()) + int(rb.value(QLatin1String("result")).toBool());
    QCOMPARE(winners, 1);
    const QJsonObject loser = ra.value(QLatin1String("result")).toBool() ? rb : ra;
    QCOMPARE(loser.value(QLatin1String("messages")).toArray().first().toObject().value(QLatin1String("messageCode")).toString(),
             QStringLiteral("nestje.request.group_full"));
    QVERIFY(loser.value(QLatin1String("messages")).toArray().first().toObject().value(QLatin1String("text")).toString().contains(QLatin1String("geen plek meer")));
    QVERIFY(m_desk->setCapacity(QStringLiteral("deboomhut"), QStringLiteral("Vossen"), 14, &error));
}

void ServerRequestsTest::idempotentRequest()
{
    const QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("hele-dag"), 15);
    const QJsonArray one{booking(m_noor, day, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_noor), QStringLiteral("hele-dag")), invoice())};
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const Response first = submit(one, {}, {}, QStringLiteral("deboomhut"), key);
    const Response retry = submit(one, {}, {}, QStringLiteral("deboomhut"), key);
    QVERIFY(ok(first));
    QCOMPARE(retry.body, first.body);
    // Without the key, the same request is a second request: refused as already planned.
    QCOMPARE(codeOf(submit(one)), QStringLiteral("nestje.request.already_planned"));
    int live = 0;
    for (const QJsonValue &v : payloadArray(m_server.parentGet(QStringLiteral("request/overview/%1/%1").arg(ymd(day)), m_token)))
        for (const QJsonValue &c : v.toObject().value(QLatin1String("children")).toArray())
            live += c.toObject().value(QLatin1String("childId")).toString() == m_noor
                && (c.toObject().value(QLatin1String("status")).toString() == QLatin1String("pending")
                    || c.toObject().value(QLatin1String("status")).toString() == QLatin1String("approved"));
    QCOMPARE(live, 1);
}

void ServerRequestsTest::anotherFamilysIdsAre404()
{
    const QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("ochtend"), 16);
    const QString noorOption = optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_noor), QStringLiteral("ochtend"));
    // Another family's child in a booking, their credit, their absence parts, their request.
    QCOMPARE(submit({booking(m_noor, day, noorOption, invoice())}, {}, m_second).status, 404);
    const qint64 tessCredit = creditOf(m_server, m_second, QStringLiteral("deboomhut"), m_tess, QStringLiteral("kdv-flex"));
    QVERIFY(tessCredit > 0);
    QCOMPARE(submit({booking(m_noor, day, noorOption, credit(tessCredit))}).status, 404);
    QCOMPARE(m_server.parentGet(QStringLiteral("credits/") + m_tess, m_token).status, 404);
    QDate planned;
    const QJsonArray parts = plannedParts(m_server, m_token, QStringLiteral("deboomhut"), m_noor, 3, &planned);
    QCOMPARE(m_server.parentPut(QStringLiteral("absence"), m_second,
                                QJsonObject{{QStringLiteral("from"), ymd(planned)}, {QStringLiteral("reason"), QStringLiteral("sick")},
                                            {QStringLiteral("optionIds"), QJsonArray{parts.first().toObject().value(QLatin1String("optionId"))}}}).status, 404);
    const QDate today = amsterdamDate(m_server.now());
    const QJsonArray mine = payloadArray(m_server.parentGet(QStringLiteral("request/overview/%1/%2").arg(ymd(today), ymd(today.addDays(200))), m_token));
    QVERIFY(!mine.isEmpty());
    const qint64 id = mine.first().toObject().value(QLatin1String("requestId")).toInteger();
    QCOMPARE(m_server.parentGet(QStringLiteral("request/%1").arg(id), m_second).status, 404);
    QCOMPARE(m_server.parentPut(QStringLiteral("request/%1/cancel").arg(id), m_second, QByteArray("{}")).status, 404);
    QCOMPARE(m_server.parentPut(QStringLiteral("swap"), m_second,
                                QJsonObject{{QStringLiteral("date"), ymd(planned)}, {QStringLiteral("targetDate"), ymd(day)},
                                            {QStringLiteral("giveUp"), QJsonArray{parts.first().toObject().value(QLatin1String("optionId"))}},
                                            {QStringLiteral("take"), QJsonArray{noorOption}}}).status, 404);
    QVERIFY(payloadArray(m_server.parentGet(QStringLiteral("request/overview/%1/%2").arg(ymd(today), ymd(today.addDays(200))), m_second)).isEmpty());
}

void ServerRequestsTest::expiredWhileDownIsSweptAtStartUp()
{
    // A request whose expiry passes while no event loop runs (as if the server were down) is
    // withdrawn by the sweep a server runs when it starts.
    const QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_daan, QStringLiteral("middag"), 8);
    const Response r = submit(
        {booking(m_daan, day,
                 optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_daan),
                          QStringLiteral("middag")),
                 invoice())},
        {{QStringLiteral("expiresAt"), m_server.now() + 60 * 1000}});
    QVERIFY2(ok(r), r.body.constData());
    const qint64 id = payloadOf(r).value(QLatin1String("requestId")).toInteger();
    // The clock passes the expiry while no event loop runs; the running server's timer aims a
    // minute of real time ahead, so it cannot fire here however slow the machine is (a sleep
    // past a short expiry raced with a slow submit on a loaded machine).
    m_server.advance(61 * 1000);
    auto status = [&] {
        return m_desk->portal().db.scalar(QStringLiteral("SELECT status FROM bookings WHERE request_id = ?"), {id}).toString();
    };
    QCOMPARE(status(), QStringLiteral("pending"));
    ReferenceServer restarted(ServerOptions{m_server.dataDir(), {}, {}, {}, [this] { return m_server.now(); }});
    QString error;
    QVERIFY2(restarted.open(&error), qPrintable(error));
    QVERIFY2(restarted.listen(QHostAddress::LocalHost, 0, &error) != 0, qPrintable(error));
    QCOMPARE(status(), QStringLiteral("expired"));
}

void ServerRequestsTest::cancelOutsideWindowGivesTheReason()
{
    const QDate day = freeDay(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("middag"), 10);
    const qint64 flex = creditOf(m_server, m_token, QStringLiteral("deboomhut"), m_noor, QStringLiteral("kdv-flex"));
    const Response r = submit({booking(m_noor, day, optionId(childOptions(m_server, m_token, QStringLiteral("deboomhut"), day, m_noor), QStringLiteral("middag")), credit(flex))});
    QVERIFY2(ok(r), r.body.constData());
    const qint64 id = payloadOf(r).value(QLatin1String("requestId")).toInteger();
    QCOMPARE(payloadOf(r).value(QLatin1String("status")).toString(), QStringLiteral("approved"));
    // Move the clock to 30 hours before the afternoon starts: inside the KDV's 48-hour window.
    const qint64 start = QDateTime(day, QTime(13, 0), QTimeZone("Europe/Amsterdam")).toMSecsSinceEpoch();
    m_server.advance(start - 30LL * 3600 * 1000 - m_server.now());
    const QByteArray token = m_server.token();
    const QJsonObject detail = payloadOf(m_server.parentGet(QStringLiteral("request/%1").arg(id), token));
    const QJsonObject child = detail.value(QLatin1String("children")).toArray().first().toObject();
    QCOMPARE(child.value(QLatin1String("cancellable")).toBool(), false);
    QVERIFY(child.value(QLatin1String("cancelRefusal")).toString().contains(QLatin1String("48 uur")));
    const Response refused = m_server.parentPut(QStringLiteral("request/%1/cancel").arg(id), token, QByteArray("{}"));
    QCOMPARE(codeOf(refused), QStringLiteral("nestje.request.cancel_not_allowed"));
    QVERIFY(textOf(refused).contains(QLatin1String("Afwezigheid doorgeven")));
}

QTEST_GUILESS_MAIN(ServerRequestsTest)
#include "tst_server_requests.moc"
