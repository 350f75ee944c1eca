// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// One contact line that acts when tapped: a phone number calls, an address opens the map
// application, an e-mail address starts a mail. Hidden when the organisation left it empty.
ItemDelegate {
    focusPolicy: Qt.StrongFocus // Tab reaches it: an ItemDelegate takes no focus of itself
    id: action
    property string label
    property string value
    property string link
    property string actionName
    Layout.fillWidth: true
    visible: value.length > 0
    enabled: link.length > 0
    leftPadding: 0
    rightPadding: 0
    Accessible.name: actionName + ": " + value
    onClicked: Qt.openUrlExternally(link)

    contentItem: ColumnLayout {
        spacing: 0
        Label {
            textFormat: Text.PlainText
            visible: action.label.length > 0
            text: action.label
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            text: action.value
            color: action.enabled ? Theme.primary : Theme.text
            wrapMode: Text.Wrap
        }
    }
}
