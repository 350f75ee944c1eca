// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/OrganisationSync.h"

#include "db/SyncState.h"
#include "db/Database.h"
#include "sync/OrganisationParser.h"
#include "sync/StoredCounters.h"
#include "sync/SyncRun.h"

namespace nestje {

namespace {
constexpr int capabilitiesMaxAge = 6 * 60 * 60;
}

void CountersSync::start(SyncRun &run)
{
    run.get(QStringLiteral("/restservices-parent/notification/notifications"), [&run](const QJsonValue &payload) {
        const Counters counters = parseCounters(payload);
        SyncState state(run.database());
        const bool ok = run.database().transaction(
            [&] { return saveCounters(state, QStringLiteral("counters/"), counters); });
        if (ok)
            run.finish();
        return ok;
    });
}

bool CapabilitiesSync::isDue(const SyncContext &context) const
{
    return context.full || context.ageOf(name()) > capabilitiesMaxAge;
}

void CapabilitiesSync::start(SyncRun &run)
{
    run.get(
        QStringLiteral("/restservices-parent/nestje/capabilities"),
        [&run](const QJsonValue &payload) {
            if (!SyncState(run.database()).setValue(QStringLiteral("capabilities"),
                                                    parseCapabilities(payload).serialise()))
                return false;
            run.finish();
            return true;
        },
        true);
}

} // namespace nestje
