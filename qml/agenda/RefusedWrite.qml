// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// A write the portal refused, with the portal's own words, and "Opnieuw" or "Verwijderen".
Rectangle {
    id: refused
    objectName: "refusedWrite"
    property string title
    property string errorText
    signal retry()
    signal discard()

    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: Theme.errorContainer
    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacingM }
        spacing: Theme.spacingXs
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            text: refused.title
            font.weight: Font.DemiBold
            color: Theme.error
        }
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            text: refused.errorText
            wrapMode: Text.Wrap
            color: Theme.text
        }
        RowLayout {
            TextButton { text: qsTr("Try again"); onClicked: refused.retry() }
            TextButton { text: qsTr("Discard"); onClicked: refused.discard() }
        }
    }
}
