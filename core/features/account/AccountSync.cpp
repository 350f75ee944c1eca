// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/AccountSync.h"

#include "db/Database.h"
#include "features/account/AccountStore.h"
#include "net/JsonValues.h"
#include "sync/SyncRun.h"
#include "text/PortalTime.h"

namespace nestje {

namespace {
constexpr int childrenMaxAge = 30 * 60;
constexpr int creditsMaxAge = 30 * 60;
constexpr int contentMaxAge = 6 * 60 * 60;
// Real portals' own clients stop after 2000 years of emptiness; we stop after a decade.
constexpr int documentYearsBack = 10;

} // namespace

bool ChildrenSync::isDue(const SyncContext &context) const
{
    return context.full || context.ageOf(name()) > childrenMaxAge;
}

void ChildrenSync::start(SyncRun &run)
{
    run.fetch(QStringLiteral("/restservices-parent/children/"), [&run](const QJsonValue &payload) {
        return AccountStore(run.database()).replaceChildren(payload.toObject());
    });
}

bool CreditsSync::isDue(const SyncContext &context) const
{
    return context.full || context.ageOf(name()) > creditsMaxAge;
}

void CreditsSync::start(SyncRun &run)
{
    run.fetch(
        QStringLiteral("/restservices-parent/credits"),
        [&run](const QJsonValue &payload) {
            return AccountStore(run.database()).replaceCredits(payload.toObject());
        },
        true);
}

bool DocumentsSync::isDue(const SyncContext &context) const
{
    return context.full || context.ageOf(name()) > contentMaxAge;
}

void DocumentsSync::start(SyncRun &run)
{
    const int year = run.context().today.year();
    fetch(run, year, 0, 0, run.context().full ? year - documentYearsBack : year);
}

void DocumentsSync::fetch(SyncRun &run, int year, int emptyTypesInYear, int typeIndex,
                          int oldestYear)
{
    static const QString types[] = {QStringLiteral("invoice"), QStringLiteral("annualstatement"),
                                    QStringLiteral("document")};
    if (typeIndex == 3) {
        if (emptyTypesInYear == 3 || year <= oldestYear)
            return run.finish();
        return fetch(run, year - 1, 0, 0, oldestYear);
    }
    const QString type = types[typeIndex];
    run.get(
        QStringLiteral("/restservices-parent/administration/%1/overview/%2/%3")
            .arg(type, portaltime::ymd(QDate(year, 1, 1)), portaltime::ymd(QDate(year, 12, 31))),
        [=, this, &run](const QJsonValue &payload) {
            const QJsonArray items = payload.toArray();
            if (!AccountStore(run.database()).replaceDocuments(type, items))
                return false;
            run.database().announce(name());
            fetch(run, year, emptyTypesInYear + (items.isEmpty() ? 1 : 0), typeIndex + 1,
                  oldestYear);
            return true;
        });
}

bool NotificationSettingsSync::isDue(const SyncContext &context) const
{
    return context.full || context.ageOf(name()) > contentMaxAge;
}

void NotificationSettingsSync::start(SyncRun &run)
{
    run.fetch(
        QStringLiteral("/restservices-parent/notification/settings"),
        [&run](const QJsonValue &payload) {
            return AccountStore(run.database())
                .setSetting(QStringLiteral("notification_settings"),
                            json::compact(payload.toObject()));
        },
        true);
}

} // namespace nestje
