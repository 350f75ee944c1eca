// SPDX-License-Identifier: GPL-3.0-or-later
// Full and no-change sync of a --scale N account against nestje-server on loopback.
// Prints key=value lines. What is compared, in the same process and on the same ApiClient
// (one QNetworkAccessManager, already logged in, connections warm):
//  - baseline ("bare timeline fetch"): GET every page of timeline/cards/v2/{offset}, one after
//    the other as the portal pages them, until an empty page; the answers are unwrapped from the
//    envelope but not parsed into cards nor stored. The floor under any sync of the timeline.
//  - full sync: SyncEngine::start(Full) with every registered feature into a new empty SQLite
//    cache, from start() to finished(): the same timeline pages, parsed and stored, plus the
//    counters, modules, children, messages, agenda, location and account features.
// The portal's pages are fetched once untimed first: the reference server keeps rendered cards,
// so both are measured against a warm portal. Each is measured `runs` times alternately
// (baseline, full, baseline, full ...), so both see the same machine load; the ratio is of the
// medians. cpu_ms: this process's CPU time (all threads) in each, which load on a shared
// machine stretches less than wall time; main_thread_cpu_ms: the part of it on the thread that
// is the UI thread in the app. first_timeline_page_ms: from start() of the
// full sync (the moment the app starts it after login) to the first "timeline" announcement, the
// signal the timeline's model re-reads on; login_ms: the login itself (password grant and one
// small request) before all of this. Then a no-change sync (Automatic, right after a full
// one): its time, requests and which features ran.
#include "db/Database.h"
#include "features/Features.h"
#include "net/ApiClient.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <memory>

using namespace nestje;

namespace {
bool runSync(SyncEngine &sync, SyncEngine::Mode mode)
{
    QSignalSpy finished(&sync, &SyncEngine::finished);
    sync.start(mode);
    return finished.wait(300000) && finished.first().first().toBool();
}

// Fetch every timeline page and nothing else: the network floor under a full sync.
int fetchTimelineOnly(ApiClient &api)
{
    int offset = 0;
    bool done = false;
    std::function<void()> page = [&] {
        ApiCall call;
        call.path = QStringLiteral("/restservices-parent/timeline/cards/v2/%1").arg(offset);
        api.send(call, nullptr, [&](const ApiResult &r) {
            const int count = int(r.payload.toArray().size());
            offset += count;
            if (!r.ok() || count == 0)
                done = true;
            else
                page();
        });
    };
    page();
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return offset;
}

bool logIn(ApiClient &api)
{
    bool done = false;
    bool ok = false;
    ApiCall call;
    call.path = QStringLiteral("/restservices-parent/children/");
    api.send(call, nullptr, [&](const ApiResult &r) {
        ok = r.ok();
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return ok;
}

// CPU time so far (user + system), in ms: of the whole process (RUSAGE_SELF, every thread) or
// of the calling thread (RUSAGE_THREAD: the main thread, the UI thread in the app).
qint64 cpuMs(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return (qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000 +
            usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) /
           1000;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at((values.size() - 1) / 2);
}

QString joined(const QList<qint64> &values)
{
    QStringList parts;
    for (qint64 v : values)
        parts << QString::number(v);
    return parts.join(QLatin1Char(','));
}

struct FullRun
{
    qint64 ms = 0;
    qint64 firstTimelinePageMs = -1;
    int requests = 0;
    QStringList featureEnds; // "name:ms", in the order they ended
};

// One full sync into `db` (new and empty); keeps the engine for the no-change sync after it.
bool fullSync(ApiClient &api, Database &db, std::unique_ptr<SyncEngine> &engine, FullRun &run)
{
    engine = std::make_unique<SyncEngine>(&api, &db);
    addFeatureSyncs(*engine);
    QElapsedTimer timer;
    QObject::connect(&db, &Database::changed, engine.get(), [&](const QString &topic) {
        if (topic == QLatin1String("timeline") && run.firstTimelinePageMs < 0)
            run.firstTimelinePageMs = timer.elapsed();
    });
    QObject::connect(
        engine.get(), &SyncEngine::featureStatusChanged, engine.get(), [&](const QString &feature) {
            run.featureEnds << QStringLiteral("%1:%2").arg(feature).arg(timer.elapsed());
        });
    api.resetRequestCount();
    timer.start();
    if (!runSync(*engine, SyncEngine::Mode::Full)) {
        QTextStream(stderr) << "full sync failed: " << engine->lastError() << '\n';
        return false;
    }
    run.ms = timer.elapsed();
    run.requests = api.requestsSent();
    QObject::disconnect(&db, nullptr, engine.get(), nullptr);
    engine->disconnect();
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_sync PORTAL_URL [RUNS]\n";
        return 2;
    }
    const QUrl portal(QString::fromLocal8Bit(argv[1]));
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 3;
    QNetworkAccessManager network;
    ApiClient api(&network, portal, QStringLiteral("ouder@example.nl"));
    api.setPasswordProvider([](auto answer) { answer(QStringLiteral("nestje-demo")); });
    QElapsedTimer loginTimer;
    loginTimer.start();
    const bool loggedIn = logIn(api);
    const qint64 loginMs = loginTimer.elapsed();
    if (!loggedIn) {
        QTextStream(stderr) << "could not log in\n";
        return 1;
    }

    fetchTimelineOnly(api); // warm the portal's rendered cards for both
    QList<qint64> baselines, fulls, firstPages, baselineCpu, fullCpu, fullMainThreadCpu;
    int cards = 0;
    FullRun last;
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<SyncEngine> engine;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        qint64 cpu = cpuMs();
        timer.start();
        cards = fetchTimelineOnly(api);
        baselines << timer.elapsed();
        baselineCpu << cpuMs() - cpu;

        engine.reset();
        db = std::make_unique<Database>();
        if (!db->open(dir.filePath(QStringLiteral("cache-%1.sqlite").arg(i))))
            return 1;
        FullRun run;
        cpu = cpuMs();
        const qint64 mainCpu = cpuMs(RUSAGE_THREAD);
        if (!fullSync(api, *db, engine, run))
            return 1;
        fullCpu << cpuMs() - cpu;
        fullMainThreadCpu << cpuMs(RUSAGE_THREAD) - mainCpu;
        fulls << run.ms;
        firstPages << run.firstTimelinePageMs;
        last = run;
    }

    // Nothing changed on the portal since the last full sync: what does a normal sync cost?
    QStringList ran;
    QObject::connect(engine.get(), &SyncEngine::featureStatusChanged, engine.get(),
                     [&](const QString &feature) { ran << feature; });
    api.resetRequestCount();
    QElapsedTimer timer;
    timer.start();
    if (!runSync(*engine, SyncEngine::Mode::Automatic))
        return 1;
    const qint64 incrementalMs = timer.elapsed();
    const int incrementalRequests = api.requestsSent();

    const qint64 baselineMs = median(baselines);
    const qint64 fullMs = median(fulls);
    out << "sync.runs=" << runs << '\n'
        << "sync.timeline_cards=" << cards << '\n'
        << "sync.baseline_timeline_fetch_ms_runs=" << joined(baselines) << '\n'
        << "sync.full_ms_runs=" << joined(fulls) << '\n'
        << "sync.first_timeline_page_ms_runs=" << joined(firstPages) << '\n'
        << "sync.baseline_cpu_ms_runs=" << joined(baselineCpu) << '\n'
        << "sync.full_cpu_ms_runs=" << joined(fullCpu) << '\n'
        << "sync.full_main_thread_cpu_ms_runs=" << joined(fullMainThreadCpu) << '\n'
        << "sync.baseline_timeline_fetch_ms=" << baselineMs << '\n'
        << "sync.full_ms=" << fullMs << '\n'
        << "sync.full_requests=" << last.requests << '\n'
        << "sync.full_vs_baseline_ratio="
        << QString::number(double(fullMs) / std::max<qint64>(1, baselineMs), 'f', 2) << '\n'
        << "sync.first_timeline_page_ms=" << median(firstPages) << '\n'
        << "sync.login_ms=" << loginMs << '\n'
        << "sync.full_feature_ends_ms=" << last.featureEnds.join(QLatin1Char(',')) << '\n'
        << "sync.incremental_ms=" << incrementalMs << '\n'
        << "sync.incremental_requests=" << incrementalRequests << '\n'
        << "sync.incremental_features=" << ran.join(QLatin1Char(',')) << '\n';
    return 0;
}
