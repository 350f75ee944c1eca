// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarCommand.h"

#include "CommandLogin.h"
#include "Language.h"

#include "accounts/AccountSession.h"
#include "accounts/PortalAddress.h"
#include "features/account/AppLanguage.h"
#include "features/agenda/CalendarExport.h"
#include "features/agenda/PlanningStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
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
    installTranslations(resolveLanguage(AppLanguage::remembered()));
    QTextStream err(stderr);
    QTextStream out(stdout);

    QStringList arguments = app.arguments();
    arguments.removeAt(1); // "calendar"
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes your children's care days into an iCalendar file for your calendar app."));
    parser.addHelpOption();
    const QCommandLineOption portalOption(QStringLiteral("portal"),
                                          tr("The portal: a name, a host or an address."),
                                          QStringLiteral("P"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), tr("Your e-mail address on the portal."), QStringLiteral("EMAIL"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The iCalendar file to write."),
                                      QStringLiteral("FILE.ics"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("Read the password from standard input."));
    const QCommandLineOption caOption(QStringLiteral("ca-file"),
                                      tr("The CA certificate of a self-hosted portal."),
                                      QStringLiteral("PEM"));
    parser.addOptions({portalOption, userOption, toOption, passwordStdin, caOption});
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
    for (const QCommandLineOption &required : {portalOption, userOption, toOption}) {
        if (!parser.isSet(required))
            return usage(tr("--%1 is required").arg(required.names().first()));
    }
    const PortalAddress portal = PortalAddress::fromUserInput(parser.value(portalOption));
    if (!portal.isValid())
        return usage(portal.problemText());
    QByteArray caPem;
    if (parser.isSet(caOption)) {
        QFile ca(parser.value(caOption));
        if (!ca.open(QIODevice::ReadOnly))
            return usage(tr("cannot read %1: %2").arg(ca.fileName(), ca.errorString()));
        caPem = ca.readAll();
    }
    const QString to = QDir(parser.value(toOption)).absolutePath();

    CommandLogin login(QStringLiteral("calendar"));
    if (!login.logIn(portal, parser.value(userOption), parser.isSet(passwordStdin), caPem))
        return 3;
    AccountSession *session = login.session();
    login.waitForFirstSync();
    // Only the calendar must be complete: an old or partial file would mislead the family.
    if (session->sync()->status(QStringLiteral("planning")).state != FeatureStatus::State::Fresh) {
        login.fail(tr("the calendar could not be read from the portal; try again later"));
        return 3;
    }

    QString problem;
    const int events =
        CalendarExport::write(*session->database(), session->info().id, to, &problem);
    if (events < 0) {
        login.fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(to), problem));
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
