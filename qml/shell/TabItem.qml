// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Nestje

// One destination in the bottom bar or the rail: icon in a pill when selected, label, badge.
AbstractButton {
    id: item
    property string iconName
    property int unread: 0
    property bool selected: false

    checkable: false
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    implicitWidth: 72
    implicitHeight: 60

    Accessible.role: Accessible.PageTab
    Accessible.name: unread > 0 ? qsTr("%1, %n unread", "", unread).arg(text) : text
    Accessible.selected: selected

    // No ids inside: Controls create the content item late (deferred), and an id would force it early.
    contentItem: Item {
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            y: 4
            width: 56
            height: 30
            radius: 15
            color: item.selected ? Theme.primaryContainer
                                 : (item.hovered || item.visualFocus ? Theme.surfaceVariant : "transparent")
            border.width: item.visualFocus ? 2 : 0
            border.color: Theme.primary
            AppIcon {
                anchors.centerIn: parent
                iconName: item.iconName
                color: item.selected ? Theme.textOnPrimaryContainer : Theme.textSecondary
            }
            Badge {
                objectName: "badge"
                count: item.unread
                x: parent.width / 2 + 4
                y: -3
            }
        }
        Text {
            textFormat: Text.PlainText // text from the portal is never markup
            y: 4 + 30 + 3 // below the pill
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            // A large system font shrinks a label that does not fit rather than cut it; only
            // below three quarters of its size does it elide.
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Math.round(Theme.fontSmall * 0.75)
            elide: Text.ElideRight
            text: item.text
            color: item.selected ? Theme.text : Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            font.weight: item.selected ? Font.DemiBold : Font.Normal
        }
    }
}
