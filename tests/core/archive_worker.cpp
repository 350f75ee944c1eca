// SPDX-License-Identifier: GPL-3.0-or-later
// A separate process for tst_archive: runs "Alles bewaren" on an account's cache and dies by
// SIGKILL the moment `KILL_AFTER` files have been placed by this run (0: never), while other
// downloads and placements are still under way. Prints one line per placed file.
#include "db/Database.h"
#include "features/archive/ArchiveRun.h"
#include "net/ApiClient.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace nestje;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6)
        return 2; // archive_worker CACHE PORTAL ROOT ORGANISATION KILL_AFTER
    QNetworkAccessManager network;
    ApiClient api(&network, QUrl(args.at(2)), QStringLiteral("ouder@example.nl"));
    api.setPasswordProvider([](auto answer) { answer(QStringLiteral("nestje-demo")); });
    Database db;
    if (!db.open(args.at(1)))
        return 3;
    ArchiveOptions options;
    options.root = args.at(3);
    options.scope.organisation = args.at(4);
    const int killAfter = args.at(5).toInt();
    ArchiveRun run(&db, &api, options);
    QObject::connect(&run, &ArchiveRun::progressChanged, &app, [&] {
        const int placed = run.itemsDone() - run.alreadySaved();
        std::printf("placed %d of %d\n", placed, run.itemsTotal());
        std::fflush(stdout);
        if (killAfter > 0 && placed >= killAfter)
            std::raise(SIGKILL);
    });
    QObject::connect(&run, &ArchiveRun::finished, &app,
                     [&] { app.exit(run.state() == ArchiveRun::State::Finished ? 0 : 4); });
    QTimer::singleShot(0, &run, &ArchiveRun::start);
    QTimer::singleShot(120000, &app, [&] { app.exit(5); });
    return app.exec();
}
