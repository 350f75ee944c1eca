// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// One permission (a switch) or declaration (shown, not changeable here), with its date.
RowLayout {
    id: row
    required property string permissionId
    required property string title
    required property string description
    required property bool declaration
    required property bool granted
    required property bool filledIn
    required property bool changeable
    required property string changed
    signal toggled(bool granted)
    Layout.fillWidth: true
    Layout.topMargin: Theme.spacingS
    spacing: Theme.spacingL

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            text: row.title
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            text: row.description
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            text: {
                const parts = []
                if (row.declaration)
                    parts.push(qsTr("Declaration: cannot be changed here, ask your location"))
                else if (!row.filledIn)
                    parts.push(qsTr("Not filled in yet"))
                if (row.changed.length > 0)
                    parts.push(row.changed)
                return parts.join(" · ")
            }
            visible: text.length > 0
        }
    }
    ToggleSwitch {
        id: toggle
        objectName: "permission_" + row.permissionId
        visible: !row.declaration
        enabled: row.changeable
        checked: row.granted
        Accessible.name: row.title
        onToggled: row.toggled(toggle.checked)
    }
    Label {
        textFormat: Text.PlainText
        visible: row.declaration
        text: row.granted ? qsTr("Yes") : qsTr("No")
        font.weight: Font.DemiBold
    }
}
