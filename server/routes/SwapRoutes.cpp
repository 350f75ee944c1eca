// SPDX-License-Identifier: GPL-3.0-or-later
// Ruildag aanvragen (Nestje extension, docs/api.md X25/X26). The manual's rules:
//   "Vervolgens verschijnen per kind de dagdelen waarop de kinderen die datum volgens de planning
//    verwacht worden. Selecteer alle dagdelen die je deze dag wilt inruilen."
//   "Is dit een dag waarop de kinderen reeds gepland zijn, dan geeft het systeem hier een melding
//   van." "Is de gewenste aanwezigheid kleiner dan de ingeleverde afwezigheid, dan vervalt de
//   restanttijd." "De status van de aanvraag staat bij aanvang op 'Optie extra'."
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

static constexpr qint64 maxSwapDays = 31;

// What a swap gives up and what it takes: one date and a target date, or a period and the period of
// the same length that starts at the target date ("Je kunt een aanvraag doen voor een enkele dag of
// voor een periode ... Voor een periode geldt in principe hetzelfde").
struct SwapDays
{
    QDate from;
    QDate until;
    QDate target;

    bool isPeriod() const { return from != until; }
    QDate targetUntil() const { return target.addDays(from.daysTo(until)); }
    QList<QDate> given() const { return range(from, until); }
    QList<QDate> taken() const { return range(target, targetUntil()); }

private:
    static QList<QDate> range(QDate first, QDate last)
    {
        QList<QDate> days;
        for (QDate d = first; d <= last; d = d.addDays(1))
            days.append(d);
        return days;
    }
};

static std::optional<Reply> parseSwapDays(QDate from, QDate until, QDate target, SwapDays *days)
{
    if (!from.isValid() || !until.isValid() || !target.isValid() || until < from ||
        from.daysTo(until) >= maxSwapDays)
        return reply::badRequest(
            QStringLiteral("expected YYYYMMDD dates, a period of at most %1 days")
                .arg(maxSwapDays));
    *days = SwapDays{from, until, target};
    return std::nullopt;
}

static std::optional<Reply> checkSwapDates(const Planner &planner, const SwapDays &days)
{
    const OrganisationRules &rules = planner.rules();
    const qint64 lead = rules.integer(QStringLiteral("swap.leadHours"));
    const qint64 apart = rules.integer(QStringLiteral("swap.maxDaysApart"));
    const qint64 ahead = rules.integer(QStringLiteral("swap.maxDaysAhead"));
    const qint64 now = planner.now();
    if (dates::localMs(days.from) - now < lead * 3600 * 1000 - 86400000 ||
        dates::localMs(days.target) - now < lead * 3600 * 1000 - 86400000)
        return reply::refusal(
            QStringLiteral("nestje.swap.too_late"),
            QStringLiteral("Een ruildag vraag je minimaal %1 uur van tevoren aan.").arg(lead));
    if (std::abs(days.from.daysTo(days.target)) > apart)
        return reply::refusal(
            QStringLiteral("nestje.swap.too_far_apart"),
            QStringLiteral("De nieuwe dag mag hoogstens %1 dagen van de ingeleverde dag liggen.")
                .arg(apart));
    if (dates::localDate(now).daysTo(days.targetUntil()) > ahead)
        return reply::refusal(QStringLiteral("nestje.swap.too_far_ahead"),
                              QStringLiteral("Je kunt tot %1 dagen vooruit ruilen.").arg(ahead));
    if (days.target <= days.until && days.targetUntil() >= days.from)
        return reply::refusal(
            QStringLiteral("nestje.swap.overlap"),
            QStringLiteral("De periode waar je naartoe ruilt, overlapt de periode die je inlevert. "
                           "Kies een latere of eerdere dag."));
    // A period may hold weekends and closing days (they offer nothing); a single target date may
    // not.
    if (!days.isPeriod() && planner.isClosed(days.target))
        return reply::refusal(
            QStringLiteral("nestje.request.closed"),
            QStringLiteral("Op %1 is de opvang gesloten.").arg(dutch::day(days.target)));
    return std::nullopt;
}

static QJsonObject partJson(const TimeOption &o)
{
    return QJsonObject{
        {QStringLiteral("optionId"), o.optionId}, {QStringLiteral("date"), dates::localMs(o.date)},
        {QStringLiteral("label"), o.label},       {QStringLiteral("startTime"), o.start},
        {QStringLiteral("endTime"), o.end},       {QStringLiteral("value"), o.value}};
}

// "Daan is op woensdag 2 december al gepland." For a period, the days of the target period the
// child is already expected on.
static QString plannedNotice(const QString &firstName, const QList<QDate> &planned)
{
    if (planned.isEmpty())
        return {};
    if (planned.size() == 1)
        return QStringLiteral("%1 is op %2 al gepland.")
            .arg(firstName, dutch::day(planned.first()));
    if (planned.size() > 3)
        return QStringLiteral("%1 is op %2 dagen van die periode al gepland.")
            .arg(firstName)
            .arg(planned.size());
    QStringList names;
    for (QDate d : planned)
        names.append(dutch::day(d));
    const QString last = names.takeLast();
    return QStringLiteral("%1 is op %2 en %3 al gepland.")
        .arg(firstName, names.join(QStringLiteral(", ")), last);
}

// GET swap/options/{date}/to/{target} and swap/options/{from}/until/{until}/to/{target}
static Reply swapOptions(Portal &portal, Request &r, QDate from, QDate until, QDate target)
{
    if (auto off = requireModule(portal, r, QStringLiteral("swapDays")))
        return *off;
    SwapDays days;
    if (auto bad = parseSwapDays(from, until, target, &days))
        return *bad;
    Planner planner(portal, *r.org);
    QJsonArray children;
    for (const ChildRow &child : familyChildren(portal, r)) {
        if (!child.active)
            continue;
        QJsonArray giveUp;
        for (QDate d : days.given())
            for (const TimeOption &o : planner.plannedParts(child.id, d))
                giveUp.append(partJson(o));
        QJsonArray take;
        QList<QDate> planned;
        for (QDate d : days.taken()) {
            // A day the child is already expected on is not a swap target ("Is dit een dag waarop
            // de kinderen reeds gepland zijn, dan geeft het systeem hier een melding van").
            const bool plannedThen = !planner.planning(child.id, d).isEmpty();
            if (plannedThen)
                planned.append(d);
            for (const TimeOption &o : planner.bookableParts(child.id, d)) {
                const QString refusal =
                    plannedThen ? plannedNotice(child.firstName, {d}) : o.refusal;
                QJsonObject part = partJson(o);
                part.insert(QStringLiteral("available"), refusal.isEmpty());
                part.insert(QStringLiteral("refusal"),
                            refusal.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(refusal));
                take.append(part);
            }
        }
        const QString notice = plannedNotice(child.firstName, planned);
        children.append(
            QJsonObject{{QStringLiteral("childId"), child.id},
                        {QStringLiteral("firstName"), child.firstName},
                        {QStringLiteral("giveUp"), giveUp},
                        {QStringLiteral("take"), take},
                        {QStringLiteral("targetAlreadyPlanned"), !planned.isEmpty()},
                        {QStringLiteral("targetNotice"),
                         notice.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(notice)}});
    }
    return reply::envelope(QJsonObject{{QStringLiteral("unit"), planner.unit()},
                                       {QStringLiteral("children"), children}});
}

// PUT swap {date, until?, targetDate, giveUp:[optionId], take:[optionId], asWhole?, expiresAt?,
// remark?}
static Reply submitSwap(Portal &portal, Request &r)
{
    if (auto off = requireModule(portal, r, QStringLiteral("swapDays")))
        return *off;
    const Body body = jsonBody(r);
    if (body.error)
        return *body.error;
    std::optional<Reply> error;
    QStringList giveUp;
    QStringList take;
    QString remark;
    if (!stringListField(body.object, QStringLiteral("giveUp"), &giveUp, &error) ||
        !stringListField(body.object, QStringLiteral("take"), &take, &error) ||
        !stringField(body.object, QStringLiteral("remark"), &remark, &error))
        return *error;
    const QDate date = bodyDate(body.object.value(QLatin1String("date")));
    const QJsonValue untilValue = body.object.value(QLatin1String("until"));
    const QDate until =
        untilValue.isUndefined() || untilValue.isNull() ? date : bodyDate(untilValue);
    SwapDays days;
    if (auto bad = parseSwapDays(date, until,
                                 bodyDate(body.object.value(QLatin1String("targetDate"))), &days))
        return *bad;
    const qint64 expiresAt = body.object.value(QLatin1String("expiresAt")).toInteger(0);
    const bool asWhole = body.object.value(QLatin1String("asWhole")).toBool(false);
    QHash<QString, QString> names;
    for (const ChildRow &c : familyChildren(portal, r))
        names.insert(c.id, c.firstName);
    for (const QString &id : giveUp + take)
        if (!names.contains(optionChild(id)))
            return reply::notFound();
    if (giveUp.isEmpty() || take.isEmpty())
        return reply::refusal(
            QStringLiteral("nestje.swap.nothing_selected"),
            QStringLiteral(
                "Kies de dagdelen die je inlevert en de dagdelen die je ervoor terug wilt."));
    Planner planner(portal, *r.org);
    if (auto refused = checkSwapDates(planner, days))
        return *refused;
    QHash<QString, TimeOption> given;
    QHash<QString, TimeOption> offered;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        for (QDate d : days.given())
            for (const TimeOption &o : planner.plannedParts(it.key(), d))
                given.insert(o.optionId, o);
        for (QDate d : days.taken())
            for (const TimeOption &o : planner.bookableParts(it.key(), d))
                offered.insert(o.optionId, o);
    }
    QHash<QString, double> givenValue;
    QHash<QString, double> takenValue;
    const qint64 requestId =
        insertRequest(portal, r, QStringLiteral("swap"), asWhole, expiresAt, remark, {});
    qint64 firstStart = 0;
    for (const QString &id : std::as_const(giveUp)) {
        const auto o = given.constFind(id);
        if (o == given.constEnd())
            return reply::refusal(QStringLiteral("nestje.swap.part_unknown"),
                                  QStringLiteral("Een in te leveren dagdeel staat niet (meer) "
                                                 "gepland. Haal de planning opnieuw op."));
        givenValue[o->childId] += o->value;
        insertBooking(portal, requestId, o->childId, o->date, o->code, o->label, o->start, o->end,
                      o->value, QStringLiteral("swap_from"), {}, 0, QStringLiteral("pending"),
                      o->planningId, {});
        firstStart = firstStart ? std::min(firstStart, o->start) : o->start;
    }
    for (const QString &id : std::as_const(take)) {
        const auto o = offered.constFind(id);
        if (o == offered.constEnd())
            return reply::refusal(QStringLiteral("nestje.request.option_unknown"),
                                  QStringLiteral("Dit dagdeel is op %1 niet te boeken.")
                                      .arg(dutch::day(days.target)));
        if (!givenValue.contains(o->childId))
            return reply::refusal(
                QStringLiteral("nestje.swap.nothing_given"),
                QStringLiteral(
                    "Voor %1 lever je op %2 niets in; kies eerst een dagdeel om te ruilen.")
                    .arg(names.value(o->childId), dutch::day(days.from)));
        if (o->alreadyPlanned || !planner.planning(o->childId, o->date).isEmpty())
            return reply::refusal(QStringLiteral("nestje.swap.target_planned"),
                                  QStringLiteral("%1 is op %2 al gepland; kies een andere dag.")
                                      .arg(names.value(o->childId), dutch::day(o->date)));
        if (!o->refusal.isEmpty())
            return reply::refusal(QStringLiteral("nestje.request.group_full"),
                                  QStringLiteral("Er is op %1 geen plek meer in de groep van %2.")
                                      .arg(dutch::day(o->date), names.value(o->childId)));
        takenValue[o->childId] += o->value;
        const qint64 planningId =
            planner.addPlanning(o->childId, o->date, o->start, o->end, QStringLiteral("tentative"),
                                QStringLiteral("Optie ruil"));
        insertBooking(portal, requestId, o->childId, o->date, o->code, o->label, o->start, o->end,
                      o->value, QStringLiteral("swap_to"), {}, 0, QStringLiteral("pending"),
                      planningId, {});
        firstStart = std::min(firstStart, o->start);
    }
    for (auto it = takenValue.cbegin(); it != takenValue.cend(); ++it)
        if (it.value() > givenValue.value(it.key()) + 1e-9)
            return reply::refusal(
                QStringLiteral("nestje.swap.take_exceeds"),
                QStringLiteral("Voor %1 vraag je meer opvang terug (%2) dan je inlevert (%3). "
                               "Minder mag: de restanttijd vervalt.")
                    .arg(names.value(it.key()), dutch::amount(it.value(), planner.unit()),
                         dutch::amount(givenValue.value(it.key()), planner.unit())));
    if (auto refused = checkExpiry(planner, expiresAt, firstStart))
        return *refused;
    return reply::envelope(requests::requestJson(portal, planner, requestId));
}

void addSwapRoutes(Router &router, Portal &portal)
{
    router.get(QStringLiteral("/restservices-parent/swap/options/{}/to/{}"), Access::Parent,
               [&portal](Request &r) {
                   const QDate date = dates::parsePathDate(r.params.at(0));
                   return swapOptions(portal, r, date, date, dates::parsePathDate(r.params.at(1)));
               });
    router.get(QStringLiteral("/restservices-parent/swap/options/{}/until/{}/to/{}"),
               Access::Parent, [&portal](Request &r) {
                   return swapOptions(portal, r, dates::parsePathDate(r.params.at(0)),
                                      dates::parsePathDate(r.params.at(1)),
                                      dates::parsePathDate(r.params.at(2)));
               });
    router.put(QStringLiteral("/restservices-parent/swap"), Access::Parent,
               [&portal](Request &r) { return submitSwap(portal, r); });
}

} // namespace nestje::server
