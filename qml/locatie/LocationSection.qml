// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// A titled card of Mijn locatie with an optional "Alle bekijken" and a note when its data is
// old (the last sync of its feature failed). Its children stack in a column.
Pane {
    id: card
    property string heading
    property string feature
    property bool showAll: false
    default property alias content: column.data
    signal allRequested()
    Layout.fillWidth: true
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

        RowLayout {
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: card.heading
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
            }
            TextButton {
                objectName: "showAll"
                visible: card.showAll
                text: qsTr("View all")
                onClicked: card.allRequested()
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            readonly property string note: card.feature.length > 0 && App.session.featureState(card.feature) === "stale"
                                           ? App.session.staleNote(card.feature) : ""
            visible: note.length > 0
            text: note
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
