// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Colours, spacing and type sizes in one place, so every page looks like the same app.
// It follows the system: the light or dark scheme from the application palette (which the app
// sets from --color-scheme, NESTJE_COLOR_SCHEME or the desktop portal's preference before the
// first window, see app/SystemAppearance.cpp), the type sizes from the system font, and
// reducedMotion, which the app sets from NESTJE_REDUCED_MOTION or the desktop's setting.
QtObject {
    id: theme

    // --- Colour scheme -------------------------------------------------------------------
    readonly property SystemPalette systemPalette: SystemPalette {}
    // A dark window colour means a dark scheme; Qt 6.4 has no QStyleHints::colorScheme.
    readonly property bool dark: systemPalette.window.hslLightness < 0.5

    // The colours of one scheme.
    component Palette: QtObject {
        required property color primary
        required property color textOnPrimary
        required property color primaryContainer
        required property color textOnPrimaryContainer
        required property color background
        required property color surface
        required property color surfaceVariant
        required property color navigation
        required property color text
        required property color textSecondary
        // Card edges and separators: decoration, drawn faint (WCAG asks no contrast of it).
        required property color outline
        // The boundary of a control (a text field, a button without fill, a switch): 3:1 on
        // every surface a control sits on (WCAG 1.4.11).
        required property color controlOutline
        required property color error
        required property color errorContainer
        required property color badge
        required property color textOnBadge
        // What the parent wrote (a diary entry by the parent) next to what the daycare wrote.
        required property color parentContainer
        required property color textOnParentContainer
        // Each account's colour where several accounts show together (the family calendar).
        required property color account0
        required property color account1
        required property color account2
        required property color account3
    }
    readonly property Palette lightColors: Palette {
        primary: "#2E7D6B"
        textOnPrimary: "#FFFFFF"
        primaryContainer: "#D4ECE4"
        textOnPrimaryContainer: "#0B3B30"
        background: "#F7F5F0"
        surface: "#FFFFFF"
        surfaceVariant: "#EEEBE3"
        navigation: "#FFFFFF"
        text: "#1D1C1A"
        textSecondary: "#5E5B55"
        outline: "#DAD5CB"
        controlOutline: "#858076"
        error: "#B3261E"
        errorContainer: "#FBE4E1"
        badge: "#C8372D"
        textOnBadge: "#FFFFFF"
        parentContainer: "#FCE8D8"
        textOnParentContainer: "#9A4A12"
        account0: "#1E6FB8"
        account1: "#B4531A"
        account2: "#7B4FB3"
        account3: "#2E7D32"
    }
    readonly property Palette darkColors: Palette {
        primary: "#7ED3BC"
        textOnPrimary: "#00382D"
        primaryContainer: "#1E4D42"
        textOnPrimaryContainer: "#C6EFE2"
        background: "#141412"
        surface: "#1F1E1B"
        surfaceVariant: "#2B2A26"
        navigation: "#1F1E1B"
        text: "#EBE8E2"
        textSecondary: "#B8B3A9"
        outline: "#45433E"
        controlOutline: "#8F8A80"
        error: "#F4ABA5"
        errorContainer: "#5C1A14"
        badge: "#C8372D"
        textOnBadge: "#FFFFFF"
        parentContainer: "#5A3118"
        textOnParentContainer: "#FFD3B0"
        account0: "#7FB6F0"
        account1: "#F0A46B"
        account2: "#C3A6F0"
        account3: "#8FD19A"
    }
    readonly property Palette colors: dark ? darkColors : lightColors

    readonly property color primary: colors.primary
    readonly property color textOnPrimary: colors.textOnPrimary
    readonly property color primaryContainer: colors.primaryContainer
    readonly property color textOnPrimaryContainer: colors.textOnPrimaryContainer
    readonly property color background: colors.background
    readonly property color surface: colors.surface
    readonly property color surfaceVariant: colors.surfaceVariant
    readonly property color navigation: colors.navigation
    readonly property color text: colors.text
    readonly property color textSecondary: colors.textSecondary
    readonly property color outline: colors.outline
    readonly property color controlOutline: colors.controlOutline
    readonly property color error: colors.error
    readonly property color errorContainer: colors.errorContainer
    readonly property color badge: colors.badge
    readonly property color textOnBadge: colors.textOnBadge
    readonly property color parentContainer: colors.parentContainer
    readonly property color textOnParentContainer: colors.textOnParentContainer
    readonly property color account0: colors.account0
    readonly property color account1: colors.account1
    readonly property color account2: colors.account2
    readonly property color account3: colors.account3
    // The colour of the account at `index` in the device's list (AccountsWatch colorIndex);
    // transparent for -1 (one account: no colour needed).
    function accountColor(index: int): color {
        if (index < 0)
            return Qt.rgba(0, 0, 0, 0)
        const all = [account0, account1, account2, account3]
        return all[index % all.length]
    }

    // The foreground/background pairs the pages use. Text must reach WCAG AA (4.5:1),
    // icons and focus rings 3:1 (WCAG 1.4.11); tests/qml/tst_theme.qml measures every pair in
    // both schemes. Add a pair here when a page puts a new colour on another.
    readonly property var textPairs: [
        ["text", "background"], ["text", "surface"], ["text", "surfaceVariant"],
        ["textSecondary", "background"], ["textSecondary", "surface"],
        ["textSecondary", "surfaceVariant"], ["textSecondary", "navigation"],
        ["primary", "background"], ["primary", "surface"],
        ["textOnPrimary", "primary"], ["textOnPrimaryContainer", "primaryContainer"],
        ["error", "background"], ["error", "surface"], ["error", "errorContainer"],
        ["textOnBadge", "badge"], ["textOnParentContainer", "parentContainer"],
        // a selected thread and today in the month (primaryContainer), a refusal and the credits
        // notice (errorContainer), the tab labels (navigation), the parent's own message bubble
        ["text", "primaryContainer"], ["textSecondary", "primaryContainer"],
        ["text", "errorContainer"], ["text", "navigation"],
        ["text", "parentContainer"], ["textSecondary", "parentContainer"]
    ]
    readonly property var graphicPairs: [
        ["primary", "surfaceVariant"], ["primary", "primaryContainer"],
        ["textOnParentContainer", "parentContainer"], ["textOnPrimaryContainer", "surface"],
        ["textSecondary", "navigation"],
        ["badge", "surface"], // the unread dot of a thread
        // an account's dot in the family calendar, on a card and on a chip
        ["account0", "surface"], ["account1", "surface"], ["account2", "surface"], ["account3", "surface"],
        ["account0", "background"], ["account1", "background"], ["account2", "background"],
        ["account3", "background"]
    ]
    // The boundaries of controls against what they sit on, 3:1 (WCAG 1.4.11): text fields, the
    // outlined buttons (QuickAction, FilterChip), the switch's track and its handle when off;
    // and the switch's handle when on.
    readonly property var boundaryPairs: [
        ["controlOutline", "surface"], ["controlOutline", "background"],
        ["controlOutline", "surfaceVariant"], ["controlOutline", "navigation"],
        ["primary", "surface"], ["primary", "background"]
    ]

    // --- Motion ----------------------------------------------------------------------------
    // Set by the app (app/SystemAppearance.cpp) when the user asked for less motion.
    property bool reducedMotion: false
    readonly property bool animationsEnabled: !reducedMotion
    readonly property int durationShort: animationsEnabled ? 150 : 0
    readonly property int durationMedium: animationsEnabled ? 250 : 0

    // --- Layout ----------------------------------------------------------------------------
    readonly property int wideBreakpoint: 840
    readonly property int railWidth: 88
    readonly property int bottomBarHeight: Math.round(68 * Math.min(fontScale, 1.25))
    readonly property int contentMaxWidth: 1040

    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int radius: 14

    // --- Type ------------------------------------------------------------------------------
    // Every text size is a ratio of the system font, so a desktop's or phone's "larger text"
    // grows all text alike. The system font's size in pixels: platforms mostly give it in
    // points, which Qt turns into pixels with the screen's logical DPI (a desktop's text
    // scaling, QT_FONT_DPI). QML cannot ask for that DPI, and its font.pixelSize of a point
    // font is cut to whole pixels (10 pt at 96 DPI reads 13, not 13.33), so the font is
    // measured against the same family at a known pixel size. Both are measured ten times
    // enlarged, where a hinted font's heights, rounded to whole pixels, weigh less.
    // A FontMetrics measures the application's font unless told otherwise, and its `font` is
    // that font (qmllint does not know Qt.application.font).
    readonly property FontMetrics applicationFont: FontMetrics {}
    readonly property FontMetrics systemFontMetrics: FontMetrics {
        font.family: theme.applicationFont.font.family
        // A font set in pixels reads its pointSize from them: ten times that is exact too.
        font.pointSize: 10 * theme.applicationFont.font.pointSize
    }
    readonly property FontMetrics referenceFontMetrics: FontMetrics {
        font.family: theme.applicationFont.font.family
        font.pixelSize: 1000
    }
    readonly property real systemFontPixels: 100 * systemFontMetrics.height / referenceFontMetrics.height
    // The design sizes below are for a 10 pt system font at 96 DPI (13.33 px), the common
    // desktop default. Larger system fonts scale every size; smaller ones (Qt's bare 9 pt
    // default) keep the design sizes, which are the smallest the layouts are made for.
    readonly property real designFontPixels: 40 / 3
    readonly property real fontScale: Math.max(1, Math.min(3, systemFontPixels / designFontPixels))

    // The text roles. Every text in the app takes one of these (or is sized from one), never a
    // fixed number: a fixed size stays small while the rest grows. tst_font_scale checks that
    // every role and the text of each tab grow with the system font.
    readonly property int fontSmall: Math.round(12 * fontScale)
    // What Qt's Material style gives every control and every Label without a size of its own:
    // a fixed 14 px, which ignores the system font. Main.qml sets it on the window instead, so
    // everything that inherits its font follows the system.
    readonly property int fontControl: Math.round(14 * fontScale)
    readonly property int fontBody: Math.round(15 * fontScale)
    // Text fields and dialog titles, 16 px in the Material style.
    readonly property int fontLarge: Math.round(16 * fontScale)
    readonly property int fontTitle: Math.round(20 * fontScale)
    readonly property int fontHeadline: Math.round(26 * fontScale)
    // A title kept to one line in lists (a thread, a card, a news item) gets a second line from
    // 125 % before it is elided: at 150 % a phone showed no more than "Je aanvraag is b…".
    readonly property int titleLines: fontScale >= 1.25 ? 2 : 1
    // The app's name on the login page.
    readonly property int fontDisplay: Math.round(30 * fontScale)
}
