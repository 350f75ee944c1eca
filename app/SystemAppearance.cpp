// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemAppearance.h"

#include "CommandLine.h"
#include "features/account/AppColorScheme.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QGuiApplication>
#include <QPalette>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>

namespace nestje {

namespace {

// One value from the desktop portal's Settings interface (GNOME, KDE, Phosh, Plasma Mobile all
// run it), or an invalid QVariant when there is no portal or no such key.
QVariant portalSetting(const QString &group, const QString &key)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return {};
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.portal.Desktop"),
        QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("Read"));
    call << group << key;
    // A session without a running portal (tests, CI, a bare window manager) must not start one.
    call.setAutoStartService(false);
    constexpr int timeoutMs = 500; // this runs before the first window
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, timeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    // Read answers a variant holding the value; older portals wrap it once more.
    QVariant value = reply.arguments().constFirst();
    while (value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}

Appearance::Scheme schemeNamed(const QString &name)
{
    if (name == QLatin1String("dark"))
        return Appearance::Scheme::Dark;
    if (name == QLatin1String("light"))
        return Appearance::Scheme::Light;
    return Appearance::Scheme::System;
}

// The Theme's own background and text colours, so controls that use the palette (the Basic and
// Fusion styles, text selection, scroll bars) match the pages.
QPalette schemePalette(bool dark)
{
    const QColor window(dark ? 0x141412 : 0xF7F5F0);
    const QColor base(dark ? 0x1F1E1B : 0xFFFFFF);
    const QColor button(dark ? 0x2B2A26 : 0xEEEBE3);
    const QColor text(dark ? 0xEBE8E2 : 0x1D1C1A);
    const QColor secondary(dark ? 0xB8B3A9 : 0x5E5B55);
    const QColor highlight(dark ? 0x7ED3BC : 0x2E7D6B);
    QPalette palette(button, window);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, secondary);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, QColor(dark ? 0x00382D : 0xFFFFFF));
    palette.setColor(QPalette::Link, highlight);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, secondary);
    return palette;
}

// What the platform gave before Nestje changed anything, and what the desktop prefers: where
// "Systeem" goes back to.
QPalette &platformPalette()
{
    static QPalette palette = QGuiApplication::palette();
    return palette;
}

Appearance::Scheme &desktopScheme()
{
    static Appearance::Scheme scheme = Appearance::Scheme::System;
    return scheme;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace

bool paletteIsDark()
{
    return QGuiApplication::palette().color(QPalette::Window).lightnessF() < 0.5;
}

Appearance systemAppearance(const AppOptions &options)
{
    Appearance appearance;
    appearance.scheme = schemeNamed(options.colorScheme);
    if (appearance.scheme == Appearance::Scheme::System)
        appearance.scheme = schemeNamed(qEnvironmentVariable("NESTJE_COLOR_SCHEME"));
    const QByteArray motion = qgetenv("NESTJE_REDUCED_MOTION");
    appearance.reducedMotion = !motion.isEmpty() && motion != "0";

    if (!options.screenshotFile.isEmpty())
        return appearance; // screenshots look the same on every machine
    // 0: no preference, 1: prefer dark, 2: prefer light.
    const QVariant preference =
        portalSetting(QStringLiteral("org.freedesktop.appearance"), QStringLiteral("color-scheme"));
    if (preference.isValid() && preference.toUInt() == 1)
        appearance.desktop = Appearance::Scheme::Dark;
    else if (preference.isValid() && preference.toUInt() == 2)
        appearance.desktop = Appearance::Scheme::Light;
    if (appearance.scheme == Appearance::Scheme::System)
        appearance.scheme = schemeNamed(AppColorScheme::remembered()); // Overig's choice
    if (appearance.scheme == Appearance::Scheme::System)
        appearance.scheme = appearance.desktop;
    if (motion.isEmpty()) {
        const QVariant gnome = portalSetting(QStringLiteral("org.gnome.desktop.interface"),
                                             QStringLiteral("enable-animations"));
        const QVariant kde = portalSetting(QStringLiteral("org.kde.kdeglobals.KDE"),
                                           QStringLiteral("AnimationDurationFactor"));
        appearance.reducedMotion =
            (gnome.isValid() && !gnome.toBool()) || (kde.isValid() && kde.toDouble() == 0.0);
    }
    return appearance;
}

void applyAppearance(const Appearance &appearance)
{
    // QQuickStyle reads QT_QUICK_CONTROLS_STYLE itself; setting a style would override it.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Material"));

    platformPalette(); // kept before it changes
    desktopScheme() = appearance.desktop;
    if (appearance.scheme != Appearance::Scheme::System)
        applyColorScheme(appearance.scheme);
    // Material draws its controls from its own theme, not the palette (at start; later
    // Main.qml's Material.theme binding follows the Theme).
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_MATERIAL_THEME"))
        qputenv("QT_QUICK_CONTROLS_MATERIAL_THEME", paletteIsDark() ? "Dark" : "Light");
    AppColorScheme::setInstaller(
        [](const QString &scheme) { applyColorScheme(schemeNamed(scheme)); });
}

void applyColorScheme(Appearance::Scheme scheme)
{
    if (scheme == Appearance::Scheme::System)
        scheme = desktopScheme();
    const QPalette &platform = platformPalette();
    const bool dark = scheme == Appearance::Scheme::System ? isDark(platform)
                                                           : scheme == Appearance::Scheme::Dark;
    const QPalette target = dark == isDark(platform) ? platform : schemePalette(dark);
    if (QGuiApplication::palette() != target)
        QGuiApplication::setPalette(target);
}

void applyAppearanceToTheme(QQuickWindow *window, const Appearance &appearance)
{
    QQmlEngine *engine = window ? qmlEngine(window) : nullptr;
    if (!engine)
        return;
    if (QObject *theme = engine->singletonInstance<QObject *>(qmlTypeId("Nestje", 1, 0, "Theme")))
        theme->setProperty("reducedMotion", appearance.reducedMotion);
}

} // namespace nestje
