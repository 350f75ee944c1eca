// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// One booking of the request being put together: child and day, the part, its value and how it
// is paid; the trash icon takes it out again.
Rectangle {
    id: row
    objectName: "extraDayBooking"
    required property int index
    required property var modelData
    signal remove()

    implicitHeight: layout.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.outline
    Accessible.name: modelData.firstName + ", " + modelData.dayLabel + ", " + modelData.line

    RowLayout {
        id: layout
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacingM }
        spacing: Theme.spacingM
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: row.modelData.firstName + " · " + row.modelData.dayLabel
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: row.modelData.line
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall + 1
                color: Theme.textSecondary
            }
        }
        ToolButton {
            objectName: "removeBooking"
            icon.source: "qrc:/icons/close.svg"
            icon.color: Theme.error
            Accessible.name: qsTr("Remove")
            onClicked: row.remove()
        }
    }
}
