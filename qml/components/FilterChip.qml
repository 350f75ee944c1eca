// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// One choice of a filter ("Alle kinderen", "Noor"): filled when chosen. With `dotColor` a dot
// before the text says which account it belongs to (the family calendar).
Button {
    id: chip
    property color dotColor: "transparent"
    // The chip grows with the system font. The control around it is at least 44 px high, a
    // finger's room (tst_every_page); the chip is drawn as before, inside the style's 6 px insets.
    readonly property real chipHeight: Math.round(36 * Theme.fontScale)
    implicitHeight: Math.max(44, chipHeight)
    topInset: (height - chipHeight) / 2 + 6
    bottomInset: (height - chipHeight) / 2 + 6
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    font.pixelSize: Theme.fontBody - 1
    font.weight: Font.DemiBold
    font.capitalization: Font.MixedCase
    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.name: text
    contentItem: Row {
        spacing: Theme.spacingS
        Rectangle {
            objectName: "accountDot"
            visible: chip.dotColor.a > 0
            anchors.verticalCenter: parent.verticalCenter
            width: Math.round(10 * Theme.fontScale)
            height: width
            radius: width / 2
            color: chip.dotColor
            // On the filled (chosen) chip the dot keeps an edge in the chip's text colour.
            border.width: chip.checked ? 2 : 0
            border.color: Theme.textOnPrimary
        }
        Text {
            textFormat: Text.PlainText // text from the portal is never markup
            height: parent.height
            text: chip.text
            font: chip.font
            color: chip.checked ? Theme.textOnPrimary : Theme.text
            verticalAlignment: Text.AlignVCenter
        }
    }
    background: Rectangle {
        radius: height / 2
        color: chip.checked ? Theme.primary : chip.hovered ? Theme.surfaceVariant : Theme.surface
        border.width: chip.visualFocus ? 3 : (chip.checked ? 0 : 1)
        border.color: chip.visualFocus ? Theme.textOnPrimaryContainer : Theme.controlOutline
    }
}
