// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// The one main action of a page, filled with the brand colour. Drawn with plain items so it
// looks the same with every renderer (the Material button's shadow needs a GPU).
Button {
    id: button
    implicitHeight: Math.round(48 * Theme.fontScale) // grows with the system font
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    font.capitalization: Font.MixedCase

    contentItem: Text {
        textFormat: Text.PlainText // text from the portal is never markup
        text: button.text
        font: button.font
        color: Theme.textOnPrimary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: height / 2
        color: !button.enabled ? Qt.lighter(Theme.primary, 1.6)
                               : button.down ? Qt.darker(Theme.primary, 1.15)
                                             : button.hovered ? Qt.lighter(Theme.primary, 1.08) : Theme.primary
        border.width: button.visualFocus ? 3 : 0
        border.color: Theme.primaryContainer
    }
}
