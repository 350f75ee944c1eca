// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiClient.h"
#include "sync/FeatureSync.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

namespace nestje {

class Database;
class SyncRun;

// Brings one account's cache up to date with its portal. It knows no routes: each feature
// registers a FeatureSync (features/Features.cpp) that says when it is due and fetches its own
// part. The engine runs the due features side by side, first those of phase 0 (the counters,
// the organisation's modules, the children, the timeline), then the rest as soon as the phase-0
// features they wait for are in (FeatureSync::laterPhasesWait), and keeps a status per feature, so
// a feature the organisation does not offer is hidden and a failing one shows its last data
// as stale while every other feature still syncs.
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
public:
    enum class Mode { Automatic, Full, Incremental };

    SyncEngine(ApiClient *api, Database *db, QObject *parent = nullptr);
    ~SyncEngine() override;

    void addFeature(std::unique_ptr<FeatureSync> feature);

    void start(Mode mode = Mode::Automatic);
    void cancel();

    bool isRunning() const { return m_running; }
    double progress() const { return m_progress; }
    // Why the last sync did not reach the portal (offline, login needed), or Kind::None.
    ApiError lastErrorDetail() const { return m_lastError; }
    QString lastError() const { return m_lastError.text(); }
    bool hasCompletedFullSync() const;
    // When a sync last reached the portal.
    QDateTime lastSuccess() const;

    Counters counters() const;
    Capabilities capabilities() const;
    FeatureStatus status(const QString &feature) const;
    QStringList featureNames() const;
    // Requests the last run sent (benchmarks and tests count them).
    int lastRequestCount() const { return m_lastRequests; }

    // A feature the organisation does not offer is asked again after this long, in case it
    // started offering it (the capabilities, where the portal has them, tell at once).
    static constexpr int unavailableRecheckSeconds = 24 * 60 * 60;

signals:
    void runningChanged();
    void progressChanged();
    void countersChanged();
    void capabilitiesChanged();
    void featureStatusChanged(const QString &feature);
    // A sync ended; `ok` when it reached the portal and every due feature is up to date.
    void finished(bool ok);

private:
    void startPhase(int phase);
    // Starts the next phase, or ends the sync, when what they wait for has ended.
    void advance();
    void runEnded(SyncRun *run);
    void record(const SyncRun &run);
    bool recordInTransaction(const SyncRun &run); // false: not all of it could be written
    void finishSync();
    bool isDue(FeatureSync *feature, const SyncContext &context) const;
    SyncContext contextFor(FeatureSync *feature) const;
    void setProgress(double progress);

    ApiClient *m_api;
    Database *m_db;
    std::vector<std::unique_ptr<FeatureSync>> m_features;
    QList<SyncRun *> m_runs; // running now (of this phase, and phase 0's that nothing waits for)
    bool m_running = false;
    bool m_starting = false; // features of a phase are being started
    bool m_fullRun = false;
    int m_phase = 0;
    int m_due = 0;
    int m_ended = 0;
    double m_progress = 0;
    bool m_reachedPortal = false;
    bool m_allFresh = true;
    int m_requests = 0;
    int m_lastRequests = 0;
    ApiError m_lastError;
    // Outcomes the cache could not keep (a full disk): what status() says for this session.
    QHash<QString, FeatureStatus> m_unrecorded;
    Counters m_previousCounters;
    QByteArray m_previousCapabilities;
};

} // namespace nestje
