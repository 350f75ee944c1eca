// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/LocationSync.h"

#include "db/Database.h"
#include "features/location/LocationStore.h"
#include "sync/SyncRun.h"

namespace nestje {

namespace {
// The organisation's content changes rarely; its counters say when news arrived.
constexpr int contentMaxAge = 6 * 60 * 60;
// Real portals' newsletter paging has no known end marker beyond moreItems; stop somewhere.
constexpr int maxNewsletterPages = 100;
} // namespace

bool NewsSync::isDue(const SyncContext &context) const
{
    return context.full || context.counters.news != context.previous.news ||
           context.ageOf(name()) > contentMaxAge;
}

void NewsSync::start(SyncRun &run)
{
    run.get(QStringLiteral("/restservices-parent/htmlnews/view"), [this, &run](
                                                                      const QJsonValue &payload) {
        LocationStore store(run.database());
        if (!store.replaceNews(payload.toObject().value(QLatin1String("newsItems")).toArray()))
            return false;
        run.database().announce(name());
        fetchBodies(run, store.newsWithoutBody());
        return true;
    });
}

void NewsSync::fetchBodies(SyncRun &run, QStringList ids)
{
    if (ids.isEmpty())
        return run.finish();
    const QString id = ids.takeFirst();
    run.get(QStringLiteral("/restservices-parent/htmlcontent/container/%1").arg(id),
            [this, &run, id, ids](const QJsonValue &payload) {
                if (!LocationStore(run.database()).storeNewsBody(id, payload.toObject()))
                    return false;
                run.database().announce(name());
                fetchBodies(run, ids);
                return true;
            });
}

bool NewslettersSync::isDue(const SyncContext &context) const
{
    return context.full || context.counters.newsletters != context.previous.newsletters ||
           context.ageOf(name()) > contentMaxAge;
}

void NewslettersSync::start(SyncRun &run)
{
    fetchPage(run, 0);
}

void NewslettersSync::fetchPage(SyncRun &run, int index)
{
    run.get(QStringLiteral("/restservices-parent/newsletter?index=%1").arg(index),
            [this, &run, index](const QJsonValue &payload) {
                const QJsonObject page = payload.toObject();
                const QJsonArray items = page.value(QLatin1String("newsletterItems")).toArray();
                LocationStore store(run.database());
                if (!store.upsertNewsletters(items))
                    return false;
                run.database().announce(name());
                // Whether index counts pages or items is unknown (reference §5.P8); we send the
                // page.
                if (page.value(QLatin1String("moreItems")).toBool() && !items.isEmpty() &&
                    index < maxNewsletterPages)
                    fetchPage(run, index + 1);
                else
                    fetchHtml(run, store.newslettersWithoutHtml());
                return true;
            });
}

void NewslettersSync::fetchHtml(SyncRun &run, QStringList ids)
{
    if (ids.isEmpty())
        return run.finish();
    const QString id = ids.takeFirst();
    run.get(QStringLiteral("/restservices-parent/newsletter/generated/%1").arg(id),
            [this, &run, id, ids](const QJsonValue &payload) {
                if (!LocationStore(run.database())
                         .storeNewsletterHtml(
                             id, payload.toObject().value(QLatin1String("fullSource")).toString()))
                    return false;
                run.database().announce(name());
                fetchHtml(run, ids);
                return true;
            });
}

bool PagesSync::isDue(const SyncContext &context) const
{
    return context.full || context.ageOf(name()) > contentMaxAge;
}

void PagesSync::start(SyncRun &run)
{
    run.get(
        QStringLiteral("/restservices-parent/htmlcontent/pages"),
        [this, &run](const QJsonValue &payload) {
            LocationStore store(run.database());
            if (!store.replacePages(payload.toArray()))
                return false;
            run.database().announce(name());
            fetchBodies(run, store.pagesWithoutBody());
            return true;
        },
        true);
}

void PagesSync::fetchBodies(SyncRun &run, QStringList ids)
{
    if (ids.isEmpty())
        return run.finish();
    const QString id = ids.takeFirst();
    run.get(QStringLiteral("/restservices-parent/htmlcontent/container/%1").arg(id),
            [this, &run, id, ids](const QJsonValue &payload) {
                if (!LocationStore(run.database()).storePageBody(id, payload.toObject()))
                    return false;
                run.database().announce(name());
                fetchBodies(run, ids);
                return true;
            });
}

bool TeamSync::isDue(const SyncContext &context) const
{
    return context.full || context.ageOf(name()) > contentMaxAge;
}

void TeamSync::start(SyncRun &run)
{
    run.fetch(
        QStringLiteral("/restservices-parent/team"),
        [&run](const QJsonValue &payload) {
            return LocationStore(run.database()).replaceTeam(payload.toArray());
        },
        true);
}

} // namespace nestje
