// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A secondary action: brand-coloured text, no background, normal capitalisation.
Button {
    flat: true
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    font.capitalization: Font.MixedCase
    icon.color: Theme.primary
    Material.foreground: Theme.primary
}
