// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "server/staff/StaffCli.h"
#include "server/storage/PrivateFiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace nestje::server;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nestje-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NESTJE_VERSION));

    // Subcommands act on an existing data dir as the organisation (docs/api.md "Staff side").
    const QStringList arguments = app.arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("staff"))
        return runStaffCommand(arguments.mid(2));
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("simulate"))
        return runSimulation(arguments.mid(2));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Nestje reference Konnect-compatible server.\n"
                                                    "Also: nestje-server staff --help, nestje-server simulate --help"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Data directory."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address to listen on."),
                                          QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption publicUrlOption(QStringLiteral("public-url"),
                                             QStringLiteral("Public URL template, e.g. https://{org}.ouderportaal.nl"),
                                             QStringLiteral("URL"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"), QStringLiteral("TLS certificate (PEM)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"), QStringLiteral("TLS private key (PEM)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed data set (demo)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("Seed scale factor."),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption sharedDataOption(QStringLiteral("allow-shared-data-dir"),
                                              QStringLiteral("Start even when other users can read the data directory "
                                                             "(it holds the signing keys)."));
    parser.addOptions({dataOption, listenOption, publicUrlOption, certOption, keyOption, seedOption,
                       scaleOption, sharedDataOption});
    // What one connection may cost before anyone logged in (docs/api.md "Limits and timeouts").
    const HttpLimits defaults;
    const QCommandLineOption headerTimeoutOption(
        QStringLiteral("header-timeout"), QStringLiteral("Seconds a request may take to send its headers (default %1).")
                                              .arg(defaults.headerTimeoutMs / 1000.0),
        QStringLiteral("S"));
    const QCommandLineOption bodyTimeoutOption(
        QStringLiteral("body-timeout"), QStringLiteral("Seconds of silence allowed while a body arrives (default %1).")
                                            .arg(defaults.bodyTimeoutMs / 1000.0),
        QStringLiteral("S"));
    const QCommandLineOption idleTimeoutOption(
        QStringLiteral("idle-timeout"), QStringLiteral("Seconds an idle kept-alive connection stays open (default %1).")
                                            .arg(defaults.idleTimeoutMs / 1000.0),
        QStringLiteral("S"));
    const QCommandLineOption maxBodyOption(
        QStringLiteral("max-body"), QStringLiteral("Largest request body in bytes, uploads excepted (default %1).")
                                        .arg(defaults.maxBodyBytes),
        QStringLiteral("BYTES"));
    const QCommandLineOption hashWorkersOption(
        QStringLiteral("hash-workers"), QStringLiteral("Threads for password hashing (default: half the cores)."),
        QStringLiteral("N"));
    parser.addOptions({headerTimeoutOption, bodyTimeoutOption, idleTimeoutOption, maxBodyOption, hashWorkersOption});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.isSet(dataOption)) {
        err << "nestje-server: --data DIR is required\n";
        return 2;
    }
    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const quint16 port = colon > 0 ? listen.mid(colon + 1).toUShort(&portOk) : 0;
    const QHostAddress address(colon > 0 ? listen.left(colon) : QString());
    if (!portOk || address.isNull()) {
        err << "nestje-server: --listen expects HOST:PORT, e.g. 127.0.0.1:8080\n";
        return 2;
    }

    // The data dir holds the JWT and media signing keys: readable by others means anyone on the
    // machine can mint a parent's token (storage/PrivateFiles.h).
    if (const QStringList exposed = privatefiles::exposedPaths(parser.value(dataOption)); !exposed.isEmpty()) {
        if (!parser.isSet(sharedDataOption)) {
            err << "nestje-server: refusing to start: other users can read the data directory, which holds the\n"
                   "signing keys and sessions:\n  "
                << exposed.join(QStringLiteral("\n  ")) << "\nFix: chmod 700 DIR && chmod 600 DIR/portal.sqlite*, "
                << "or start with --allow-shared-data-dir.\n";
            return 1;
        }
        err << "nestje-server: WARNING: other users can read the data directory (--allow-shared-data-dir):\n  "
            << exposed.join(QStringLiteral("\n  ")) << "\nAnyone on this machine can forge tokens for every parent.\n";
        err.flush();
    }
    ServerOptions options{parser.value(dataOption), parser.value(publicUrlOption), parser.value(certOption),
                          parser.value(keyOption)};
    const auto seconds = [&](const QCommandLineOption &option, int *ms) {
        bool ok = true;
        const double value = parser.isSet(option) ? parser.value(option).toDouble(&ok) : *ms / 1000.0;
        if (!ok || value <= 0 || value > 3600)
            return false;
        *ms = static_cast<int>(value * 1000);
        return true;
    };
    bool limitsOk = seconds(headerTimeoutOption, &options.limits.headerTimeoutMs)
        && seconds(bodyTimeoutOption, &options.limits.bodyTimeoutMs)
        && seconds(idleTimeoutOption, &options.limits.idleTimeoutMs);
    if (parser.isSet(maxBodyOption))
        options.limits.maxBodyBytes = parser.value(maxBodyOption).toLongLong(&limitsOk);
    if (limitsOk && parser.isSet(hashWorkersOption))
        options.limits.hashWorkers = parser.value(hashWorkersOption).toInt(&limitsOk);
    if (!limitsOk || options.limits.maxBodyBytes <= 0 || options.limits.hashWorkers < 0) {
        err << "nestje-server: timeouts are seconds (0 < S <= 3600), --max-body and --hash-workers positive numbers\n";
        return 2;
    }
    ReferenceServer server(options);
    QString error;
    if (!server.open(&error)) {
        err << "nestje-server: " << error << '\n';
        return 1;
    }
    if (parser.value(seedOption) == QLatin1String("demo")
        && !server.seedDemo(parser.value(scaleOption).toInt(), &error)) {
        err << "nestje-server: seeding failed: " << error << '\n';
        return 1;
    }
    if (server.listen(address, port, &error) == 0) {
        err << "nestje-server: " << error << '\n';
        return 1;
    }
    out << "nestje-server listening on " << listen << '\n';
    if (parser.value(seedOption) == QLatin1String("demo")) {
        out << "Demo portals: " << server.portalUrl(QLatin1String(demo::daycareSlug)).toString() << " and "
            << server.portalUrl(QLatin1String(demo::afterSchoolSlug)).toString() << '\n'
            << "Demo login: " << demo::username << " / " << demo::password << '\n';
    }
    out.flush();
    return app.exec();
}
