// SPDX-License-Identifier: GPL-3.0-or-later
// The demo organisations' rules, modules and placements. The two organisations are seeded
// differently on purpose, so every rule is exercised both ways: the KDV offers swap days,
// video and observations and credits early absence; the BSO does not swap ("ruilen bestaat
// niet meer" at some organisations), books school-week and holiday day parts, and its credit
// is valid until 31-12 like Hoera's flextegoed.
#include "server/Dates.h"
#include "server/Portal.h"
#include "server/seed/DemoSeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nestje::server {

void DemoSeed::createRules(Org &org)
{
    const bool kdv = org.kind == QLatin1String("KDV");
    const QList<QPair<QString, QString>> rules = kdv
        ? QList<QPair<QString, QString>>{
              {QStringLiteral("module.messages"), QStringLiteral("true")},
              {QStringLiteral("module.diary"), QStringLiteral("true")},
              {QStringLiteral("module.video"), QStringLiteral("true")},
              {QStringLiteral("module.absence"), QStringLiteral("true")},
              {QStringLiteral("module.extraDays"), QStringLiteral("true")},
              {QStringLiteral("module.swapDays"), QStringLiteral("true")},
              {QStringLiteral("module.credits"), QStringLiteral("true")},
              {QStringLiteral("module.invoices"), QStringLiteral("true")},
              {QStringLiteral("module.observations"), QStringLiteral("true")},
              {QStringLiteral("module.permissions"), QStringLiteral("true")},
              {QStringLiteral("module.askQuestion"), QStringLiteral("true")},
              {QStringLiteral("module.personalDetails"), QStringLiteral("true")},
              {QStringLiteral("module.notificationSettings"), QStringLiteral("true")},
              {QStringLiteral("upload.maxImageBytes"), QStringLiteral("10485760")},
              {QStringLiteral("upload.maxVideoBytes"), QStringLiteral("26214400")},
              {QStringLiteral("absence.cutoffMinutes"), QStringLiteral("0")},
              {QStringLiteral("absence.cancelMinutes"), QStringLiteral("60")},
              {QStringLiteral("absence.maxDaysAhead"), QStringLiteral("365")},
              {QStringLiteral("absence.earnsCredit"), QStringLiteral("true")},
              {QStringLiteral("absence.creditLeadHours"), QStringLiteral("48")},
              {QStringLiteral("absence.creditType"), QStringLiteral("ruiltegoed")},
              {QStringLiteral("request.leadHours"), QStringLiteral("24")},
              {QStringLiteral("request.maxDaysAhead"), QStringLiteral("90")},
              {QStringLiteral("request.cancelHours"), QStringLiteral("48")},
              {QStringLiteral("request.autoApproveCredit"), QStringLiteral("true")},
              {QStringLiteral("request.autoApproveMinHours"), QStringLiteral("48")},
              {QStringLiteral("request.autoApproveMaxDays"), QStringLiteral("30")},
              {QStringLiteral("request.maxExpiryDays"), QStringLiteral("60")},
              {QStringLiteral("request.valueUnit"), QStringLiteral("hours")},
              {QStringLiteral("request.pointsPerHour"), QStringLiteral("1")},
              {QStringLiteral("swap.leadHours"), QStringLiteral("48")},
              {QStringLiteral("swap.maxDaysApart"), QStringLiteral("30")},
              {QStringLiteral("swap.maxDaysAhead"), QStringLiteral("90")},
              {QStringLiteral("credit.validity"), QStringLiteral("days:365")},
              {QStringLiteral("group.defaultCapacity"), QStringLiteral("12")},
              {QStringLiteral("calendar.closedDates"), QStringLiteral("01-01,04-27,12-25,12-26")},
              {QStringLiteral("calendar.openWeekends"), QStringLiteral("false")},
              {QStringLiteral("dayParts"),
               QStringLiteral(R"([{"code":"ochtend","label":"Ochtend","start":"07:30","end":"13:00"},)"
                              R"({"code":"middag","label":"Middag","start":"13:00","end":"18:30"},)"
                              R"({"code":"hele-dag","label":"Hele dag","start":"07:30","end":"18:30"}])")},
          }
        : QList<QPair<QString, QString>>{
              {QStringLiteral("module.messages"), QStringLiteral("true")},
              {QStringLiteral("module.diary"), QStringLiteral("true")},
              {QStringLiteral("module.video"), QStringLiteral("false")},
              {QStringLiteral("module.absence"), QStringLiteral("true")},
              {QStringLiteral("module.extraDays"), QStringLiteral("true")},
              {QStringLiteral("module.swapDays"), QStringLiteral("false")},
              {QStringLiteral("module.credits"), QStringLiteral("true")},
              {QStringLiteral("module.invoices"), QStringLiteral("true")},
              {QStringLiteral("module.observations"), QStringLiteral("false")},
              {QStringLiteral("module.permissions"), QStringLiteral("true")},
              {QStringLiteral("module.askQuestion"), QStringLiteral("true")},
              {QStringLiteral("module.personalDetails"), QStringLiteral("true")},
              {QStringLiteral("module.notificationSettings"), QStringLiteral("true")},
              {QStringLiteral("upload.maxImageBytes"), QStringLiteral("8388608")},
              {QStringLiteral("upload.maxVideoBytes"), QStringLiteral("0")},
              {QStringLiteral("absence.cutoffMinutes"), QStringLiteral("120")},
              {QStringLiteral("absence.cancelMinutes"), QStringLiteral("240")},
              {QStringLiteral("absence.maxDaysAhead"), QStringLiteral("180")},
              {QStringLiteral("absence.earnsCredit"), QStringLiteral("false")},
              {QStringLiteral("absence.creditLeadHours"), QStringLiteral("48")},
              {QStringLiteral("absence.creditType"), QString()},
              {QStringLiteral("request.leadHours"), QStringLiteral("48")},
              {QStringLiteral("request.maxDaysAhead"), QStringLiteral("60")},
              {QStringLiteral("request.cancelHours"), QStringLiteral("24")},
              {QStringLiteral("request.autoApproveCredit"), QStringLiteral("true")},
              {QStringLiteral("request.autoApproveMinHours"), QStringLiteral("72")},
              {QStringLiteral("request.autoApproveMaxDays"), QStringLiteral("21")},
              {QStringLiteral("request.maxExpiryDays"), QStringLiteral("30")},
              {QStringLiteral("request.valueUnit"), QStringLiteral("hours")},
              {QStringLiteral("request.pointsPerHour"), QStringLiteral("1")},
              {QStringLiteral("swap.leadHours"), QStringLiteral("48")},
              {QStringLiteral("swap.maxDaysApart"), QStringLiteral("14")},
              {QStringLiteral("swap.maxDaysAhead"), QStringLiteral("60")},
              {QStringLiteral("credit.validity"), QStringLiteral("yearEnd")},
              {QStringLiteral("group.defaultCapacity"), QStringLiteral("20")},
              {QStringLiteral("calendar.closedDates"), QStringLiteral("01-01,04-27,12-25,12-26")},
              {QStringLiteral("calendar.openWeekends"), QStringLiteral("false")},
              {QStringLiteral("dayParts"),
               QStringLiteral(R"([{"code":"vso","label":"Voorschoolse opvang","start":"07:00","end":"08:30","when":"school"},)"
                              R"({"code":"nso","label":"Naschoolse opvang","start":"14:00","end":"18:30","when":"school"},)"
                              R"({"code":"vakantie-ochtend","label":"Vakantie ochtend","start":"08:00","end":"13:00","when":"holiday"},)"
                              R"({"code":"vakantie-middag","label":"Vakantie middag","start":"13:00","end":"18:30","when":"holiday"},)"
                              R"({"code":"vakantiedag","label":"Vakantiedag","start":"08:00","end":"18:30","when":"holiday"}])")},
          };
    for (const auto &rule : rules)
        m_portal.db.run(QStringLiteral("INSERT INTO org_rules (org_id, name, value) VALUES (?, ?, ?)"),
                        {org.id, rule.first, rule.second.isNull() ? QStringLiteral("") : rule.second});
}

void DemoSeed::createPlacements(Org &org)
{
    const bool kdv = org.kind == QLatin1String("KDV");
    qint64 peuterklas = 0;
    QSqlQuery &g = m_portal.db.run(QStringLiteral("SELECT id FROM child_groups WHERE org_id = ? AND name = 'Peuterklas'"), {org.id});
    if (g.next())
        peuterklas = g.value(0).toLongLong();
    g.finish();
    for (qsizetype i = 0; i < org.children.size(); ++i) {
        const Child &child = org.children.at(i);
        // Noor has flexible day care (free times allowed); the others fixed contracts.
        const bool flexible = kdv && child.demoFamily && i == 0;
        const QString product = !kdv ? QStringLiteral("BSO 40 weken + Vakantiepret")
                                     : (flexible ? QStringLiteral("Flexibele dagopvang") : QStringLiteral("Dagopvang 52 weken"));
        m_portal.db.run(QStringLiteral("INSERT INTO placements (id, org_id, child_id, group_id, product, care_type, flexible,"
                                       " start_day, end_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)"),
                        {nextId(), org.id, child.id, child.groupId, product, kdv ? QStringLiteral("KDV") : QStringLiteral("BSO"),
                         flexible ? 1 : 0, dates::dayKey(child.start)});
        // The toddler of the demo family also goes to the peuteropvang: two groups.
        if (kdv && child.demoFamily && i == 1 && peuterklas)
            m_portal.db.run(QStringLiteral("INSERT INTO placements (id, org_id, child_id, group_id, product, care_type, flexible,"
                                           " start_day, end_day) VALUES (?, ?, ?, ?, ?, 'Peuteropvang', 0, ?, NULL)"),
                            {nextId(), org.id, child.id, peuterklas, QStringLiteral("Peuteropvang VVE (woensdagochtend)"),
                             dates::dayKey(child.start)});
        qint64 mentor = 0;
        for (const Staff &s : std::as_const(org.staff))
            if (!mentor && s.groupId == child.groupId)
                mentor = s.id;
        if (mentor)
            m_portal.db.run(QStringLiteral("UPDATE children SET mentor_id = ? WHERE id = ?"), {mentor, child.id});
    }
}

void DemoSeed::createCalendar(Org &org)
{
    // The school holidays the seed's BSO planning follows (ISO weeks 1, 8, 18, 29-34, 43, 52;
    // roughly "regio midden"), as data: holiday-only day parts and credits depend on them.
    const QList<QPair<int, int>> weeks{{1, 1}, {8, 8}, {18, 18}, {29, 34}, {43, 43}, {52, 52}};
    for (int year = m_historyStart.year(); year <= m_today.year() + 1; ++year) {
        for (const auto &range : weeks) {
            // Monday of ISO week w: the Monday of the week holding 4 January, plus w - 1 weeks.
            const QDate jan4(year, 1, 4);
            const QDate firstMonday = jan4.addDays(1 - jan4.dayOfWeek());
            const QDate start = firstMonday.addDays(7 * (range.first - 1));
            const QDate end = firstMonday.addDays(7 * (range.second - 1) + 6);
            const QString name = range.first == 29 ? QStringLiteral("Zomervakantie")
                               : range.first == 43 ? QStringLiteral("Herfstvakantie")
                               : range.first == 52 || range.first == 1 ? QStringLiteral("Kerstvakantie")
                               : range.first == 8 ? QStringLiteral("Voorjaarsvakantie") : QStringLiteral("Meivakantie");
            m_portal.db.run(QStringLiteral("INSERT INTO school_holidays (id, org_id, start_day, end_day, name) VALUES (?, ?, ?, ?, ?)"),
                            {nextId(), org.id, dates::dayKey(start), dates::dayKey(end), name});
        }
    }
    // Group capacity per day part; the KDV's peuteropvang is small.
    m_portal.db.run(QStringLiteral("UPDATE child_groups SET capacity = CASE name WHEN 'Egeltjes' THEN 9 WHEN 'Vossen' THEN 14"
                                   " WHEN 'Peuterklas' THEN 8 WHEN 'Avonturiers' THEN 20 ELSE 22 END WHERE org_id = ?"),
                    {org.id});
}

void DemoSeed::createCredits(Org &org)
{
    const bool kdv = org.kind == QLatin1String("KDV");
    struct Type
    {
        const char *code;
        const char *label;
        bool holidayOnly;
        const char *usableFor;
    };
    static const Type kdvTypes[] = {
        {"kdv-flex", "KDV flextegoed", false, "Extra dagen en flexibele opvang op het kinderdagverblijf"},
        {"ruiltegoed", "Ruiltegoed", false, "Extra dagen; ontstaan uit tijdig doorgegeven afwezigheid"},
    };
    static const Type bsoTypes[] = {
        {"bso-flex", "BSO flextegoed", false, "Extra BSO-middagen en vakantiedagen"},
        {"vakantiepret", "Vakantiepret-uren", true, "Alleen in schoolvakanties en op studiedagen"},
    };
    for (const Type &t : kdv ? QList<Type>(std::begin(kdvTypes), std::end(kdvTypes)) : QList<Type>(std::begin(bsoTypes), std::end(bsoTypes)))
        m_portal.db.run(QStringLiteral("INSERT INTO credit_types (org_id, code, label, holiday_only, usable_for) VALUES (?, ?, ?, ?, ?)"),
                        {org.id, QString::fromLatin1(t.code), QString::fromUtf8(t.label), t.holidayOnly ? 1 : 0, QString::fromUtf8(t.usableFor)});
    const QDate yearEnd(m_today.year(), 12, 31);
    auto credit = [&](const Child &child, const QString &type, double total, double used, QDate validUntil, const QString &origin) {
        const qint64 id = nextId();
        m_portal.db.run(QStringLiteral("INSERT INTO credits (id, org_id, child_id, type_code, total, remaining, valid_from, valid_until, origin,"
                                       " created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {id, org.id, child.id, type, total, total - used, dates::dayKey(m_historyStart), dates::dayKey(validUntil), origin,
                         dates::localMs(m_historyStart)});
        m_portal.db.run(QStringLiteral("INSERT INTO credit_history (id, credit_id, kind, amount, booking_id, at_ms, description)"
                                       " VALUES (?, ?, 'grant', ?, NULL, ?, ?)"),
                        {nextId(), id, total, dates::localMs(m_historyStart), origin});
        if (used > 0)
            m_portal.db.run(QStringLiteral("INSERT INTO credit_history (id, credit_id, kind, amount, booking_id, at_ms, description)"
                                           " VALUES (?, ?, 'use', ?, NULL, ?, ?)"),
                            {nextId(), id, used, dates::localMs(m_today.addDays(-20)),
                             QStringLiteral("Extra dag %1 (%2)").arg(child.firstName, m_today.addDays(-18).toString(QStringLiteral("d-M-yyyy")))});
    };
    for (qsizetype i = 0; i < org.children.size(); ++i) {
        const Child &child = org.children.at(i);
        if (kdv) {
            credit(child, QStringLiteral("kdv-flex"), child.demoFamily ? 40 : 11, child.demoFamily && i == 0 ? 11 : 0,
                   yearEnd < m_today.addDays(60) ? m_today.addDays(200) : yearEnd, QStringLiteral("Flexcontract %1").arg(m_today.year()));
            if (child.demoFamily && i == 1)
                credit(child, QStringLiteral("ruiltegoed"), 5.5, 0, m_today.addDays(-10), QStringLiteral("Afwezigheid (verlopen)"));
        } else {
            credit(child, QStringLiteral("bso-flex"), 30, child.demoFamily ? 4.5 : 0, yearEnd, QStringLiteral("BSO flexuren %1").arg(m_today.year()));
            credit(child, QStringLiteral("vakantiepret"), 40, 0, yearEnd, QStringLiteral("Vakantiepret %1").arg(m_today.year()));
        }
    }
}

void DemoSeed::createConsents(Org &org)
{
    const bool kdv = org.kind == QLatin1String("KDV");
    struct Consent
    {
        const char *code;
        const char *title;
        const char *description;
        const char *kind;
        int granted; // -1: not filled in yet
        bool changeable;
    };
    static const Consent consents[] = {
        {"photos-app", "Foto's in de ouderapp", "Foto's waarop je kind staat mogen met jullie gedeeld worden in de app en het portaal.", "permission", 1, true},
        {"photos-public", "Foto's op website en social media", "Foto's waarop je kind herkenbaar is mogen op onze website en social media.", "permission", 0, true},
        {"outings", "Uitstapjes", "Je kind mag mee op uitstapjes buiten de locatie (bolderkar, kinderboerderij, bos).", "permission", 1, true},
        {"sunscreen", "Insmeren met zonnebrand", "We smeren je kind in met de zonnebrandcrème van de locatie (factor 50).", "permission", -1, true},
        {"pickup", "Ophalen door anderen", "Verklaring: Marja Bakker (oma) mag je kind ophalen. Wijzigen via de locatiemanager.", "declaration", 1, false},
    };
    for (const Child &child : std::as_const(org.children)) {
        for (const Consent &c : consents)
            m_portal.db.run(QStringLiteral("INSERT INTO permissions (id, org_id, child_id, code, title, description, kind, granted, changeable, changed_ms)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"),
                            {nextId(), org.id, child.id, QString::fromLatin1(c.code), QString::fromUtf8(c.title), QString::fromUtf8(c.description),
                             QString::fromLatin1(c.kind), c.granted < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(c.granted),
                             c.changeable ? 1 : 0});
        if (!kdv || !child.demoFamily)
            continue;
        // Observations (kindvolgsysteem), only where the organisation offers the module (the KDV).
        const QList<QPair<QString, QString>> welbevinden{
            {QStringLiteral("Voelt je kind zich op zijn gemak in de groep?"), QStringLiteral("Ja, %1 zoekt de andere kinderen op en lacht veel.").arg(child.firstName)},
            {QStringLiteral("Hoe gaat het afscheid nemen?"), QStringLiteral("Kort verdriet bij het brengen, daarna snel gewend.")},
            {QStringLiteral("Wat valt op in de ontwikkeling?"), QStringLiteral("Veel interesse in boekjes en muziek; brabbelt mee met liedjes.")},
        };
        QJsonArray sections;
        for (const auto &qa : welbevinden)
            sections.append(QJsonObject{{QStringLiteral("question"), qa.first}, {QStringLiteral("answer"), qa.second}});
        for (int k = 0; k < 2; ++k)
            m_portal.db.run(QStringLiteral("INSERT INTO observations (id, org_id, child_id, title, form_date, author, sections) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {nextId(), org.id, child.id, k == 0 ? QStringLiteral("Observatie welbevinden") : QStringLiteral("Overdracht naar de volgende groep"),
                             dates::localMs(m_today.addMonths(-2 - 3 * k)), org.staff.value(k).display,
                             QString::fromUtf8(QJsonDocument(sections).toJson(QJsonDocument::Compact))});
    }
}

} // namespace nestje::server
