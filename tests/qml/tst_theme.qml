// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Nestje

// The Theme in both colour schemes: every text pair reaches WCAG AA (4.5:1), every icon pair
// 3:1, the scheme follows the palette, sizes follow the system font, motion can be turned off.
TestCase {
    name: "Theme"

    // WCAG 2.x relative luminance and contrast ratio.
    function channel(c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    }
    function luminance(color) {
        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }
    function rows(pairs) {
        const data = []
        for (const scheme of ["light", "dark"]) {
            const colors = scheme === "dark" ? Theme.darkColors : Theme.lightColors
            for (const pair of pairs)
                data.push({ tag: scheme + " " + pair[0] + " on " + pair[1], colors: colors,
                            foreground: pair[0], background: pair[1] })
        }
        return data
    }
    function checkPair(data, minimum) {
        const fg = data.colors[data.foreground], bg = data.colors[data.background]
        verify(fg !== undefined && bg !== undefined, "no such colour in the Theme")
        const ratio = contrast(fg, bg)
        verify(ratio >= minimum, data.foreground + " " + fg + " on " + data.background + " " + bg
               + ": " + ratio.toFixed(2) + ":1, needs " + minimum + ":1")
    }

    function test_textReachesAA_data() { return rows(Theme.textPairs) }
    function test_textReachesAA(data) { checkPair(data, 4.5) }

    function test_iconsReach3To1_data() { return rows(Theme.graphicPairs) }
    function test_iconsReach3To1(data) { checkPair(data, 3) }

    // Control boundaries (WCAG 1.4.11): a text field's edge, an outlined button, a switch's
    // track and handle. Card edges and separators (outline) are decoration and not measured.
    function test_controlBoundariesReach3To1_data() { return rows(Theme.boundaryPairs) }
    function test_controlBoundariesReach3To1(data) { checkPair(data, 3) }

    function test_theMeasureIsWcag() {
        // Known values: black on white is 21:1, a colour on itself 1:1, #767676 on white 4.54:1.
        fuzzyCompare(contrast(Qt.color("#000000"), Qt.color("#FFFFFF")), 21, 0.001)
        fuzzyCompare(contrast(Qt.color("#2E7D6B"), Qt.color("#2E7D6B")), 1, 0.001)
        fuzzyCompare(contrast(Qt.color("#767676"), Qt.color("#FFFFFF")), 4.54, 0.01)
    }

    function test_bothSchemesHaveEveryColour() {
        for (const pair of Theme.textPairs.concat(Theme.graphicPairs, Theme.boundaryPairs)) {
            for (const name of pair) {
                verify(Theme.lightColors[name] !== undefined, "light has no " + name)
                verify(Theme.darkColors[name] !== undefined, "dark has no " + name)
                compare(Theme[name], Theme.colors[name])
            }
        }
        verify(Theme.darkColors.background !== Theme.lightColors.background)
    }

    function test_schemeFollowsThePalette() {
        // The test runs on the offscreen platform's light default palette.
        compare(Theme.dark, Theme.systemPalette.window.hslLightness < 0.5)
        verify(!Theme.dark)
        compare(Theme.background, Theme.lightColors.background)
    }

    FontMetrics {
        id: knownSize // 20 px, ten times enlarged as the Theme measures
        font.family: Qt.application.font.family
        font.pixelSize: 200
    }

    function test_typeFollowsTheSystemFont() {
        // The Theme's way of measuring a font in pixels gets a known size right to a tenth of a
        // pixel …
        fuzzyCompare(100 * knownSize.height / Theme.referenceFontMetrics.height, 20, 0.1)
        compare(Theme.applicationFont.font.family, Qt.application.font.family)
        // … and the application font's too: QML gives its pixel size cut to whole pixels.
        const whole = Theme.applicationFont.font.pixelSize
        verify(Theme.systemFontPixels >= whole - 0.05 && Theme.systemFontPixels < whole + 1,
               "measured " + Theme.systemFontPixels + ", QML says " + whole)
        // … and every size scales by the same factor, never below the design size.
        verify(Theme.fontScale >= 1)
        compare(Theme.fontSmall, Math.round(12 * Theme.fontScale))
        compare(Theme.fontControl, Math.round(14 * Theme.fontScale))
        compare(Theme.fontBody, Math.round(15 * Theme.fontScale))
        compare(Theme.fontLarge, Math.round(16 * Theme.fontScale))
        compare(Theme.fontTitle, Math.round(20 * Theme.fontScale))
        compare(Theme.fontHeadline, Math.round(26 * Theme.fontScale))
        compare(Theme.fontDisplay, Math.round(30 * Theme.fontScale))
        compare(Theme.fontScale, Math.max(1, Math.min(3, Theme.systemFontPixels / Theme.designFontPixels)))
    }

    function test_reducedMotion() {
        verify(Theme.animationsEnabled)
        verify(Theme.durationShort > 0)
        Theme.reducedMotion = true
        verify(!Theme.animationsEnabled)
        compare(Theme.durationShort, 0)
        compare(Theme.durationMedium, 0)
        Theme.reducedMotion = false
    }
}
