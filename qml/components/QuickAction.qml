// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A secondary action as an outlined pill with an icon: "Foto's", "Vernieuwen".
Button {
    id: action
    property string iconName
    // Icon only (a narrow header); the text stays the accessible name and the tooltip.
    property bool iconOnly: false
    ToolTip.visible: iconOnly && hovered
    ToolTip.text: text
    implicitHeight: Math.round(48 * Theme.fontScale) // grows with the system font
    leftPadding: iconOnly ? Theme.spacingM : Theme.spacingL
    rightPadding: iconOnly ? Theme.spacingM : Theme.spacingL
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    font.capitalization: Font.MixedCase
    Accessible.name: text
    contentItem: Row {
        spacing: Theme.spacingS
        AppIcon {
            anchors.verticalCenter: parent.verticalCenter
            iconName: action.iconName
            width: 20
            height: 20
            color: action.enabled ? Theme.primary : Theme.textSecondary
            visible: action.iconName.length > 0
        }
        Text {
            textFormat: Text.PlainText // text from the portal is never markup
            anchors.verticalCenter: parent.verticalCenter
            visible: !action.iconOnly
            text: action.text
            font: action.font
            color: action.enabled ? Theme.primary : Theme.textSecondary
        }
    }
    background: Rectangle {
        radius: height / 2
        color: action.down ? Theme.primaryContainer : action.hovered ? Qt.lighter(Theme.primaryContainer, 1.08) : Theme.surface
        border.width: action.visualFocus ? 3 : 1
        border.color: action.visualFocus ? Theme.primary : Theme.controlOutline
    }
}
