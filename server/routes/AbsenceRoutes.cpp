// SPDX-License-Identifier: GPL-3.0-or-later
// Afwezigheid doorgeven (Nestje extension, docs/api.md X23/X24). The manuals' rules:
//   "Voor de gekozen periode wordt de beschikbare planning van het kind opgehaald. Alle geplande
//    dagdelen staan standaard aangevinkt." -> options = planned parts, selected by default.
//   "Voor het indienen van de aanvraag moet je de reden van afwezigheid opgeven: ziekte,
//    vakantie of overig. Ook kun je een opmerking voor de organisatie invullen."
//   "De afwezigheid staat nu geregistreerd en is zichtbaar in het 'Aanvragenoverzicht'."
//   "Bij afwezigheid worden er geen uren gecrediteerd." -> absence.earnsCredit, off by default.
#include "server/Dates.h"
#include "server/Portal.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/planning/Planner.h"
#include "server/planning/RequestBook.h"
#include "server/routes/RequestSupport.h"
#include "server/routes/Routes.h"
#include "server/routes/WriteSupport.h"

#include <QHash>

namespace nestje::server {

static constexpr qint64 maxAbsenceDays = 62;

static QString reasonLabel(const QString &reason)
{
    if (reason == QLatin1String("sick"))
        return QStringLiteral("Ziek");
    if (reason == QLatin1String("holiday"))
        return QStringLiteral("Vakantie");
    return QStringLiteral("Afwezig");
}

static std::optional<Reply> parseRange(const QString &fromText, const QString &toText, QDate *from, QDate *to)
{
    *from = dates::parsePathDate(fromText);
    *to = toText.isEmpty() ? *from : dates::parsePathDate(toText);
    if (!from->isValid() || !to->isValid() || *to < *from || from->daysTo(*to) >= maxAbsenceDays)
        return reply::badRequest(QStringLiteral("expected a YYYYMMDD date or period of at most %1 days").arg(maxAbsenceDays));
    return std::nullopt;
}

// The planned parts of every child of the family in [from, to], keyed by optionId.
static QList<TimeOption> plannedInPeriod(Portal &portal, const Request &r, const Planner &planner, QDate from, QDate to)
{
    QList<TimeOption> all;
    for (const ChildRow &child : familyChildren(portal, r))
        for (QDate d = from; d <= to; d = d.addDays(1))
            all.append(planner.plannedParts(child.id, d));
    return all;
}

static QString tooLate(const Planner &planner, const TimeOption &o)
{
    const qint64 cutoff = o.start - planner.rules().integer(QStringLiteral("absence.cutoffMinutes")) * 60 * 1000;
    if (planner.now() > cutoff)
        return QStringLiteral("Afmelden voor %1 op %2 kan niet meer: dat kon tot %3.")
            .arg(o.label.toLower(), dutch::day(o.date), dutch::time(cutoff));
    return {};
}

// GET absence/options/{from}/until/{to}
static Reply absenceOptions(Portal &portal, Request &r)
{
    if (auto off = requireModule(portal, r, QStringLiteral("absence")))
        return *off;
    QDate from;
    QDate to;
    if (auto bad = parseRange(r.params.at(0), r.params.at(1), &from, &to))
        return *bad;
    Planner planner(portal, *r.org);
    QHash<QString, QString> names;
    for (const ChildRow &c : familyChildren(portal, r))
        names.insert(c.id, c.firstName);
    QJsonArray options;
    for (const TimeOption &o : plannedInPeriod(portal, r, planner, from, to)) {
        const QString refusal = tooLate(planner, o);
        options.append(QJsonObject{{QStringLiteral("optionId"), o.optionId},
                                   {QStringLiteral("childId"), o.childId},
                                   {QStringLiteral("firstName"), names.value(o.childId)},
                                   {QStringLiteral("date"), dates::localMs(o.date)},
                                   {QStringLiteral("label"), o.label},
                                   {QStringLiteral("startTime"), o.start},
                                   {QStringLiteral("endTime"), o.end},
                                   {QStringLiteral("value"), o.value},
                                   {QStringLiteral("selected"), refusal.isEmpty()},
                                   {QStringLiteral("available"), refusal.isEmpty()},
                                   {QStringLiteral("refusal"), refusal.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(refusal)}});
    }
    return reply::envelope(QJsonObject{{QStringLiteral("reasons"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("sick")}, {QStringLiteral("label"), QStringLiteral("Ziek")}},
                                                                              QJsonObject{{QStringLiteral("code"), QStringLiteral("holiday")}, {QStringLiteral("label"), QStringLiteral("Vakantie")}},
                                                                              QJsonObject{{QStringLiteral("code"), QStringLiteral("other")}, {QStringLiteral("label"), QStringLiteral("Overig")}}}},
                                       {QStringLiteral("parts"), options}});
}

// PUT absence {from, to?, reason, remark?, optionIds}
static Reply submitAbsence(Portal &portal, Request &r)
{
    if (auto off = requireModule(portal, r, QStringLiteral("absence")))
        return *off;
    const Body body = jsonBody(r);
    if (body.error)
        return *body.error;
    std::optional<Reply> error;
    QString fromText;
    QString toText;
    QString reason;
    QString remark;
    QStringList optionIds;
    if (!stringField(body.object, QStringLiteral("from"), &fromText, &error) || !stringField(body.object, QStringLiteral("to"), &toText, &error)
        || !stringField(body.object, QStringLiteral("reason"), &reason, &error)
        || !stringField(body.object, QStringLiteral("remark"), &remark, &error)
        || !stringListField(body.object, QStringLiteral("optionIds"), &optionIds, &error))
        return *error;
    QDate from;
    QDate to;
    if (auto bad = parseRange(fromText, toText, &from, &to))
        return *bad;
    QHash<QString, QString> names;
    for (const ChildRow &c : familyChildren(portal, r))
        names.insert(c.id, c.firstName);
    for (const QString &id : std::as_const(optionIds))
        if (!names.contains(optionChild(id)))
            return reply::notFound(); // another family's child
    if (reason.isEmpty())
        return reply::refusal(QStringLiteral("nestje.absence.reason_required"),
                              QStringLiteral("Kies een reden voor de afwezigheid: ziek, vakantie of overig."));
    if (reason != QLatin1String("sick") && reason != QLatin1String("holiday") && reason != QLatin1String("other"))
        return reply::badRequest(QStringLiteral("reason must be sick, holiday or other"));
    if (optionIds.isEmpty())
        return reply::refusal(QStringLiteral("nestje.absence.nothing_selected"), QStringLiteral("Selecteer ten minste één dagdeel."));
    if (remark.size() > 1000)
        return reply::refusal(QStringLiteral("nestje.request.remark_too_long"), QStringLiteral("De opmerking is te lang: maximaal 1000 tekens."));
    Planner planner(portal, *r.org);
    const OrganisationRules &rules = planner.rules();
    if (dates::localDate(planner.now()).daysTo(to) > rules.integer(QStringLiteral("absence.maxDaysAhead")))
        return reply::refusal(QStringLiteral("nestje.absence.too_far_ahead"),
                              QStringLiteral("Afwezigheid doorgeven kan tot %1 dagen vooruit.").arg(rules.integer(QStringLiteral("absence.maxDaysAhead"))));
    QHash<QString, TimeOption> planned;
    for (const TimeOption &o : plannedInPeriod(portal, r, planner, from, to))
        planned.insert(o.optionId, o);
    const qint64 requestId = insertRequest(portal, r, QStringLiteral("absence"), false, 0, remark, reason);
    QHash<QString, double> earned;     // child -> hours of early absence
    QHash<QString, qint64> firstBooking; // child -> a booking to link the credit to
    const bool earns = rules.flag(QStringLiteral("absence.earnsCredit")) && rules.offers(QStringLiteral("credits"))
        && !rules.text(QStringLiteral("absence.creditType")).isEmpty();
    const qint64 creditLead = rules.integer(QStringLiteral("absence.creditLeadHours")) * 3600 * 1000;
    for (const QString &id : std::as_const(optionIds)) {
        const auto it = planned.constFind(id);
        if (it == planned.constEnd())
            return reply::refusal(QStringLiteral("nestje.absence.part_unknown"),
                                  QStringLiteral("Een gekozen dagdeel staat niet (meer) gepland. Haal de planning opnieuw op."));
        const TimeOption &o = *it;
        const QString late = tooLate(planner, o);
        if (!late.isEmpty())
            return reply::refusal(QStringLiteral("nestje.absence.too_late"), late);
        const qint64 row = planner.isolate(o.planningId, o.start, o.end);
        portal.db.run(QStringLiteral("UPDATE planning SET code = 'absent', extra_info = ? WHERE id = ?"), {reasonLabel(reason), row});
        const qint64 booking = insertBooking(portal, requestId, o.childId, o.date, o.code, o.label, o.start, o.end, o.value,
                                             QStringLiteral("absent"), {}, 0, QStringLiteral("approved"), row, QStringLiteral("attend"));
        if (earns && o.start - planner.now() >= creditLead) {
            earned[o.childId] += o.value;
            if (!firstBooking.contains(o.childId))
                firstBooking.insert(o.childId, booking);
        }
    }
    for (auto it = earned.cbegin(); it != earned.cend(); ++it)
        planner.grantCredit(it.key(), rules.text(QStringLiteral("absence.creditType")), it.value(), planner.newCreditValidUntil(),
                            QStringLiteral("Afwezigheid %1 (%2)").arg(names.value(it.key()), dutch::day(from)), firstBooking.value(it.key()));
    return reply::envelope(requests::requestJson(portal, planner, requestId));
}

void addAbsenceRoutes(Router &router, Portal &portal)
{
    router.get(QStringLiteral("/restservices-parent/absence/options/{}/until/{}"), Access::Parent,
               [&portal](Request &r) { return absenceOptions(portal, r); });
    router.put(QStringLiteral("/restservices-parent/absence"), Access::Parent,
               [&portal](Request &r) { return submitAbsence(portal, r); });
}

} // namespace nestje::server
