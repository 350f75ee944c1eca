// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// An unread count on a tab. Hidden at zero; "99+" beyond 99.
Rectangle {
    id: badge
    property int count: 0
    readonly property string label: count > 99 ? "99+" : String(count)

    visible: count > 0
    implicitHeight: Math.round(18 * Theme.fontScale)
    implicitWidth: Math.max(implicitHeight, countText.implicitWidth + 10)
    radius: height / 2
    color: Theme.badge
    border.color: Theme.navigation
    border.width: 1.5

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%n unread", "", count)

    Text {
        textFormat: Text.PlainText // text from the portal is never markup
        id: countText
        anchors.centerIn: parent
        text: badge.label
        color: Theme.textOnBadge
        font.pixelSize: Theme.fontSmall - 1
        font.bold: true
    }
}
