// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQuickWindow;

namespace nestje {

struct AppOptions;

// How the system wants Nestje to look, decided once before the first window.
struct Appearance
{
    enum class Scheme
    {
        System,
        Light,
        Dark
    };
    Scheme scheme = Scheme::System; // Light or Dark: asked for, or the desktop's preference
    Scheme desktop = Scheme::System; // the desktop's own preference, for "Systeem" in Overig
    bool reducedMotion = false;
};

// From --color-scheme or NESTJE_COLOR_SCHEME (light|dark), the choice in Overig (Licht/Donker;
// Systeem follows the desktop), NESTJE_REDUCED_MOTION (1|0), and,
// except for --screenshot (which must not depend on the desktop it runs on), the desktop
// portal's settings: org.freedesktop.appearance color-scheme, and GNOME's enable-animations
// or KDE's AnimationDurationFactor for motion.
Appearance systemAppearance(const AppOptions &options);

// Before the first window: the Qt Quick Controls style (Material, unless QT_QUICK_CONTROLS_STYLE
// names another), and an application palette of the chosen scheme when the platform's palette
// is the other one. The Theme (qml/components/Theme.qml) derives light or dark from the palette.
// Also lets Overig's "Weergave" (AppColorScheme) switch the scheme while the app runs.
void applyAppearance(const Appearance &appearance);
// Light, dark, or back to the desktop's own (System) now: swaps the application palette;
// the Theme and Material (Main.qml binds Material.theme to Theme.dark) follow.
void applyColorScheme(Appearance::Scheme scheme);

// After the QML is loaded: hands reduced motion to the Theme singleton.
void applyAppearanceToTheme(QQuickWindow *window, const Appearance &appearance);

// True when the palette's window colour is dark (Qt 6.4 has no QStyleHints::colorScheme).
bool paletteIsDark();

} // namespace nestje
