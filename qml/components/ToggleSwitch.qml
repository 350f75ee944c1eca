// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// The app's on/off switch: the style's Switch with an indicator that draws itself. Material
// draws its handle only through a shadow layer (ElevationEffect), which the software renderer
// (offscreen, Xvfb, desktops and phones without a usable GPU) cannot run: there every switch
// showed a bare track, on and off alike. Here the handle has its own edge and no shadow, in the
// Theme's colours: off, a ring in controlOutline on a track in controlOutline (3:1 on every
// card, WCAG 1.4.11); on, a filled handle in primary on a half-tone track.
Switch {
    id: control

    indicator: Item {
        objectName: "switchIndicator"
        implicitWidth: 40
        implicitHeight: 32
        x: control.text.length > 0
           ? (control.mirrored ? control.width - width - control.rightPadding : control.leftPadding)
           : control.leftPadding + (control.availableWidth - width) / 2
        y: control.topPadding + (control.availableHeight - height) / 2
        opacity: control.enabled ? 1 : 0.45

        Rectangle {
            objectName: "switchTrack"
            width: parent.width
            height: 14
            radius: height / 2
            y: (parent.height - height) / 2
            color: control.checked ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.45)
                                   : Theme.controlOutline
        }

        Rectangle {
            objectName: "switchHandle"
            width: 22
            height: 22
            radius: width / 2
            y: (parent.height - height) / 2
            x: Math.max(0, Math.min(parent.width - width, control.visualPosition * parent.width - width / 2))
            color: control.checked ? Theme.primary : Theme.surface
            border.width: control.checked ? 0 : 2
            border.color: Theme.controlOutline

            // The keyboard focus ring around the handle.
            Rectangle {
                visible: control.visualFocus
                anchors.centerIn: parent
                width: parent.width + 10
                height: width
                radius: width / 2
                color: "transparent"
                border.width: 2
                border.color: Theme.primary
            }

            Behavior on x {
                enabled: !control.pressed && Theme.animationsEnabled
                NumberAnimation { duration: Theme.durationShort }
            }
        }
    }
}
