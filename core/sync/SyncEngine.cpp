#include "sync/SyncEngine.h"

#include "api/JsonValues.h"
#include "api/TimelineCard.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "nestje.sync")

namespace nestje {

namespace {
const QString fullSyncDoneKey = QStringLiteral("full_sync_done");
const QString lastSuccessKey = QStringLiteral("last_success");
const QString planningKey = QStringLiteral("planning_at");
const QString documentsKey = QStringLiteral("documents_at");
const QString newsKey = QStringLiteral("news_at");
const QString newslettersKey = QStringLiteral("newsletters_at");
const QString organisationKey = QStringLiteral("organisation_at");

// How stale the slow-changing parts may get before an incremental sync refreshes them anyway.
constexpr int planningMaxAge = 30 * 60;
constexpr int contentMaxAge = 6 * 60 * 60;
// Real portals' own clients stop after 2000 years of emptiness; we stop after a decade.
constexpr int documentYearsBack = 10;

QString ymd(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

ApiCall get(const QString &path)
{
    ApiCall call;
    call.path = path;
    return call;
}
} // namespace

SyncEngine::SyncEngine(ApiClient *api, Database *db, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_db(db)
    , m_timeline(*db)
    , m_messages(*db)
    , m_planning(*db)
    , m_content(*db)
    , m_state(*db)
{
}

bool SyncEngine::hasCompletedFullSync() const
{
    return m_state.value(fullSyncDoneKey) == QLatin1String("1");
}

QDateTime SyncEngine::lastSuccess() const
{
    const qint64 ms = m_state.value(lastSuccessKey).toLongLong();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms) : QDateTime();
}

bool SyncEngine::isDue(const QString &key, int maxAgeSeconds) const
{
    const qint64 at = m_state.value(key).toLongLong();
    return m_fullRun || QDateTime::currentMSecsSinceEpoch() - at > qint64(maxAgeSeconds) * 1000;
}

void SyncEngine::markDone(const QString &key)
{
    m_state.setValue(key, QString::number(QDateTime::currentMSecsSinceEpoch()));
}

void SyncEngine::start(Mode mode)
{
    if (m_running)
        return;
    const bool full = mode == Mode::Full || (mode == Mode::Automatic && !hasCompletedFullSync());
    m_fullRun = full;
    m_lastError = {};
    m_previousCounters = m_counters;
    m_running = true;
    m_progress = 0;
    emit runningChanged();
    emit progressChanged();
    planSteps(full);
    next();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    ++m_run;
    m_steps.clear();
    m_lastError.kind = ApiError::Kind::Cancelled;
    m_running = false;
    emit runningChanged();
    emit finished(false);
}

void SyncEngine::planSteps(bool full)
{
    // The counters come first: they drive the badges and tell whether news needs fetching.
    m_steps = {[this] { fetchCounters(); },
               [this] { fetchChildren(); },
               [this, full] { fetchTimelinePage(0, full); },
               [this, full] { fetchThreadPage(0, full); },
               [this] {
                   if (!isDue(planningKey, planningMaxAge))
                       return next();
                   // Requests and credits change with the planning (a decision, a booking).
                   m_steps.prepend([this] { fetchCredits(); });
                   m_steps.prepend([this] { fetchRequests(); });
                   const QDate today = QDate::currentDate();
                   fetchPlanning(today.addMonths(-planningMonthsBack), today.addMonths(planningMonthsAhead));
               },
               [this] {
                   if (m_counters.news == m_previousCounters.news && !isDue(newsKey, contentMaxAge))
                       return next();
                   fetchNews();
               },
               [this] {
                   if (m_counters.newsletters == m_previousCounters.newsletters
                       && !isDue(newslettersKey, contentMaxAge))
                       return next();
                   fetchNewsletters(0);
               },
               [this] {
                   // The organisation's modules and rules, its pages and team change rarely.
                   if (!isDue(organisationKey, contentMaxAge))
                       return next();
                   markDone(organisationKey); // also on a portal that has none of these (404)
                   m_steps.prepend([this] { fetchNotificationSettings(); });
                   m_steps.prepend([this] { fetchTeam(); });
                   m_steps.prepend([this] { fetchPages(); });
                   fetchCapabilities();
               },
               [this] {
                   if (!isDue(documentsKey, contentMaxAge))
                       return next();
                   const int year = QDate::currentDate().year();
                   fetchDocuments(year, 0, 0, m_fullRun ? year - documentYearsBack : year);
               }};
    m_totalSteps = int(m_steps.size());
}

void SyncEngine::next()
{
    if (!m_running)
        return;
    if (m_steps.isEmpty()) {
        m_state.setValue(lastSuccessKey, QString::number(QDateTime::currentMSecsSinceEpoch()));
        if (m_fullRun)
            m_state.setValue(fullSyncDoneKey, QStringLiteral("1"));
        m_running = false;
        m_progress = 1;
        emit progressChanged();
        emit runningChanged();
        emit finished(true);
        return;
    }
    const Step step = m_steps.takeFirst();
    m_progress = double(m_totalSteps - m_steps.size() - 1) / m_totalSteps;
    emit progressChanged();
    step();
}

void SyncEngine::fail(const ApiError &error)
{
    qCInfo(lcSync) << "sync stopped:" << int(error.kind) << error.httpStatus << error.detail;
    m_lastError = error;
    m_steps.clear();
    m_running = false;
    emit runningChanged();
    emit finished(false);
}

void SyncEngine::call(const ApiCall &apiCall, std::function<void(const ApiResult &)> onSuccess)
{
    const quint64 run = m_run;
    m_api->send(apiCall, this, [this, run, apiCall, onSuccess = std::move(onSuccess)](const ApiResult &result) {
        if (run != m_run || !m_running)
            return;
        if (result.ok()) {
            onSuccess(result);
            return;
        }
        // A portal without a Nestje extension simply does not offer that part.
        if (result.error.kind == ApiError::Kind::Unsupported) {
            next();
            return;
        }
        ApiError error = result.error;
        error.detail = apiCall.path + QLatin1Char(' ') + error.detail;
        fail(error);
    });
}

void SyncEngine::fetchCounters()
{
    call(get(QStringLiteral("/restservices-parent/notification/notifications")), [this](const ApiResult &r) {
        const QJsonObject counts = r.payload.toObject();
        m_counters.messages = counts.value(QLatin1String("nrOfNewMessages")).toInt();
        m_counters.news = counts.value(QLatin1String("nrOfNewNewsItems")).toInt();
        m_counters.newsletters = counts.value(QLatin1String("nrOfNewNewsletters")).toInt();
        emit countersChanged();
        next();
    });
}

void SyncEngine::fetchChildren()
{
    if (!m_fullRun && m_content.childCount() > 0 && !isDue(planningKey, planningMaxAge))
        return next();
    call(get(QStringLiteral("/restservices-parent/children/")), [this](const ApiResult &r) {
        if (!m_content.replaceChildren(r.payload.toObject()))
            return fail({ApiError::Kind::Malformed, 0, {}, {}, QStringLiteral("could not store children")});
        next();
    });
}

void SyncEngine::fetchTimelinePage(int offset, bool full)
{
    call(get(QStringLiteral("/restservices-parent/timeline/cards/v2/%1").arg(offset)), [=, this](const ApiResult &r) {
        const QJsonArray page = r.payload.toArray();
        if (page.isEmpty())
            return next(); // past the end
        QList<TimelineCard> cards;
        cards.reserve(page.size());
        for (const QJsonValue &card : page)
            cards << parseTimelineCard(card.toObject());
        const int changed = m_timeline.upsert(cards);
        if (changed < 0)
            return fail({ApiError::Kind::Malformed, 0, {}, {}, QStringLiteral("could not store timeline")});
        // An incremental sync stops at the first page that holds nothing new.
        if (!full && changed == 0)
            return next();
        fetchTimelinePage(offset + int(page.size()), full);
    });
}

void SyncEngine::fetchThreadPage(int offset, bool full)
{
    call(get(QStringLiteral("/restservices-parent/logbook/overview?index=%1").arg(offset)), [=, this](const ApiResult &r) {
        const QJsonArray rows = r.payload.toArray();
        QStringList changed;
        if (!m_messages.upsertThreads(rows, &changed))
            return fail({ApiError::Kind::Malformed, 0, {}, {}, QStringLiteral("could not store threads")});
        const bool more = !rows.isEmpty() && (full || changed.size() == rows.size());
        if (more) {
            // Details of this page first, then the next page.
            m_steps.prepend([=, this] { fetchThreadPage(offset + int(rows.size()), full); });
        }
        fetchThreadDetails(changed);
    });
}

void SyncEngine::fetchThreadDetails(QStringList threadIds)
{
    if (threadIds.isEmpty())
        return next();
    const QString id = threadIds.takeFirst();
    call(get(QStringLiteral("/restservices-parent/logbook/details/%1/summary/true").arg(id)),
         [=, this](const ApiResult &r) {
             if (!m_messages.storeThreadDetails(id, r.payload.toObject()))
                 return fail({ApiError::Kind::Malformed, 0, {}, {}, QStringLiteral("could not store messages")});
             fetchThreadDetails(threadIds);
         });
}

void SyncEngine::fetchPlanning(const QDate &from, const QDate &until)
{
    // Windows of about three months keep each answer small, like the portal's own clients do.
    const QDate windowEnd = std::min(until, from.addDays(91));
    call(get(QStringLiteral("/restservices-parent/calendar/%1/until/%2").arg(ymd(from), ymd(windowEnd))),
         [=, this](const ApiResult &r) {
             if (!m_planning.replaceWindow(from, windowEnd, r.payload.toObject()))
                 return fail({ApiError::Kind::Malformed, 0, {}, {}, QStringLiteral("could not store planning")});
             if (windowEnd < until)
                 return fetchPlanning(windowEnd.addDays(1), until);
             markDone(planningKey);
             next();
         });
}

void SyncEngine::fetchNews()
{
    call(get(QStringLiteral("/restservices-parent/htmlnews/view")), [this](const ApiResult &r) {
        if (!m_content.replaceNews(r.payload.toObject().value(QLatin1String("newsItems")).toArray()))
            return fail({ApiError::Kind::Malformed, 0, {}, {}, QStringLiteral("could not store news")});
        markDone(newsKey);
        fetchNewsBodies(m_content.newsWithoutBody());
    });
}

void SyncEngine::fetchNewsBodies(QStringList ids)
{
    if (ids.isEmpty())
        return next();
    const QString id = ids.takeFirst();
    call(get(QStringLiteral("/restservices-parent/htmlcontent/container/%1").arg(id)), [=, this](const ApiResult &r) {
        m_content.storeNewsBody(id, r.payload.toObject());
        fetchNewsBodies(ids);
    });
}

void SyncEngine::fetchNewsletters(int index)
{
    call(get(QStringLiteral("/restservices-parent/newsletter?index=%1").arg(index)), [=, this](const ApiResult &r) {
        const QJsonObject page = r.payload.toObject();
        const QJsonArray items = page.value(QLatin1String("newsletterItems")).toArray();
        if (!m_content.upsertNewsletters(items))
            return fail({ApiError::Kind::Malformed, 0, {}, {}, QStringLiteral("could not store newsletters")});
        // Whether index counts pages or items is unknown (reference §5.P8); we send the page.
        if (page.value(QLatin1String("moreItems")).toBool() && !items.isEmpty() && index < 100)
            return fetchNewsletters(index + 1);
        markDone(newslettersKey);
        fetchNewsletterHtml(m_content.newslettersWithoutHtml());
    });
}

void SyncEngine::fetchNewsletterHtml(QStringList ids)
{
    if (ids.isEmpty())
        return next();
    const QString id = ids.takeFirst();
    call(get(QStringLiteral("/restservices-parent/newsletter/generated/%1").arg(id)), [=, this](const ApiResult &r) {
        m_content.storeNewsletterHtml(id, r.payload.toObject().value(QLatin1String("fullSource")).toString());
        fetchNewsletterHtml(ids);
    });
}

void SyncEngine::fetchCapabilities()
{
    ApiCall capabilities = get(QStringLiteral("/restservices-parent/nestje/capabilities"));
    capabilities.extension = true; // a real portal answers 404: no extensions, nothing breaks
    call(capabilities, [this](const ApiResult &r) {
        m_content.setSetting(QStringLiteral("capabilities"), json::compact(r.payload.toObject()));
        next();
    });
}

void SyncEngine::fetchPages()
{
    ApiCall pages = get(QStringLiteral("/restservices-parent/htmlcontent/pages"));
    pages.extension = true;
    call(pages, [this](const ApiResult &r) {
        if (!m_content.replacePages(r.payload.toArray()))
            return fail({ApiError::Kind::Malformed, 0, {}, {}, QStringLiteral("could not store pages")});
        fetchPageBodies(m_content.pagesWithoutBody());
    });
}

void SyncEngine::fetchPageBodies(QStringList ids)
{
    if (ids.isEmpty())
        return next();
    const QString id = ids.takeFirst();
    call(get(QStringLiteral("/restservices-parent/htmlcontent/container/%1").arg(id)), [=, this](const ApiResult &r) {
        m_content.storePageBody(id, r.payload.toObject());
        fetchPageBodies(ids);
    });
}

void SyncEngine::fetchTeam()
{
    ApiCall team = get(QStringLiteral("/restservices-parent/team"));
    team.extension = true;
    call(team, [this](const ApiResult &r) {
        if (!m_content.replaceTeam(r.payload.toArray()))
            return fail({ApiError::Kind::Malformed, 0, {}, {}, QStringLiteral("could not store the team")});
        next();
    });
}

void SyncEngine::fetchCredits()
{
    ApiCall credits = get(QStringLiteral("/restservices-parent/credits"));
    credits.extension = true;
    call(credits, [this](const ApiResult &r) {
        if (!m_content.replaceCredits(r.payload.toObject()))
            return fail({ApiError::Kind::Malformed, 0, {}, {}, QStringLiteral("could not store credits")});
        next();
    });
}

void SyncEngine::fetchRequests()
{
    const QDate today = QDate::currentDate();
    ApiCall requests = get(QStringLiteral("/restservices-parent/request/overview/%1/%2")
                               .arg(ymd(today.addMonths(-planningMonthsAhead)), ymd(today.addMonths(planningMonthsAhead))));
    requests.extension = true;
    call(requests, [this](const ApiResult &r) {
        if (!m_content.replaceRequests(r.payload.toArray()))
            return fail({ApiError::Kind::Malformed, 0, {}, {}, QStringLiteral("could not store requests")});
        next();
    });
}

void SyncEngine::fetchNotificationSettings()
{
    ApiCall settings = get(QStringLiteral("/restservices-parent/notification/settings"));
    settings.extension = true;
    call(settings, [this](const ApiResult &r) {
        m_content.setSetting(QStringLiteral("notification_settings"), json::compact(r.payload.toObject()));
        next();
    });
}

void SyncEngine::fetchDocuments(int year, int emptyTypesInYear, int typeIndex, int oldestYear)
{
    static const QString types[] = {QStringLiteral("invoice"), QStringLiteral("annualstatement"),
                                    QStringLiteral("document")};
    if (typeIndex == 3) {
        // Like the portal's backup tool: go back year by year until a year has nothing at all.
        if (emptyTypesInYear == 3 || year <= oldestYear) {
            markDone(documentsKey);
            return next();
        }
        return fetchDocuments(year - 1, 0, 0, oldestYear);
    }
    const QString type = types[typeIndex];
    const QString from = ymd(QDate(year, 1, 1));
    const QString until = ymd(QDate(year, 12, 31));
    call(get(QStringLiteral("/restservices-parent/administration/%1/overview/%2/%3").arg(type, from, until)),
         [=, this](const ApiResult &r) {
             const QJsonArray items = r.payload.toArray();
             if (!m_content.replaceDocuments(type, items))
                 return fail({ApiError::Kind::Malformed, 0, {}, {}, QStringLiteral("could not store documents")});
             fetchDocuments(year, emptyTypesInYear + (items.isEmpty() ? 1 : 0), typeIndex + 1, oldestYear);
         });
}

} // namespace nestje
