// SPDX-License-Identifier: GPL-3.0-or-later
// "Alles bewaren" against nestje-server on loopback (run.sh starts it with --scale N).
//   bench_archive sync PORTAL CACHE         full sync into CACHE; prints a curl config with
//                                           every archived media item's full-size URL
//   bench_archive archive PORTAL CACHE DIR  archives into DIR; prints key=value lines
// The archive runs in a process of its own so its memory figure is the archive's alone.
#include "db/Database.h"
#include "features/Features.h"
#include "features/archive/ArchivePlan.h"
#include "features/archive/ArchiveRun.h"
#include "media/MediaCache.h"
#include "net/ApiClient.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

using namespace nestje;

namespace {
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU seconds of this process so far (all its threads), user and system.
std::pair<double, double> cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return {seconds(usage.ru_utime), seconds(usage.ru_stime)};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        err << "usage: bench_archive sync|archive PORTAL CACHE [DIR]\n";
        return 2;
    }
    QNetworkAccessManager network;
    ApiClient api(&network, QUrl(args.at(2)), QStringLiteral("ouder@example.nl"));
    api.setPasswordProvider([](auto answer) { answer(QStringLiteral("nestje-demo")); });
    // An HTTPS portal with a certificate of its own (run.sh tls), as a self-hosted one.
    if (const QString ca = qEnvironmentVariable("BENCH_CA_FILE"); !ca.isEmpty())
        api.setExtraCaCertificates(QSslCertificate::fromPath(ca));
    Database db;
    if (!db.open(args.at(3)))
        return 1;
    ArchiveScope scope;
    scope.organisation = QStringLiteral("bench");

    if (args.at(1) == QLatin1String("sync")) {
        SyncEngine sync(&api, &db);
        addFeatureSyncs(sync);
        QSignalSpy finished(&sync, &SyncEngine::finished);
        sync.start(SyncEngine::Mode::Full);
        if (!finished.wait(600000) || !finished.first().first().toBool()) {
            err << "full sync failed: " << sync.lastError() << '\n';
            return 1;
        }
        // The same media the archive fetches: each item once (a photo of two children is
        // one download for the archive too).
        MediaCache cache(&network, &db, &api, QStringLiteral("/nonexistent"));
        QSet<QString> seen;
        int n = 0;
        for (const ArchiveItem &item : ArchivePlan::media(db, scope)) {
            if (seen.contains(item.mediaId))
                continue;
            seen.insert(item.mediaId);
            out << "url = \"" << cache.urlOf(item.mediaId, QStringLiteral("full")) << "\"\n"
                << "output = \"" << n++ << "\"\n";
        }
        err << "media: " << n << " urls\n";
        return 0;
    }

    if (args.size() < 5)
        return 2;
    ArchiveOptions options;
    options.root = args.at(4);
    options.scope = scope;
    options.parallel = qEnvironmentVariableIsSet("ARCHIVE_PARALLEL")
                           ? qEnvironmentVariableIntValue("ARCHIVE_PARALLEL")
                           : 6;
    ArchiveRun run(&db, &api, options);
    qint64 rssStartKb = statusKb("VmRSS:");
    qint64 rssMaxKb = rssStartKb;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &app,
                     [&] { rssMaxKb = std::max(rssMaxKb, statusKb("VmRSS:")); });
    sampler.start(100);
    QSignalSpy finished(&run, &ArchiveRun::finished);
    QElapsedTimer timer;
    const auto [userBefore, systemBefore] = cpuSeconds();
    timer.start();
    run.start();
    if (!finished.wait(1800000))
        return 1;
    const double seconds = timer.elapsed() / 1000.0;
    // CPU time depends far less than wall time on what else the machine runs (run.sh compares it
    // with curl's).
    const auto [userAfter, systemAfter] = cpuSeconds();
    rssMaxKb = std::max(rssMaxKb, statusKb("VmRSS:"));
    const int fetched = run.downloadsStarted();
    out << "archive.items=" << run.itemsTotal() << '\n'
        << "archive.downloads=" << fetched << '\n'
        << "archive.failed=" << run.itemsFailed() << '\n'
        << "archive.bytes=" << run.bytesSaved() << '\n'
        << "archive.seconds=" << QString::number(seconds, 'f', 2) << '\n'
        << "archive.cpu_user_s=" << QString::number(userAfter - userBefore, 'f', 2) << '\n'
        << "archive.cpu_sys_s=" << QString::number(systemAfter - systemBefore, 'f', 2) << '\n'
        << "archive.files_per_s=" << QString::number(fetched / seconds, 'f', 1) << '\n'
        << "archive.rss_start_mb=" << rssStartKb / 1024 << '\n'
        << "archive.rss_max_mb=" << rssMaxKb / 1024 << '\n'
        << "archive.hwm_mb=" << statusKb("VmHWM:") / 1024 << '\n';
    return run.state() == ArchiveRun::State::Finished ? 0 : 1;
}
