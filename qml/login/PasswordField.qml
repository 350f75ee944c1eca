// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Nestje

// A password field with a show/hide toggle, so a parent can check what they typed on a phone.
TextField {
    id: field
    font.pixelSize: Theme.fontLarge
    property bool revealed: false

    echoMode: revealed ? TextInput.Normal : TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    rightPadding: toggle.width + Theme.spacingS

    ToolButton {
        id: toggle
        objectName: "revealPasswordButton"
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        icon.source: field.revealed ? "qrc:/icons/eye-off.svg" : "qrc:/icons/eye.svg"
        icon.color: Theme.textSecondary
        focusPolicy: Qt.TabFocus
        Accessible.name: field.revealed ? qsTr("Hide password") : qsTr("Show password")
        onClicked: field.revealed = !field.revealed
    }
}
