// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveCommand.h"
#include "CommandLogin.h"

#include "accounts/AccountSession.h"
#include "features/archive/ArchiveRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

namespace nestje {

namespace {
// lupdate files a namespace-level tr() under the enclosing namespace: look up the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("nestje", text);
}

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / 1e6, 'f', 1) + QStringLiteral(" MB");
}
} // namespace

int runArchiveCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    installCommandTranslations();
    QTextStream err(stderr);
    QTextStream out(stdout);

    QStringList arguments = app.arguments();
    arguments.removeAt(1); // "archive"
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Saves every photo, video and diary entry of your children into a folder."));
    parser.addHelpOption();
    LoginOptions login;
    login.addTo(parser);
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The folder to save into."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption childOption(
        QStringLiteral("child"), tr("Only this child (first name)."), QStringLiteral("NAME"));
    const QCommandLineOption sinceOption(
        QStringLiteral("since"), tr("Only photos from this day on."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"),
                                            tr("Downloads at once (default 6)."),
                                            QStringLiteral("N"), QStringLiteral("6"));
    parser.addOptions({toOption, childOption, sinceOption, parallelOption});
    const auto usage = [&](const QString &message) {
        err << "nestje archive: " << message << '\n' << tr("Try: nestje archive --help") << '\n';
        return 2;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QCoreApplication::applicationFilePath(),
                                         QStringLiteral("nestje archive"));
        return 0;
    }
    if (const QString problem = login.read(parser); !problem.isEmpty())
        return usage(problem);
    if (!parser.isSet(toOption))
        return usage(tr("--%1 is required").arg(toOption.names().first()));
    QDate since;
    if (parser.isSet(sinceOption)) {
        since = QDate::fromString(parser.value(sinceOption), Qt::ISODate);
        if (!since.isValid())
            return usage(tr("--since expects a day as YYYY-MM-DD"));
    }
    bool parallelOk = false;
    const int parallel = parser.value(parallelOption).toInt(&parallelOk);
    if (!parallelOk || parallel < 1 || parallel > 32)
        return usage(tr("--parallel expects a number from 1 to 32"));
    // The password from the keychain or standard input, a session of its own (never stored),
    // and the first sync to fill its cache.
    CommandLogin command(QStringLiteral("archive"));
    if (!command.logIn(login))
        return 3;
    AccountSession *session = command.session();
    if (!command.waitForFirstSync()) {
        command.fail(tr("the portal could not be read completely; try again later"));
        return 3;
    }

    ArchiveOptions options;
    options.root = QDir(parser.value(toOption)).absolutePath();
    options.scope.organisation = session->info().organisation;
    options.scope.child = parser.value(childOption);
    options.scope.since = since;
    options.parallel = parallel;
    ArchiveRun run(session->database(), session->api(), options);
    if (!options.scope.child.isEmpty() &&
        ArchivePlan::children(*session->database(), options.scope).isEmpty())
        return usage(tr("no child named %1").arg(options.scope.child));
    QElapsedTimer clock;
    clock.start();
    qint64 lastReport = -1000;
    bool reportedDone = false;
    QObject::connect(&run, &ArchiveRun::progressChanged, &app, [&] {
        const bool done = run.itemsDone() + run.itemsFailed() >= run.itemsTotal();
        if ((clock.elapsed() - lastReport < 1000 && !done) || (done && reportedDone))
            return;
        reportedDone = done;
        lastReport = clock.elapsed();
        const int left = run.secondsLeft();
        err << tr("%1 of %2 files, %3")
                   .arg(run.itemsDone())
                   .arg(run.itemsTotal())
                   .arg(megabytes(run.bytesSaved()))
            << (left > 0 ? tr(", about %1 s left").arg(left) : QString()) << Qt::endl;
    });
    bool finished = false;
    QObject::connect(&run, &ArchiveRun::finished, &app, [&] { finished = true; });
    err << tr("Saving into %1").arg(QDir::toNativeSeparators(options.root)) << Qt::endl;
    run.start();
    runUntil(finished);

    if (run.state() == ArchiveRun::State::Failed) {
        err << "nestje archive: " << run.error() << '\n';
        return 4;
    }
    for (const QString &failure : run.failures())
        err << "nestje archive: " << failure << '\n';
    const double seconds = clock.elapsed() / 1000.0;
    out << tr("%1 files: %2 new, %3 already saved, %4 failed, %5 not downloadable; %6 in %7 s")
               .arg(run.itemsTotal())
               .arg(run.itemsDone() - run.alreadySaved())
               .arg(run.alreadySaved())
               .arg(run.itemsFailed())
               .arg(run.notDownloadable())
               .arg(megabytes(run.bytesSaved()))
               .arg(seconds, 0, 'f', 1)
        << Qt::endl;
    return run.state() == ArchiveRun::State::Finished ? 0 : 1;
}

} // namespace nestje
