// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/AgendaSync.h"

#include "db/Database.h"
#include "features/agenda/AgendaRecords.h"
#include "features/agenda/PlanningStore.h"
#include "features/agenda/RequestStore.h"
#include "sync/SyncRun.h"
#include "text/PortalTime.h"

namespace nestje {

namespace {
// The planning changes with decisions and bookings: half an hour keeps it current enough
// between the parent's own "Herladen".
constexpr int maxAge = 30 * 60;

} // namespace

bool PlanningSync::isDue(const SyncContext &context) const
{
    return context.full || context.ageOf(name()) > maxAge;
}

void PlanningSync::start(SyncRun &run)
{
    const QDate today = run.context().today;
    fetchWindow(run, today.addMonths(-monthsBack), today.addMonths(monthsAhead));
}

void PlanningSync::fetchWindow(SyncRun &run, const QDate &from, const QDate &until)
{
    const QDate windowEnd = std::min(until, from.addDays(91));
    run.get(QStringLiteral("/restservices-parent/calendar/%1/until/%2")
                .arg(portaltime::ymd(from), portaltime::ymd(windowEnd)),
            [this, &run, from, windowEnd, until](const QJsonValue &payload) {
                // A window without `days` is a bad answer, not an empty one: keep what was there.
                // The store announces "planning" after its commit.
                if (!isPlanningAnswer(payload) ||
                    !PlanningStore(run.database())
                         .replaceWindow(from, windowEnd, parsePlanning(payload)))
                    return false;
                if (windowEnd < until)
                    fetchWindow(run, windowEnd.addDays(1), until);
                else
                    run.finish();
                return true;
            });
}

bool ClosuresSync::isDue(const SyncContext &context) const
{
    // Closing days and holidays are set for the year: once a day is plenty.
    return context.full || context.ageOf(name()) > 24 * 3600;
}

void ClosuresSync::start(SyncRun &run)
{
    const QDate today = run.context().today;
    run.get(
        QStringLiteral("/restservices-parent/closures/%1/until/%2")
            .arg(portaltime::ymd(today.addDays(-31)), portaltime::ymd(today.addDays(366))),
        [&run](const QJsonValue &payload) {
            const std::optional<QList<Closure>> closures = parseClosures(payload);
            if (!closures || !PlanningStore(run.database()).replaceClosures(*closures))
                return false;
            run.finish();
            return true;
        },
        true);
}

bool RequestsSync::isDue(const SyncContext &context) const
{
    return context.full || context.ageOf(name()) > maxAge;
}

void RequestsSync::start(SyncRun &run)
{
    const QDate today = run.context().today;
    run.get(
        QStringLiteral("/restservices-parent/request/overview/%1/%2")
            .arg(portaltime::ymd(today.addMonths(-PlanningSync::monthsAhead)),
                 portaltime::ymd(today.addMonths(PlanningSync::monthsAhead))),
        [&run](const QJsonValue &payload) {
            // A payload that is not a list is a bad answer, not "no requests": keep the old ones.
            if (!payload.isArray() ||
                !RequestStore(run.database()).replaceRequests(parseRequests(payload)))
                return false;
            run.finish(); // the store announced "requests"
            return true;
        },
        true);
}

} // namespace nestje
