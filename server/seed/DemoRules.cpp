// The demo organisations' rules, modules and placements. The two organisations are seeded
// differently on purpose, so every rule is exercised both ways: the KDV offers swap days,
// video and observations and credits early absence; the BSO does not swap ("ruilen bestaat
// niet meer" at some organisations), books school-week and holiday day parts, and its credit
// is valid until 31-12 like Hoera's flextegoed.
#include "server/Dates.h"
#include "server/Portal.h"
#include "server/seed/DemoSeed.h"

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

} // namespace nestje::server
