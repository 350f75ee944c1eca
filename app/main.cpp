// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "ArchiveCommand.h"
#include "CalendarCommand.h"
#include "CommandLine.h"
#include "SingleInstance.h"
#include "SystemAppearance.h"

#include <QFont>
#include <QGuiApplication>
#include <QQuickWindow>

int main(int argc, char *argv[])
{
    QGuiApplication::setApplicationName(QStringLiteral("nestje"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Nestje"));
    QGuiApplication::setOrganizationName(QStringLiteral("Nestje"));
    QGuiApplication::setApplicationVersion(QStringLiteral(NESTJE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.nestje.Nestje"));
    // `nestje archive …` and `nestje calendar …` need no display (a server, a scheduled job):
    // no GUI application.
    if (argc > 1 && qstrcmp(argv[1], "archive") == 0)
        return nestje::runArchiveCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "calendar") == 0)
        return nestje::runCalendarCommand(argc, argv);
    QGuiApplication app(argc, argv);

    int exitCode = -1;
    const nestje::AppOptions options = nestje::parseCommandLine(app.arguments(), &exitCode);
    if (exitCode >= 0)
        return exitCode;

    // One instance per user: a second start hands its request to the first and ends here.
    nestje::SingleInstance instance;
    switch (instance.claimOrForward(options)) {
    case nestje::SingleInstance::Role::Forwarded:
        return 0;
    case nestje::SingleInstance::Role::Failed:
        return 1;
    case nestje::SingleInstance::Role::Primary:
    case nestje::SingleInstance::Role::Unavailable:
        break;
    }

    // Offscreen rendering (screenshots, CI) has no GPU: use Qt Quick's software renderer.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    // The system font's size in pixels, as a desktop's "larger text" sets it. For screenshots at
    // 150 % (NESTJE_FONT_PIXELS=20): the offscreen platform ignores QT_FONT_DPI.
    if (const int pixels = qEnvironmentVariableIntValue("NESTJE_FONT_PIXELS"); pixels > 0) {
        QFont font = QGuiApplication::font();
        font.setPixelSize(pixels);
        QGuiApplication::setFont(font);
    }
    // Colour scheme, reduced motion and the controls style (Material unless QT_QUICK_CONTROLS_STYLE).
    const nestje::Appearance appearance = nestje::systemAppearance(options);
    nestje::applyAppearance(appearance);

    nestje::Application nestjeApp(options);
    QObject::connect(&nestjeApp, &nestje::Application::exitRequested, &app, &QCoreApplication::exit);
    if (!nestjeApp.start())
        return 1;
    nestje::applyAppearanceToTheme(nestjeApp.window(), appearance);
    instance.serve(&nestjeApp);
    return app.exec();
}
