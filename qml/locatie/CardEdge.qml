// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Nestje

// The rounded top (or bottom) of the card around the text, with the card's padding.
Item {
    id: edge
    property bool atBottom: false
    property color fill: Theme.surface
    implicitHeight: Theme.spacingL
    clip: true
    Rectangle {
        width: edge.width
        height: edge.height + 2 * Theme.radius
        y: edge.atBottom ? edge.height - height : 0
        radius: Theme.radius
        color: edge.fill
        border.color: Theme.outline
    }
}
