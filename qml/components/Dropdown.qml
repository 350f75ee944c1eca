// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Nestje

// The app's dropdown: the style's ComboBox with a box, an arrow and an open list that draw
// themselves. Material draws the closed box and the open list only through a shadow layer
// (ElevationEffect), which the software renderer (offscreen, Xvfb, desktops and phones without a
// usable GPU) cannot run: there a dropdown was a bare word on the card, with nothing to say it
// can be opened, and its open list lay over the form without a background. Here the box is a
// FieldBoundary (its edge 3:1 on the card, like a text field's) and the arrow is the app's own
// chevron in the text colour.
ComboBox {
    id: control

    topInset: 0
    bottomInset: 0
    hoverEnabled: true

    indicator: AppIcon {
        objectName: "dropdownArrow"
        iconName: "chevron-right"
        rotation: control.popup.visible ? 270 : 90
        width: 24
        height: 24
        x: control.mirrored ? control.padding + Theme.spacingS
                            : control.width - width - control.padding - Theme.spacingS
        y: control.topPadding + (control.availableHeight - height) / 2
        color: Theme.textSecondary
    }
    rightPadding: control.mirrored ? padding : indicator.width + Theme.spacingM
    leftPadding: control.mirrored ? indicator.width + Theme.spacingM : padding

    // What is chosen, in as many lines as it needs: Material's one-line field cut it under the
    // arrow at a large font ("Niet over een bepaald kinc" at 150 % on a phone). The app's
    // dropdowns are not editable.
    contentItem: Label {
        leftPadding: control.mirrored ? 0 : Theme.spacingM
        rightPadding: control.mirrored ? Theme.spacingM : 0
        topPadding: Theme.spacingS
        bottomPadding: Theme.spacingS
        textFormat: Text.PlainText // a child's or group's name from the portal is never markup
        text: control.displayText
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        font: control.font
        color: Theme.text
    }

    background: FieldBoundary {
        focused: control.visualFocus || control.popup.visible
        hovered: control.hovered
        color: control.down ? Theme.surfaceVariant : Theme.surface
    }

    // The open list: an opaque card with an edge.
    popup.background: Rectangle {
        objectName: "dropdownBackground"
        color: Theme.surface
        radius: 8
        border.width: 1
        border.color: Theme.outline
    }
}
