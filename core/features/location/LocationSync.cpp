// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/LocationSync.h"

#include "features/location/LocationParser.h"
#include "features/location/LocationStore.h"
#include "sync/SyncRun.h"

namespace nestje {

namespace {
// The organisation's content changes rarely; its counters say when news arrived.
constexpr int contentMaxAge = 6 * 60 * 60;
// A portal whose moreItems never turns false must not keep the sync busy for ever.
constexpr int maxNewsletters = 2000;

const QString containerPath = QStringLiteral("/restservices-parent/htmlcontent/container/%1");

// Fetches the bodies of `ids` (news items or pages), then finishes.
void fetchBodies(SyncRun &run, const QStringList &ids, const QString &topic)
{
    run.getEach(
        ids, [](const QString &id) { return containerPath.arg(id); },
        [&run, topic](const QString &id, const QJsonValue &payload) {
            const std::optional<ContentBody> body = parseContentBody(payload);
            return body && LocationStore(run.database()).storeBody(id, *body, topic);
        },
        [&run] { run.finish(); });
}
} // namespace

bool NewsSync::isDue(const SyncContext &context) const
{
    return context.full || context.counters.news != context.previous.news ||
           context.ageOf(name()) > contentMaxAge;
}

void NewsSync::start(SyncRun &run)
{
    run.get(QStringLiteral("/restservices-parent/htmlnews/view"),
            [this, &run](const QJsonValue &payload) {
                const std::optional<QList<NewsItem>> items = parseNewsList(payload);
                LocationStore store(run.database());
                if (!items || !store.replaceNews(*items))
                    return false;
                fetchBodies(run, store.newsWithoutBody(), name());
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
    fetchPage(run, 0, {});
}

void NewslettersSync::fetchPage(SyncRun &run, int offset, QStringList seen)
{
    run.get(QStringLiteral("/restservices-parent/newsletter?index=%1").arg(offset),
            [this, &run, offset, seen](const QJsonValue &payload) mutable {
                const std::optional<NewsletterPage> page = parseNewsletterPage(payload);
                LocationStore store(run.database());
                if (!page || !store.upsertNewsletters(page->items))
                    return false;
                for (const Newsletter &item : page->items)
                    seen << item.id;
                // `index` counts items, not pages (reference server and the observed portals
                // agree): the next page starts after the items received so far.
                const int next = offset + int(page->items.size());
                if (page->moreItems && !page->items.isEmpty() && next < maxNewsletters) {
                    fetchPage(run, next, seen);
                    return true;
                }
                if (!store.keepOnlyNewsletters(seen))
                    return false;
                fetchHtml(run, store.newslettersWithoutHtml());
                return true;
            });
}

void NewslettersSync::fetchHtml(SyncRun &run, const QStringList &ids)
{
    run.getEach(
        ids,
        [](const QString &id) {
            return QStringLiteral("/restservices-parent/newsletter/generated/%1").arg(id);
        },
        [&run](const QString &id, const QJsonValue &payload) {
            const std::optional<QString> html = parseNewsletterHtml(payload);
            return html && LocationStore(run.database()).storeNewsletterHtml(id, *html);
        },
        [&run] { run.finish(); });
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
            const std::optional<QList<InfoPage>> pages = parseInfoPages(payload);
            LocationStore store(run.database());
            if (!pages || !store.replacePages(*pages))
                return false;
            fetchBodies(run, store.pagesWithoutBody(), name());
            return true;
        },
        true);
}

bool ContactSync::isDue(const SyncContext &context) const
{
    return context.full || context.ageOf(name()) > contentMaxAge;
}

void ContactSync::start(SyncRun &run)
{
    run.fetch(QStringLiteral("/restservices-parent/customer/info"),
              [&run](const QJsonValue &payload) {
                  const std::optional<CustomerInfo> info = parseCustomerInfo(payload);
                  return info && LocationStore(run.database()).replaceCustomerInfo(*info);
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
            const std::optional<QList<TeamMember>> team = parseTeam(payload);
            return team && LocationStore(run.database()).replaceTeam(*team);
        },
        true);
}

} // namespace nestje
