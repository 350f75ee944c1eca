// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// A titled card of Overig; its children stack in a column.
Pane {
    id: card
    property string heading
    default property alias content: column.data
    padding: Theme.spacingL
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.outline
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap // a long heading at a large font takes two lines, not the card's width
            visible: card.heading.length > 0
            text: card.heading
            font.pixelSize: Theme.fontBody
            font.weight: Font.Bold
            Accessible.role: Accessible.Heading
        }
    }
}
