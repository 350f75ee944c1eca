// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarCommand.h"

#include "CommandLogin.h"

#include "accounts/AccountSession.h"
#include "features/agenda/CalendarExport.h"
#include "features/agenda/PlanningStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace nestje {

namespace {
// lupdate files a namespace-level tr() under the enclosing namespace: look up the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("nestje", text);
}
} // namespace

int runCalendarCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The events' words ("Opvang Daan") in the language the app speaks.
    installCommandTranslations();
    QTextStream err(stderr);
    QTextStream out(stdout);

    QStringList arguments = app.arguments();
    arguments.removeAt(1); // "calendar"
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes your children's care days into an iCalendar file for your calendar app."));
    parser.addHelpOption();
    LoginOptions login;
    login.addTo(parser);
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The iCalendar file to write."),
                                      QStringLiteral("FILE.ics"));
    parser.addOption(toOption);
    const auto usage = [&](const QString &message) {
        err << "nestje calendar: " << message << '\n'
            << tr("Try: nestje calendar --help") << Qt::endl;
        return 2;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QCoreApplication::applicationFilePath(),
                                         QStringLiteral("nestje calendar"));
        return 0;
    }
    if (const QString problem = login.read(parser); !problem.isEmpty())
        return usage(problem);
    if (!parser.isSet(toOption))
        return usage(tr("--%1 is required").arg(toOption.names().first()));
    const QString to = QDir(parser.value(toOption)).absolutePath();

    CommandLogin command(QStringLiteral("calendar"));
    if (!command.logIn(login))
        return 3;
    AccountSession *session = command.session();
    command.waitForFirstSync();
    // Only the calendar must be complete: an old or partial file would mislead the family.
    if (session->sync()->status(QStringLiteral("planning")).state != FeatureStatus::State::Fresh) {
        command.fail(tr("the calendar could not be read from the portal; try again later"));
        return 3;
    }

    QString problem;
    const int events =
        CalendarExport::write(*session->database(), session->info().id, to, &problem);
    if (events < 0) {
        command.fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(to), problem));
        return 4;
    }
    const int children = int(PlanningStore(*session->database()).children().size());
    out << tr("Care moments: %1 for %2 children, written to %3")
               .arg(events)
               .arg(children)
               .arg(QDir::toNativeSeparators(to))
        << Qt::endl;
    return 0;
}

} // namespace nestje
