// SPDX-License-Identifier: GPL-3.0-or-later
// Dag aanvragen (Nestje extension, docs/api.md X20/X21). The manuals' rules:
//   "Het systeem berekent wat de mogelijkheden voor deze dag zijn" -> options per child, computed.
//   "Wanneer de kinderen op de bewuste dag al verwacht worden, staat er achter de dagdelen de
//    tekst 'reeds gepland'" -> alreadyPlanned with the planned times, not bookable.
//   "of geeft u zelf de gewenste opvangtijd in (alleen mogelijk bij flexibele dagopvang en
//    flexibele BSO)" -> free times only for flexible placements.
//   "Het is niet mogelijk om gecombineerd te betalen" -> one payment per booking, never split.
//   "Tegoeden die bijvoorbeeld alleen geldig zijn in vakanties, zijn niet inzetbaar in schoolweken."
//   "Het aangeven dat een aanvraag alleen als geheel beoordelen moet worden, is alleen van
//    toepassing op aanvragen voor 1 specifieke dag."
//   "Aanvragen betaald met tegoed en binnen de gestelde termijn worden automatisch goedgekeurd"
//   "De status van de aanvraag staat bij aanvang op 'Optie extra'" -> tentative in the calendar.
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

static constexpr qint64 maxOptionDays = 31;
static constexpr qsizetype maxBookings = 62;
static constexpr qsizetype maxRemark = 1000;

static QJsonArray paymentsFor(const Planner &planner, const QString &childId, QDate date, double value)
{
    QJsonArray payments{QJsonObject{{QStringLiteral("type"), QStringLiteral("invoice")},
                                    {QStringLiteral("label"), QStringLiteral("De aanvraag in rekening brengen op de factuur")}}};
    if (!planner.rules().offers(QStringLiteral("credits")))
        return payments;
    // "De tegoeden die zichtbaar zijn, zijn ook bruikbaar voor de gevraagde opvang."
    for (const Planner::Credit &c : planner.credits(childId)) {
        if (!planner.creditRefusal(c, date).isEmpty() || c.remaining + 1e-9 < value)
            continue;
        payments.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("credit")},
                                    {QStringLiteral("creditId"), c.id},
                                    {QStringLiteral("label"), c.label},
                                    {QStringLiteral("remaining"), c.remaining},
                                    {QStringLiteral("validUntil"), dates::localMs(c.validUntil)}});
    }
    return payments;
}

// The child's credits that cannot pay this option, each with the reason in the manual's words
// ("Het is niet mogelijk om gecombineerd te betalen"), so the form can say why one is missing.
static QJsonArray creditsNotOffered(const Planner &planner, const QString &childId, QDate date, double value)
{
    QJsonArray missing;
    if (!planner.rules().offers(QStringLiteral("credits")))
        return missing;
    for (const Planner::Credit &c : planner.credits(childId)) {
        QString why = planner.creditRefusal(c, date);
        if (why.isEmpty() && c.remaining + 1e-9 < value)
            why = QStringLiteral("er is nog %1, nodig is %2; gedeeltelijk met tegoed betalen kan niet")
                      .arg(dutch::amount(c.remaining, planner.unit()), dutch::amount(value, planner.unit()));
        if (why.isEmpty())
            continue;
        missing.append(QJsonObject{{QStringLiteral("creditId"), c.id},
                                   {QStringLiteral("label"), c.label},
                                   {QStringLiteral("remaining"), c.remaining},
                                   {QStringLiteral("reason"), why}});
    }
    return missing;
}

// GET request/extraday/options/{from}/until/{to}
static Reply extraOptions(Portal &portal, Request &r)
{
    if (auto off = requireModule(portal, r, QStringLiteral("extraDays")))
        return *off;
    const QDate from = dates::parsePathDate(r.params.at(0));
    const QDate to = dates::parsePathDate(r.params.at(1));
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) >= maxOptionDays)
        return reply::badRequest(QStringLiteral("expected options/<YYYYMMDD>/until/<YYYYMMDD>, at most %1 days").arg(maxOptionDays));
    Planner planner(portal, *r.org);
    const QList<ChildRow> children = familyChildren(portal, r);
    QJsonArray days;
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        QJsonArray perChild;
        for (const ChildRow &child : children) {
            if (!child.active)
                continue;
            QJsonArray planned;
            for (const PlanningRow &row : planner.planning(child.id, date))
                planned.append(QJsonObject{{QStringLiteral("startTime"), row.start},
                                           {QStringLiteral("endTime"), row.end},
                                           {QStringLiteral("code"), row.code}});
            QJsonArray options;
            for (const TimeOption &o : planner.bookableParts(child.id, date))
                options.append(QJsonObject{{QStringLiteral("optionId"), o.optionId},
                                           {QStringLiteral("code"), o.code},
                                           {QStringLiteral("label"), o.label},
                                           {QStringLiteral("startTime"), o.start},
                                           {QStringLiteral("endTime"), o.end},
                                           {QStringLiteral("value"), o.value},
                                           {QStringLiteral("alreadyPlanned"), o.alreadyPlanned},
                                           {QStringLiteral("available"), o.refusal.isEmpty()},
                                           {QStringLiteral("refusal"), o.refusal.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.refusal)},
                                           {QStringLiteral("payments"), paymentsFor(planner, child.id, date, o.value)},
                                           {QStringLiteral("creditsNotOffered"), creditsNotOffered(planner, child.id, date, o.value)}});
            perChild.append(QJsonObject{{QStringLiteral("childId"), child.id},
                                        {QStringLiteral("firstName"), child.firstName},
                                        {QStringLiteral("flexible"), planner.flexible(child.id, date)},
                                        {QStringLiteral("alreadyPlanned"), !planned.isEmpty()},
                                        {QStringLiteral("planned"), planned},
                                        {QStringLiteral("options"), options}});
        }
        days.append(QJsonObject{{QStringLiteral("date"), dates::localMs(date)},
                                {QStringLiteral("closed"), planner.isClosed(date)},
                                {QStringLiteral("schoolHoliday"), planner.isSchoolHoliday(date)},
                                {QStringLiteral("children"), perChild}});
    }
    return reply::envelope(QJsonObject{{QStringLiteral("unit"), planner.unit()}, {QStringLiteral("days"), days}});
}

// Checks the date of a booking against the organisation's lead time and horizon.
static std::optional<Reply> checkBookingDate(const Planner &planner, const QString &firstName, QDate date, qint64 start)
{
    const OrganisationRules &rules = planner.rules();
    const qint64 lead = rules.integer(QStringLiteral("request.leadHours"));
    const qint64 ahead = rules.integer(QStringLiteral("request.maxDaysAhead"));
    if (planner.isClosed(date))
        return reply::refusal(QStringLiteral("nestje.request.closed"),
                              QStringLiteral("Op %1 is de opvang gesloten.").arg(dutch::day(date)));
    if (start - planner.now() < lead * 3600 * 1000)
        return reply::refusal(QStringLiteral("nestje.request.too_late"),
                              QStringLiteral("Opvang voor %1 op %2 kan niet meer worden aangevraagd: een extra dag vraag je"
                                             " minimaal %3 uur van tevoren aan.").arg(firstName, dutch::day(date)).arg(lead));
    if (dates::localDate(planner.now()).daysTo(date) > ahead)
        return reply::refusal(QStringLiteral("nestje.request.too_far_ahead"),
                              QStringLiteral("Je kunt tot %1 dagen vooruit een dag aanvragen; %2 ligt verder weg.").arg(ahead).arg(dutch::day(date)));
    return std::nullopt;
}

// PUT request/extraday {bookings:[{childId, date, optionId | startTime+endTime, payment}], asWhole?, expiresAt?, remark?}
static Reply submitExtra(Portal &portal, Request &r)
{
    if (auto off = requireModule(portal, r, QStringLiteral("extraDays")))
        return *off;
    const Body body = jsonBody(r);
    if (body.error)
        return *body.error;
    const QJsonValue list = body.object.value(QLatin1String("bookings"));
    if (!list.isArray())
        return reply::badRequest(QStringLiteral("bookings must be an array"));
    const QJsonArray items = list.toArray();
    if (items.isEmpty())
        return reply::refusal(QStringLiteral("nestje.request.empty"), QStringLiteral("Voeg eerst een dag toe aan de aanvraag."));
    if (items.size() > maxBookings)
        return reply::refusal(QStringLiteral("nestje.request.too_many"),
                              QStringLiteral("Een aanvraag kan hoogstens %1 boekingen bevatten.").arg(maxBookings));
    std::optional<Reply> error;
    QString remark;
    if (!stringField(body.object, QStringLiteral("remark"), &remark, &error))
        return *error;
    if (remark.size() > maxRemark)
        return reply::refusal(QStringLiteral("nestje.request.remark_too_long"),
                              QStringLiteral("De opmerking is te lang: maximaal %1 tekens.").arg(maxRemark));
    const QJsonValue asWholeValue = body.object.value(QLatin1String("asWhole"));
    const QJsonValue expiresValue = body.object.value(QLatin1String("expiresAt"));
    if ((!asWholeValue.isUndefined() && !asWholeValue.isNull() && !asWholeValue.isBool())
        || (!expiresValue.isUndefined() && !expiresValue.isNull() && !expiresValue.isDouble()))
        return reply::badRequest(QStringLiteral("asWhole must be a boolean and expiresAt epoch milliseconds"));
    const bool asWhole = asWholeValue.toBool(false);
    const qint64 expiresAt = expiresValue.isDouble() ? expiresValue.toInteger() : 0;

    Planner planner(portal, *r.org);
    QHash<QString, ChildRow> children;
    for (const ChildRow &c : familyChildren(portal, r))
        children.insert(c.id, c);
    const qint64 requestId = insertRequest(portal, r, QStringLiteral("extra"), asWhole, expiresAt, remark, {});
    QSet<int> days;
    qint64 firstStart = 0;
    QList<qint64> bookingIds;
    QList<bool> autoApprovable;
    const OrganisationRules &rules = planner.rules();
    for (const QJsonValue &v : items) {
        if (!v.isObject())
            return reply::badRequest(QStringLiteral("each booking must be an object"));
        const QJsonObject b = v.toObject();
        QString childId;
        QString optionId;
        if (!stringField(b, QStringLiteral("childId"), &childId, &error) || !stringField(b, QStringLiteral("optionId"), &optionId, &error))
            return *error;
        const QDate date = bodyDate(b.value(QLatin1String("date")));
        if (childId.isEmpty() || !date.isValid())
            return reply::badRequest(QStringLiteral("each booking needs childId and date (YYYYMMDD)"));
        const auto child = children.constFind(childId);
        if (child == children.constEnd() || !child->active)
            return reply::notFound();
        // The option: a computed day part, or free times for flexible care.
        TimeOption chosen;
        if (!optionId.isEmpty()) {
            if (optionChild(optionId) != childId)
                return reply::badRequest(QStringLiteral("optionId belongs to another child"));
            bool found = false;
            for (const TimeOption &o : planner.bookableParts(childId, date))
                if (o.optionId == optionId) {
                    chosen = o;
                    found = true;
                }
            if (!found)
                return reply::refusal(QStringLiteral("nestje.request.option_unknown"),
                                      QStringLiteral("Dit dagdeel is op %1 niet te boeken.").arg(dutch::day(date)));
        } else {
            const QJsonValue s = b.value(QLatin1String("startTime"));
            const QJsonValue e = b.value(QLatin1String("endTime"));
            if (!s.isDouble() || !e.isDouble())
                return reply::badRequest(QStringLiteral("a booking needs optionId or startTime and endTime"));
            if (!planner.flexible(childId, date))
                return reply::refusal(QStringLiteral("nestje.request.free_times_not_allowed"),
                                      QStringLiteral("Zelf tijden kiezen kan alleen bij flexibele opvang. Kies een dagdeel voor %1.")
                                          .arg(child->firstName));
            chosen.start = s.toInteger();
            chosen.end = e.toInteger();
            const QList<DayPart> parts = planner.partsOn(date);
            QTime open(23, 59);
            QTime close(0, 0);
            for (const DayPart &p : parts) {
                open = std::min(open, p.start);
                close = std::max(close, p.end);
            }
            if (parts.isEmpty() || dates::localDate(chosen.start) != date || chosen.end <= chosen.start
                || chosen.start < dates::localMs(date, open) || chosen.end > dates::localMs(date, close))
                return reply::refusal(QStringLiteral("nestje.request.times_outside_opening"),
                                      QStringLiteral("Kies tijden binnen de openingstijden van %1 tot %2.")
                                          .arg(open.toString(QStringLiteral("HH:mm")), close.toString(QStringLiteral("HH:mm"))));
            chosen.childId = childId;
            chosen.date = date;
            chosen.code = QStringLiteral("custom");
            chosen.label = QStringLiteral("%1 - %2").arg(dutch::time(chosen.start), dutch::time(chosen.end));
            chosen.value = planner.valueOf(chosen.start, chosen.end);
            for (const PlanningRow &row : planner.planning(childId, date))
                if (row.code != QLatin1String("absent") && row.start < chosen.end && row.end > chosen.start)
                    chosen.alreadyPlanned = true;
        }
        if (auto refused = checkBookingDate(planner, child->firstName, date, chosen.start))
            return *refused;
        if (chosen.alreadyPlanned)
            return reply::refusal(QStringLiteral("nestje.request.already_planned"),
                                  QStringLiteral("%1 is op %2 al gepland in die tijd (reeds gepland).").arg(child->firstName, dutch::day(date)));
        // The last place: counted inside this immediate transaction, including the places this
        // request already took, so two parents can never both get it.
        const qint64 group = planner.groupOf(childId);
        if (group && planner.placesTaken(group, dayKeyOf(date), chosen.start, chosen.end) >= planner.capacity(group))
            return reply::refusal(QStringLiteral("nestje.request.group_full"),
                                  QStringLiteral("Er is op %1 geen plek meer in de groep van %2 (%3). Kies een andere dag of een ander dagdeel.")
                                      .arg(dutch::day(date), child->firstName, chosen.label.toLower()));
        // Payment: invoice or one credit, never both.
        const QJsonObject payment = b.value(QLatin1String("payment")).toObject();
        const QString type = payment.value(QLatin1String("type")).toString();
        qint64 creditId = 0;
        if (type == QLatin1String("credit")) {
            if (!rules.offers(QStringLiteral("credits")))
                return reply::refusal(QStringLiteral("nestje.request.credit_not_offered"),
                                      QStringLiteral("Betalen met tegoed kan bij deze organisatie niet."));
            creditId = payment.value(QLatin1String("creditId")).toInteger(0);
            if (creditId <= 0)
                return reply::badRequest(QStringLiteral("payment.creditId must be a number"));
            std::optional<Planner::Credit> credit;
            for (const Planner::Credit &c : planner.credits(childId))
                if (c.id == creditId)
                    credit = c;
            if (!credit)
                return reply::notFound(); // another child's credit: credits are child-bound
            const QString why = planner.creditRefusal(*credit, date);
            if (!why.isEmpty())
                return reply::refusal(QStringLiteral("nestje.request.credit_not_usable"),
                                      QStringLiteral("Het tegoed %1 van %2 is niet te gebruiken op %3: %4.")
                                          .arg(credit->label, child->firstName, dutch::day(date), why));
            if (credit->remaining + 1e-9 < chosen.value)
                return reply::refusal(QStringLiteral("nestje.request.credit_insufficient"),
                                      QStringLiteral("Het tegoed %1 van %2 is niet toereikend: er is nog %3, nodig is %4."
                                                     " Gedeeltelijk met tegoed betalen kan niet; kies een ander tegoed of laat"
                                                     " de opvang op de factuur zetten.")
                                          .arg(credit->label, child->firstName, dutch::amount(credit->remaining, planner.unit()),
                                               dutch::amount(chosen.value, planner.unit())));
            portal.db.run(QStringLiteral("UPDATE credits SET remaining = remaining - ? WHERE id = ?"), {chosen.value, creditId});
        } else if (type != QLatin1String("invoice")) {
            return reply::badRequest(QStringLiteral("payment.type must be \"invoice\" or \"credit\""));
        }
        const qint64 planningId = planner.addPlanning(childId, date, chosen.start, chosen.end, QStringLiteral("tentative"),
                                                      QStringLiteral("Optie extra"));
        const qint64 bookingId = insertBooking(portal, requestId, childId, date, chosen.code, chosen.label, chosen.start, chosen.end,
                                               chosen.value, QStringLiteral("extra"), type, creditId, QStringLiteral("pending"),
                                               planningId, {});
        if (creditId) {
            const qint64 history = nextId(portal, QStringLiteral("credit_history"));
            portal.db.run(QStringLiteral("INSERT INTO credit_history (id, credit_id, kind, amount, booking_id, at_ms, description)"
                                         " VALUES (?, ?, 'use', ?, ?, ?, ?)"),
                          {history, creditId, chosen.value, bookingId, planner.now(),
                           QStringLiteral("Extra opvang %1 op %2").arg(child->firstName, dutch::day(date))});
        }
        days.insert(dayKeyOf(date));
        firstStart = firstStart ? std::min(firstStart, chosen.start) : chosen.start;
        bookingIds.append(bookingId);
        const qint64 untilStart = chosen.start - planner.now();
        autoApprovable.append(creditId && rules.flag(QStringLiteral("request.autoApproveCredit"))
                              && untilStart >= rules.integer(QStringLiteral("request.autoApproveMinHours")) * 3600 * 1000
                              && untilStart <= rules.integer(QStringLiteral("request.autoApproveMaxDays")) * 86400000);
    }
    if (asWhole && days.size() > 1)
        return reply::refusal(QStringLiteral("nestje.request.as_whole_single_day"),
                              QStringLiteral("Als geheel beoordelen kan alleen bij een aanvraag voor één dag; aanvragen voor"
                                             " meerdere dagen worden altijd per kind beoordeeld."));
    if (auto refused = checkExpiry(planner, expiresAt, firstStart))
        return *refused;
    // Auto-approval, per booking; "als geheel" only when every booking qualifies.
    const bool all = !autoApprovable.contains(false);
    for (qsizetype i = 0; i < bookingIds.size(); ++i) {
        if (!autoApprovable.at(i) || (asWhole && !all))
            continue;
        portal.db.run(QStringLiteral("UPDATE planning SET code = 'attend', extra_info = 'Extra dag' WHERE id ="
                                     " (SELECT planning_id FROM bookings WHERE id = ?)"),
                      {bookingIds.at(i)});
        portal.db.run(QStringLiteral("UPDATE bookings SET status = 'approved', decided_ms = ?, staff_message = ? WHERE id = ?"),
                      {planner.now(), QStringLiteral("Automatisch goedgekeurd: betaald met tegoed binnen de termijn."), bookingIds.at(i)});
    }
    requests::notifyIfDone(portal, requestId);
    return reply::envelope(requests::requestJson(portal, planner, requestId));
}

void addExtraDayRoutes(Router &router, Portal &portal)
{
    router.get(QStringLiteral("/restservices-parent/request/extraday/options/{}/until/{}"), Access::Parent,
               [&portal](Request &r) { return extraOptions(portal, r); });
    router.put(QStringLiteral("/restservices-parent/request/extraday"), Access::Parent,
               [&portal](Request &r) { return submitExtra(portal, r); });
}

} // namespace nestje::server
