#pragma once

#include "api/ApiClient.h"
#include "store/ContentStore.h"
#include "store/Database.h"
#include "store/MessageStore.h"
#include "store/PlanningStore.h"
#include "store/TimelineStore.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace nestje {

// Brings one account's cache up to date with its portal. A first sync fetches everything a
// parent can see; later syncs fetch only what changed, starting with the unread counters, so a
// sync with no news costs three requests.
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY finished)
public:
    enum class Mode { Automatic, Full, Incremental };

    SyncEngine(ApiClient *api, Database *db, QObject *parent = nullptr);

    void start(Mode mode = Mode::Automatic);
    void cancel();

    bool isRunning() const { return m_running; }
    double progress() const { return m_progress; }
    QString lastError() const { return m_lastError.text(); }
    ApiError lastErrorDetail() const { return m_lastError; }
    bool hasCompletedFullSync() const;
    QDateTime lastSuccess() const;

    struct Counters
    {
        int messages = 0;
        int news = 0;
        int newsletters = 0;
    };
    Counters counters() const { return m_counters; }

    // Planning window of a full sync, relative to today.
    static constexpr int planningMonthsBack = 3;
    static constexpr int planningMonthsAhead = 12;

signals:
    void runningChanged();
    void progressChanged();
    void countersChanged();
    void finished(bool ok);

private:
    using Step = std::function<void()>;

    void next();
    void fail(const ApiError &error);
    void call(const ApiCall &call, std::function<void(const ApiResult &)> onSuccess);
    void planSteps(bool full);

    void fetchCounters();
    void fetchChildren();
    void fetchTimelinePage(int offset, bool full);
    void fetchThreadPage(int offset, bool full);
    void fetchThreadDetails(QStringList threadIds);
    void fetchPlanning(const QDate &from, const QDate &until);
    void fetchNews();
    void fetchNewsBodies(QStringList ids);
    void fetchNewsletters(int index);
    void fetchNewsletterHtml(QStringList ids);
    void fetchDocuments(int year, int emptyTypesInYear, int typeIndex, int oldestYear);
    void fetchCapabilities();
    void fetchPages();
    void fetchPageBodies(QStringList ids);
    void fetchTeam();
    void fetchCredits();
    void fetchRequests();
    void fetchNotificationSettings();

    bool isDue(const QString &key, int maxAgeSeconds) const;
    void markDone(const QString &key);

    ApiClient *m_api;
    Database *m_db;
    TimelineStore m_timeline;
    MessageStore m_messages;
    PlanningStore m_planning;
    ContentStore m_content;
    SyncState m_state;

    QList<Step> m_steps;
    int m_totalSteps = 0;
    bool m_running = false;
    bool m_fullRun = false;
    double m_progress = 0;
    ApiError m_lastError;
    Counters m_counters;
    Counters m_previousCounters;
    quint64 m_run = 0; // bumped by cancel(), so late answers of a cancelled run are ignored
};

} // namespace nestje
