pragma Singleton
import QtQuick

// Colours, spacing and type sizes in one place, so every page looks like the same app.
QtObject {
    readonly property color primary: "#2E7D6B"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color primaryContainer: "#D4ECE4"
    readonly property color textOnPrimaryContainer: "#0B3B30"
    readonly property color background: "#F7F5F0"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceVariant: "#EEEBE3"
    readonly property color navigation: "#FFFFFF"
    readonly property color text: "#1D1C1A"
    readonly property color textSecondary: "#5E5B55"
    readonly property color outline: "#DAD5CB"
    readonly property color error: "#B3261E"
    readonly property color errorContainer: "#FBE4E1"
    readonly property color badge: "#C8372D"

    readonly property int wideBreakpoint: 840
    readonly property int railWidth: 88
    readonly property int bottomBarHeight: 68
    readonly property int contentMaxWidth: 1040

    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int radius: 14

    readonly property int fontSmall: 12
    readonly property int fontBody: 15
    readonly property int fontTitle: 20
    readonly property int fontHeadline: 26
}
