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
    bool reducedMotion = false;
};

// From --color-scheme or NESTJE_COLOR_SCHEME (light|dark), NESTJE_REDUCED_MOTION (1|0), and,
// except for --screenshot (which must not depend on the desktop it runs on), the desktop
// portal's settings: org.freedesktop.appearance color-scheme, and GNOME's enable-animations
// or KDE's AnimationDurationFactor for motion.
Appearance systemAppearance(const AppOptions &options);

// Before the first window: the Qt Quick Controls style (Material, unless QT_QUICK_CONTROLS_STYLE
// names another), and an application palette of the chosen scheme when the platform's palette
// is the other one. The Theme (qml/components/Theme.qml) derives light or dark from the palette.
void applyAppearance(const Appearance &appearance);

// After the QML is loaded: hands reduced motion to the Theme singleton.
void applyAppearanceToTheme(QQuickWindow *window, const Appearance &appearance);

// True when the palette's window colour is dark (Qt 6.4 has no QStyleHints::colorScheme).
bool paletteIsDark();

} // namespace nestje
