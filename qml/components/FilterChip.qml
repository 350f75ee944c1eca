// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// One choice of a filter ("Alle kinderen", "Noor"): filled when chosen.
Button {
    id: chip
    implicitHeight: Math.round(36 * Theme.fontScale) // grows with the system font
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    font.pixelSize: Theme.fontBody - 1
    font.weight: Font.DemiBold
    font.capitalization: Font.MixedCase
    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.name: text
    contentItem: Text {
        textFormat: Text.PlainText // text from the portal is never markup
        text: chip.text
        font: chip.font
        color: chip.checked ? Theme.textOnPrimary : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: height / 2
        color: chip.checked ? Theme.primary : chip.hovered ? Theme.surfaceVariant : Theme.surface
        border.width: chip.visualFocus ? 3 : (chip.checked ? 0 : 1)
        border.color: chip.visualFocus ? Theme.textOnPrimaryContainer : Theme.controlOutline
    }
}
