// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/AccountSync.h"

#include "features/account/AccountStore.h"
#include "net/JsonValues.h"
#include "db/Database.h"
#include "sync/SyncRun.h"

namespace nestje {

namespace {
constexpr int childrenMaxAge = 30 * 60;
constexpr int creditsMaxAge = 30 * 60;
constexpr int contentMaxAge = 6 * 60 * 60;
// Real portals' own clients stop after 2000 years of emptiness; we stop after a decade.
constexpr int documentYearsBack = 10;

QString ymd(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}
} // namespace

bool ChildrenSync::isDue(const SyncContext &context) const
{
    return context.full || context.ageOf(name()) > childrenMaxAge;
}

void ChildrenSync::start(SyncRun &run)
{
    run.get(QStringLiteral("/restservices-parent/children/"), [this, &run](const QJsonValue &payload) {
        if (!AccountStore(run.database()).replaceChildren(payload.toObject()))
            return false;
        run.database().announce(name());
        run.finish();
        return true;
    });
}

bool CreditsSync::isDue(const SyncContext &context) const
{
    return context.full || context.ageOf(name()) > creditsMaxAge;
}

void CreditsSync::start(SyncRun &run)
{
    run.get(
        QStringLiteral("/restservices-parent/credits"),
        [this, &run](const QJsonValue &payload) {
            if (!AccountStore(run.database()).replaceCredits(payload.toObject()))
                return false;
            run.database().announce(name());
            run.finish();
            return true;
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

void DocumentsSync::fetch(SyncRun &run, int year, int emptyTypesInYear, int typeIndex, int oldestYear)
{
    static const QString types[] = {QStringLiteral("invoice"), QStringLiteral("annualstatement"),
                                    QStringLiteral("document")};
    if (typeIndex == 3) {
        if (emptyTypesInYear == 3 || year <= oldestYear)
            return run.finish();
        return fetch(run, year - 1, 0, 0, oldestYear);
    }
    const QString type = types[typeIndex];
    run.get(QStringLiteral("/restservices-parent/administration/%1/overview/%2/%3")
                .arg(type, ymd(QDate(year, 1, 1)), ymd(QDate(year, 12, 31))),
            [=, this, &run](const QJsonValue &payload) {
                const QJsonArray items = payload.toArray();
                if (!AccountStore(run.database()).replaceDocuments(type, items))
                    return false;
                run.database().announce(name());
                fetch(run, year, emptyTypesInYear + (items.isEmpty() ? 1 : 0), typeIndex + 1, oldestYear);
                return true;
            });
}

bool NotificationSettingsSync::isDue(const SyncContext &context) const
{
    return context.full || context.ageOf(name()) > contentMaxAge;
}

void NotificationSettingsSync::start(SyncRun &run)
{
    run.get(
        QStringLiteral("/restservices-parent/notification/settings"),
        [this, &run](const QJsonValue &payload) {
            if (!AccountStore(run.database()).setSetting(QStringLiteral("notification_settings"),
                                                         json::compact(payload.toObject())))
                return false;
            run.database().announce(name());
            run.finish();
            return true;
        },
        true);
}

} // namespace nestje
