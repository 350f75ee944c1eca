// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncEngine.h"

#include "db/Database.h"
#include "db/SyncState.h"
#include "sync/StoredCounters.h"
#include "sync/SyncRun.h"
#include "text/PortalTime.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "nestje.sync", QtInfoMsg) // debug: QT_LOGGING_RULES="nestje.sync.debug=true"

namespace nestje {

namespace {
const QString fullSyncDoneKey = QStringLiteral("full_sync_done");
const QString lastSuccessKey = QStringLiteral("last_success");

QString featureKey(const QString &feature, const char *field)
{
    return QStringLiteral("feature/%1/%2").arg(feature, QLatin1String(field));
}
} // namespace

SyncEngine::SyncEngine(ApiClient *api, Database *db, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_db(db)
{
}

SyncEngine::~SyncEngine()
{
    for (SyncRun *run : std::as_const(m_runs))
        run->cancel();
}

void SyncEngine::addFeature(std::unique_ptr<FeatureSync> feature)
{
    m_features.push_back(std::move(feature));
}

QStringList SyncEngine::featureNames() const
{
    QStringList names;
    for (const auto &feature : m_features)
        names << feature->name();
    return names;
}

bool SyncEngine::hasCompletedFullSync() const
{
    return SyncState(*m_db).value(fullSyncDoneKey) == QLatin1String("1");
}

QDateTime SyncEngine::lastSuccess() const
{
    const qint64 ms = SyncState(*m_db).value(lastSuccessKey).toLongLong();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms) : QDateTime();
}

Counters SyncEngine::counters() const
{
    return loadCounters(SyncState(*m_db), QStringLiteral("counters/"));
}

Capabilities SyncEngine::capabilities() const
{
    return Capabilities::deserialise(SyncState(*m_db).value(QStringLiteral("capabilities")));
}

FeatureStatus SyncEngine::status(const QString &feature) const
{
    const SyncState state(*m_db);
    FeatureStatus status;
    status.state = FeatureStatus::State(state.value(featureKey(feature, "state")).toInt());
    const qint64 at = state.value(featureKey(feature, "at")).toLongLong();
    if (at > 0)
        status.lastSuccess = QDateTime::fromMSecsSinceEpoch(at);
    status.error.kind = ApiError::Kind(state.value(featureKey(feature, "error")).toInt());
    status.error.httpStatus = state.value(featureKey(feature, "http")).toInt();
    if (const auto unrecorded = m_unrecorded.constFind(feature); unrecorded != m_unrecorded.cend()) {
        status.state = unrecorded->state;
        status.error = unrecorded->error;
    }
    // A module the organisation switched off is unavailable whatever its last sync said.
    const auto it = std::find_if(m_features.cbegin(), m_features.cend(), [&](const auto &f) { return f->name() == feature; });
    if (it != m_features.cend() && !(*it)->module().isEmpty() && !capabilities().offers((*it)->module()))
        status.state = FeatureStatus::State::Unavailable;
    return status;
}

SyncContext SyncEngine::contextFor(FeatureSync *feature) const
{
    SyncContext context;
    const SyncState state(*m_db);
    context.counters = counters();
    // What the feature last synced against; before it ever did (or before this was kept), the
    // counters as this sync found them.
    const QString syncedAgainst = featureKey(feature->name(), "counters/");
    context.previous = state.value(syncedAgainst + QLatin1String("messages")).isEmpty()
                           ? m_previousCounters
                           : loadCounters(state, syncedAgainst);
    context.capabilities = capabilities();
    context.today = portaltime::today();
    context.now = QDateTime::currentMSecsSinceEpoch();
    Database *db = m_db;
    context.ageOf = [db, now = context.now](const QString &name) {
        const qint64 at = SyncState(*db).value(featureKey(name, "at")).toLongLong();
        return at > 0 ? (now - at) / 1000 : std::numeric_limits<qint32>::max();
    };
    // A feature that never synced on this device gets everything, also in a later sync.
    context.full = m_fullRun || state.value(featureKey(feature->name(), "at")).toLongLong() == 0;
    return context;
}

bool SyncEngine::isDue(FeatureSync *feature, const SyncContext &context) const
{
    const SyncState state(*m_db);
    const auto current = FeatureStatus::State(state.value(featureKey(feature->name(), "state")).toInt());
    if (current == FeatureStatus::State::Unavailable && !m_fullRun) {
        // Not offered: ask again only when the modules changed or after a day.
        const bool modulesChanged = state.value(featureKey(feature->name(), "caps")).toUtf8()
                                    != context.capabilities.fingerprint();
        const qint64 checked = state.value(featureKey(feature->name(), "checked")).toLongLong();
        if (!modulesChanged && context.now - checked < qint64(unavailableRecheckSeconds) * 1000)
            return false;
    }
    // A feature that failed last time is tried again whatever its own schedule says.
    return current == FeatureStatus::State::Stale || feature->isDue(context);
}

void SyncEngine::start(Mode mode)
{
    if (m_running)
        return;
    m_fullRun = mode == Mode::Full || (mode == Mode::Automatic && !hasCompletedFullSync());
    m_lastError = {};
    m_previousCounters = counters();
    m_previousCapabilities = capabilities().fingerprint();
    m_reachedPortal = false;
    m_allFresh = true;
    m_requests = 0;
    m_running = true;
    emit runningChanged();
    setProgress(0);
    startPhase(0);
}

void SyncEngine::startPhase(int phase)
{
    m_phase = phase;
    // Runs of phase 0 that later phases do not wait for (the timeline) carry on beside them.
    m_due = int(m_runs.size());
    m_ended = 0;
    QList<SyncRun *> runs;
    for (const auto &feature : m_features) {
        if (feature->phase() != phase)
            continue;
        const SyncContext context = contextFor(feature.get());
        if (!context.capabilities.offers(feature->module())) {
            // Switched off by the organisation: nothing to fetch, and the page hides it.
            SyncState(*m_db).setValue(featureKey(feature->name(), "state"),
                                      QString::number(int(FeatureStatus::State::Unavailable)));
            emit featureStatusChanged(feature->name());
            continue;
        }
        if (!isDue(feature.get(), context))
            continue;
        auto *run = new SyncRun(feature.get(), context, m_api, m_db, this);
        connect(run, &SyncRun::ended, this, [this, run] { runEnded(run); });
        runs << run;
    }
    m_runs += runs;
    m_due += int(runs.size());
    qCDebug(lcSync) << "phase" << phase << "runs" << runs.size() << "features";
    // A feature may end at once (nothing to ask); the next phase waits until all have started.
    m_starting = true;
    for (SyncRun *run : std::as_const(runs))
        run->feature()->start(*run);
    m_starting = false;
    advance();
}

void SyncEngine::advance()
{
    if (m_starting || !m_running)
        return;
    if (m_phase == 0) {
        if (std::any_of(m_runs.cbegin(), m_runs.cend(), [](SyncRun *run) { return run->feature()->laterPhasesWait(); }))
            return;
        // The token path failed: the parent is asked to log in; nothing else can work. Without
        // a connection in the first phase, the second would only fail the same way.
        const bool pointless = m_lastError.kind == ApiError::Kind::Unauthorized
                               || (!m_reachedPortal && m_lastError.isTransient());
        if (!pointless) {
            startPhase(1);
            return;
        }
        m_phase = 1; // nothing more starts; what still runs ends the sync
    }
    if (m_runs.isEmpty())
        finishSync();
}

void SyncEngine::record(const SyncRun &run)
{
    // One commit: the status, its time and the counters it synced against stay together.
    // Should a transaction be open already (a feature ending inside its own), written as is.
    bool ran = false;
    bool recorded = m_db->transaction([&] {
        ran = true;
        return recordInTransaction(run);
    });
    if (!ran)
        recorded = recordInTransaction(run);
    // On a full disk the cache keeps the outcome of an earlier sync; the page must say this
    // one's (that nothing could be saved), not that one's.
    const QString name = run.feature()->name();
    if (recorded) {
        m_unrecorded.remove(name);
        return;
    }
    FeatureStatus unrecorded;
    unrecorded.state = run.outcome() == FeatureStatus::State::Unknown ? FeatureStatus::State::Stale : run.outcome();
    unrecorded.error = run.error();
    m_unrecorded.insert(name, unrecorded);
}

bool SyncEngine::recordInTransaction(const SyncRun &run)
{
    SyncState state(*m_db);
    const QString name = run.feature()->name();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool ok = state.setValue(featureKey(name, "checked"), QString::number(now));
    switch (run.outcome()) {
    case FeatureStatus::State::Fresh:
        ok = state.setValue(featureKey(name, "at"), QString::number(now)) && ok;
        ok = saveCounters(state, featureKey(name, "counters/"), run.context().counters) && ok;
        ok = state.setValue(featureKey(name, "state"), QString::number(int(FeatureStatus::State::Fresh))) && ok;
        ok = state.setValue(featureKey(name, "error"), QString::number(int(ApiError::Kind::None))) && ok;
        break;
    case FeatureStatus::State::Unavailable:
        ok = state.setValue(featureKey(name, "state"), QString::number(int(FeatureStatus::State::Unavailable))) && ok;
        ok = state.setValue(featureKey(name, "caps"), QString::fromUtf8(capabilities().fingerprint())) && ok;
        break;
    case FeatureStatus::State::Stale:
    case FeatureStatus::State::Unknown:
        // The last good data stays; the page says it is older, and why.
        ok = state.setValue(featureKey(name, "state"), QString::number(int(FeatureStatus::State::Stale))) && ok;
        ok = state.setValue(featureKey(name, "error"), QString::number(int(run.error().kind))) && ok;
        ok = state.setValue(featureKey(name, "http"), QString::number(run.error().httpStatus)) && ok;
        break;
    }
    return ok;
}

void SyncEngine::runEnded(SyncRun *run)
{
    // Each run ends once; it leaves the list at once, so cancel() never sees a deleted run.
    if (!m_running || !m_runs.removeOne(run))
        return;
    record(*run);
    m_requests += run->requestCount();
    m_reachedPortal = m_reachedPortal || run->reachedPortal();
    if (run->outcome() == FeatureStatus::State::Stale) {
        m_allFresh = false;
        // The most telling reason for the whole sync: no connection beats a server error.
        const ApiError::Kind kind = run->error().kind;
        if (m_lastError.kind == ApiError::Kind::None || kind == ApiError::Kind::Unauthorized
            || (run->error().isTransient() && m_lastError.kind != ApiError::Kind::Unauthorized))
            m_lastError = run->error();
    }
    const QString name = run->feature()->name();
    if (name == QLatin1String("counters"))
        emit countersChanged();
    if (name == QLatin1String("capabilities") && capabilities().fingerprint() != m_previousCapabilities)
        emit capabilitiesChanged();
    emit featureStatusChanged(name);
    ++m_ended;
    setProgress(std::max(m_progress, (m_phase == 0 ? 0.0 : 0.5) + 0.5 * double(m_ended) / std::max(1, m_due)));
    run->deleteLater();
    advance();
}

void SyncEngine::finishSync()
{
    const bool loginNeeded = m_lastError.kind == ApiError::Kind::Unauthorized;
    if (m_reachedPortal && !loginNeeded) {
        SyncState state(*m_db);
        state.setValue(lastSuccessKey, QString::number(QDateTime::currentMSecsSinceEpoch()));
        if (m_fullRun && m_allFresh)
            state.setValue(fullSyncDoneKey, QStringLiteral("1"));
        // The portal answered: a feature's own trouble shows on its page, not as "offline".
        m_lastError = {};
    }
    m_lastRequests = m_requests;
    m_running = false;
    setProgress(1);
    emit runningChanged();
    emit finished(m_reachedPortal && m_allFresh && !loginNeeded);
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    for (SyncRun *run : std::as_const(m_runs)) {
        run->cancel();
        run->deleteLater();
    }
    m_runs.clear();
    m_lastError.kind = ApiError::Kind::Cancelled;
    m_running = false;
    emit runningChanged();
    emit finished(false);
}

void SyncEngine::setProgress(double progress)
{
    if (qFuzzyCompare(progress + 1, m_progress + 1))
        return;
    m_progress = progress;
    emit progressChanged();
}

} // namespace nestje
