// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Nestje

// The box of a text field (FormField, FormArea): its edge in controlOutline, 3:1 on every
// surface a form sits on (WCAG 1.4.11; Theme.boundaryPairs, tst_theme). Material's own field
// is an underline in its hint colour, 2.68:1 on a card: a parent with low vision could not see
// where to type. Focus and an error draw the edge twice as wide, in primary or error.
Rectangle {
    // The field's state (a TextField or TextArea is no Control, so it is handed in).
    property bool focused: false
    property bool hovered: false
    property bool hasError: false

    objectName: "fieldBoundary"
    implicitWidth: 120
    implicitHeight: 48 // a touch target, also for a one-line field at the smallest font
    radius: 8
    color: Theme.surface
    border.width: focused || hasError ? 2 : 1
    border.color: hasError ? Theme.error
                : focused ? Theme.primary
                : hovered ? Theme.text : Theme.controlOutline
    // A field that cannot be used now (the background inherits the field's enabled) looks so;
    // WCAG asks no contrast of it.
    opacity: enabled ? 1 : 0.45
}
