// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "ScreenshotPages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace nestje {

AppOptions parseCommandLine(const QStringList &arguments, int *exitCode)
{
    *exitCode = -1;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Nestje, the parent app for Konnect portals."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("CommandLine", "Open the demo organisation."));
    const QCommandLineOption portal(QStringLiteral("portal"),
                                    QCoreApplication::translate("CommandLine", "Portal to log in to."),
                                    QStringLiteral("URL"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QCoreApplication::translate("CommandLine", "Language: nl or en."),
                                      QStringLiteral("nl|en"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine", "Render a page offscreen to a PNG file and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("CommandLine", "Window size."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("CommandLine", "Page to show: %1.").arg(screenshotPageNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption open(
        QStringLiteral("open"),
        QCoreApplication::translate("CommandLine", "Open an item, as a notification does (e.g. messages:12)."),
        QStringLiteral("KIND:ID"));
    const QCommandLineOption noSingleInstance(
        QStringLiteral("no-single-instance"),
        QCoreApplication::translate("CommandLine", "Run even when Nestje is already running (for tests)."));
    const QCommandLineOption colorScheme(
        QStringLiteral("color-scheme"),
        QCoreApplication::translate("CommandLine", "Colour scheme: light or dark (default: the system's)."),
        QStringLiteral("light|dark"));
    parser.addOptions({demo, portal, language, screenshot, size, page, open, noSingleInstance, colorScheme});

    QTextStream err(stderr);
    const auto usageError = [&](const QString &message) {
        err << QCoreApplication::applicationName() << ": " << message << '\n';
        *exitCode = 2;
        return AppOptions{};
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        *exitCode = 0;
        return {};
    }
    if (parser.isSet(version)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        *exitCode = 0;
        return {};
    }

    AppOptions options;
    options.demo = parser.isSet(demo);
    options.portal = parser.value(portal);
    options.language = parser.value(language);
    if (!options.language.isEmpty() && options.language != QLatin1String("nl")
        && options.language != QLatin1String("en"))
        return usageError(QStringLiteral("--lang must be nl or en"));
    options.screenshotFile = parser.value(screenshot);
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(size));
        if (!match.hasMatch())
            return usageError(QStringLiteral("--size expects WxH, e.g. 390x844"));
        options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    options.page = parser.value(page);
    if (!options.page.isEmpty() && !screenshotPageNames().contains(options.page))
        return usageError(QStringLiteral("unknown --page %1; known pages: %2")
                              .arg(options.page, screenshotPageNames().join(QStringLiteral(", "))));
    if (parser.isSet(open)) {
        const QString target = parser.value(open);
        const qsizetype colon = target.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == target.size() - 1)
            return usageError(QStringLiteral("--open expects KIND:ID, e.g. messages:12"));
        options.openKind = target.left(colon);
        options.openId = target.mid(colon + 1); // ids may hold ':' or '@' themselves
    }
    options.singleInstance =
        !parser.isSet(noSingleInstance) && qEnvironmentVariableIntValue("NESTJE_NO_SINGLE_INSTANCE") == 0;
    options.colorScheme = parser.value(colorScheme);
    if (!options.colorScheme.isEmpty() && options.colorScheme != QLatin1String("light")
        && options.colorScheme != QLatin1String("dark"))
        return usageError(QStringLiteral("--color-scheme must be light or dark"));
    if (!options.screenshotFile.isEmpty() && options.page.isEmpty())
        options.page = QStringLiteral("mijnkind");
    return options;
}

} // namespace nestje
