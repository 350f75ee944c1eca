// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/AccountSync.h"

#include "db/Database.h"
#include "features/account/AccountParser.h"
#include "features/account/AccountStore.h"
#include "sync/SyncRun.h"
#include "text/PortalTime.h"

#include <QUrl>

namespace nestje {

namespace {
constexpr int childrenMaxAge = 30 * 60;
constexpr int creditsMaxAge = 30 * 60;
constexpr int changeRequestMaxAge = 30 * 60;
constexpr int contentMaxAge = 6 * 60 * 60;
// Real portals' own clients stop after 2000 years of emptiness; we stop after a decade.
constexpr int documentYearsBack = 10;

bool dueAfter(const SyncContext &context, const QString &name, int maxAge)
{
    return context.full || context.ageOf(name) > maxAge;
}

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

bool ChildrenSync::isDue(const SyncContext &context) const
{
    return dueAfter(context, name(), childrenMaxAge);
}

void ChildrenSync::start(SyncRun &run)
{
    run.fetch(QStringLiteral("/restservices-parent/children/"), [&run](const QJsonValue &payload) {
        return AccountStore(run.database()).replaceChildren(parseChildren(payload));
    });
}

bool ParentSync::isDue(const SyncContext &context) const
{
    return dueAfter(context, name(), contentMaxAge);
}

void ParentSync::start(SyncRun &run)
{
    run.fetch(QStringLiteral("/restservices-parent/parent"), [&run](const QJsonValue &payload) {
        return AccountStore(run.database()).setParent(parseParent(payload));
    });
}

bool ChangeRequestSync::isDue(const SyncContext &context) const
{
    return dueAfter(context, name(), changeRequestMaxAge);
}

void ChangeRequestSync::start(SyncRun &run)
{
    run.fetch(
        QStringLiteral("/restservices-parent/parent/changerequest"),
        [&run](const QJsonValue &payload) {
            return AccountStore(run.database()).setChangeRequest(parseChangeRequest(payload));
        },
        true);
}

void PerChildSync::start(SyncRun &run)
{
    QStringList ids;
    for (const ChildRecord &child : AccountStore(run.database()).children())
        ids << child.id;
    fetch(run, ids);
}

void PerChildSync::fetch(SyncRun &run, const QStringList &childIds)
{
    run.getEach(
        childIds, [this](const QString &childId) { return path(childId); },
        [this, &run](const QString &childId, const QJsonValue &payload) {
            return store(run, childId, payload);
        },
        [this, &run] {
            run.database().announce(name());
            run.finish();
        },
        true);
}

bool ChildDetailsSync::isDue(const SyncContext &context) const
{
    return dueAfter(context, name(), contentMaxAge);
}

QString ChildDetailsSync::path(const QString &childId) const
{
    return QStringLiteral("/restservices-parent/child/%1/details").arg(encoded(childId));
}

bool ChildDetailsSync::store(SyncRun &run, const QString &childId, const QJsonValue &payload) const
{
    return AccountStore(run.database()).replaceChildDetails(parseChildDetails(childId, payload));
}

bool PermissionsSync::isDue(const SyncContext &context) const
{
    return dueAfter(context, name(), contentMaxAge);
}

QString PermissionsSync::path(const QString &childId) const
{
    return QStringLiteral("/restservices-parent/permissions/%1").arg(encoded(childId));
}

bool PermissionsSync::store(SyncRun &run, const QString &childId, const QJsonValue &payload) const
{
    return AccountStore(run.database()).replacePermissions(childId, parsePermissions(childId, payload));
}

bool ObservationsSync::isDue(const SyncContext &context) const
{
    return dueAfter(context, name(), contentMaxAge);
}

QString ObservationsSync::path(const QString &childId) const
{
    return QStringLiteral("/restservices-parent/observations/%1").arg(encoded(childId));
}

bool ObservationsSync::store(SyncRun &run, const QString &childId, const QJsonValue &payload) const
{
    return AccountStore(run.database()).replaceObservations(childId, parseObservations(childId, payload));
}

bool CreditsSync::isDue(const SyncContext &context) const
{
    return dueAfter(context, name(), creditsMaxAge);
}

void CreditsSync::start(SyncRun &run)
{
    run.fetch(
        QStringLiteral("/restservices-parent/credits"),
        [&run](const QJsonValue &payload) { return AccountStore(run.database()).replaceCredits(parseCredits(payload)); },
        true);
}

bool DocumentsSync::isDue(const SyncContext &context) const
{
    return dueAfter(context, name(), contentMaxAge);
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
                .arg(type, portaltime::ymd(QDate(year, 1, 1)), portaltime::ymd(QDate(year, 12, 31))),
            [=, this, &run](const QJsonValue &payload) {
                const QList<DocumentRecord> documents = parseDocuments(type, payload);
                if (!AccountStore(run.database()).replaceDocuments(type, documents))
                    return false;
                fetch(run, year, emptyTypesInYear + (documents.isEmpty() ? 1 : 0), typeIndex + 1, oldestYear);
                return true;
            });
}

bool NotificationSettingsSync::isDue(const SyncContext &context) const
{
    return dueAfter(context, name(), contentMaxAge);
}

void NotificationSettingsSync::start(SyncRun &run)
{
    run.fetch(
        QStringLiteral("/restservices-parent/notification/settings"),
        [&run](const QJsonValue &payload) {
            return AccountStore(run.database()).replaceNotificationSettings(parseNotificationSettings(payload));
        },
        true);
}

} // namespace nestje
