// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// An attachment of a news item or page: its name with a paperclip; a tap opens it (fetched
// once, then from this device, also offline).
ItemDelegate {
    focusPolicy: Qt.StrongFocus // Tab reaches it: an ItemDelegate takes no focus of itself
    id: row
    property string fileName
    property bool offline: false
    property bool busy: false
    Layout.fillWidth: true
    Accessible.name: qsTr("Attachment %1").arg(fileName)
    contentItem: RowLayout {
        spacing: Theme.spacingM
        PaperclipIcon { color: Theme.primary; implicitWidth: 20; implicitHeight: 20 }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: row.fileName.length > 0 ? row.fileName : qsTr("Attachment")
                color: Theme.primary
                font.weight: Font.DemiBold
                elide: Text.ElideMiddle
            }
            Label {
                textFormat: Text.PlainText
                visible: row.offline
                text: qsTr("Available offline")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }
        BusyIndicator {
            visible: row.busy
            running: visible
            implicitWidth: 24
            implicitHeight: 24
        }
        LayoutIcon {
            iconName: "download"
            color: Theme.textSecondary
            size: 20
        }
    }
}
