#include "Application.h"
#include "CommandLine.h"

#include <QGuiApplication>
#include <QQuickStyle>
#include <QQuickWindow>

int main(int argc, char *argv[])
{
    QGuiApplication::setApplicationName(QStringLiteral("nestje"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Nestje"));
    QGuiApplication::setOrganizationName(QStringLiteral("Nestje"));
    QGuiApplication::setApplicationVersion(QStringLiteral(NESTJE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.nestje.Nestje"));
    QGuiApplication app(argc, argv);

    int exitCode = -1;
    const nestje::AppOptions options = nestje::parseCommandLine(app.arguments(), &exitCode);
    if (exitCode >= 0)
        return exitCode;

    // Offscreen rendering (screenshots, CI) has no GPU: use Qt Quick's software renderer.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Material"));

    nestje::Application nestjeApp(options);
    QObject::connect(&nestjeApp, &nestje::Application::exitRequested, &app, &QCoreApplication::exit);
    if (!nestjeApp.start())
        return 1;
    return app.exec();
}
