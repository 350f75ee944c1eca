// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Nestje
import Nestje.Core

// The paperclip that marks an item with attachments (drawn: the icon set has none, and
// QtQuick.Shapes is not among the app's modules).
Canvas {
    id: clip
    property color color: Theme.textSecondary
    implicitWidth: 16
    implicitHeight: 16
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Has attachments")
    onColorChanged: requestPaint()
    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        ctx.scale(width / 16, height / 16)
        ctx.strokeStyle = clip.color
        ctx.lineWidth = 1.6
        ctx.lineCap = "round"
        ctx.beginPath()
        ctx.moveTo(10.5, 4.5)
        ctx.lineTo(10.5, 11)
        ctx.arc(8, 11, 2.5, 0, Math.PI, false)
        ctx.lineTo(5.5, 3.5)
        ctx.arc(7, 3.5, 1.5, Math.PI, 0, false)
        ctx.lineTo(8.5, 10.5)
        ctx.arc(8, 10.5, 0.5, 0, Math.PI, false)
        ctx.lineTo(7.5, 5)
        ctx.stroke()
    }
}
