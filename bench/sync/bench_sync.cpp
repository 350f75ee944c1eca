// SPDX-License-Identifier: GPL-3.0-or-later
// Full and incremental sync of a --scale N account against nestje-server on loopback.
// Prints key=value lines; the baseline is the same timeline pages fetched without storing,
// measured in the same run, so the ratio says what parsing and SQLite add.
#include "net/ApiClient.h"
#include "db/Database.h"
#include "features/Features.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

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
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_sync PORTAL_URL\n";
        return 2;
    }
    const QUrl portal(QString::fromLocal8Bit(argv[1]));
    QNetworkAccessManager network;
    ApiClient api(&network, portal, QStringLiteral("ouder@example.nl"));
    api.setPasswordProvider([](auto answer) { answer(QStringLiteral("nestje-demo")); });

    QElapsedTimer timer;
    timer.start();
    const int cards = fetchTimelineOnly(api); // also logs in, so the sync below starts warm
    const qint64 baselineMs = timer.elapsed();

    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(QStringLiteral("cache.sqlite"))))
        return 1;
    SyncEngine sync(&api, &db);
    addFeatureSyncs(sync);

    api.resetRequestCount();
    timer.restart();
    if (!runSync(sync, SyncEngine::Mode::Full)) {
        QTextStream(stderr) << "full sync failed: " << sync.lastError() << '\n';
        return 1;
    }
    const qint64 fullMs = timer.elapsed();
    const int fullRequests = api.requestsSent();

    api.resetRequestCount();
    timer.restart();
    if (!runSync(sync, SyncEngine::Mode::Incremental))
        return 1;
    const qint64 incrementalMs = timer.elapsed();

    out << "sync.timeline_cards=" << cards << '\n'
        << "sync.baseline_timeline_fetch_ms=" << baselineMs << '\n'
        << "sync.full_ms=" << fullMs << '\n'
        << "sync.full_requests=" << fullRequests << '\n'
        << "sync.full_vs_baseline_ratio=" << QString::number(double(fullMs) / std::max<qint64>(1, baselineMs), 'f', 2)
        << '\n'
        << "sync.incremental_ms=" << incrementalMs << '\n'
        << "sync.incremental_requests=" << api.requestsSent() << '\n';
    return 0;
}
