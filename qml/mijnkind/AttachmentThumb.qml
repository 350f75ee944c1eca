// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Nestje

// A photo or video chosen for a diary entry: a square crop of it (never stretched) and a
// remove button big enough for a finger.
Item {
    id: thumb
    property url source
    property int number: 1
    signal remove()

    width: 96
    height: 96

    Rectangle {
        anchors.fill: parent
        radius: 10
        color: Theme.surfaceVariant
    }
    Image {
        id: image
        objectName: "attachmentImage"
        anchors.fill: parent
        // The crop spills outside the square unless clipped (a wide photo looked stretched).
        clip: true
        source: thumb.source
        sourceSize.width: 192
        sourceSize.height: 192
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
    }
    RoundButton {
        objectName: "removeAttachmentButton"
        // 44 px to touch, the visible circle inside it.
        x: parent.width - width + 8
        y: -8
        width: 44
        height: 44
        padding: 0
        topInset: 6
        bottomInset: 6
        leftInset: 6
        rightInset: 6
        icon.source: "qrc:/icons/close.svg"
        icon.width: 18
        icon.height: 18
        icon.color: Theme.text
        // Drawn here: Material's own circle is a shadow effect that software rendering leaves out,
        // and the cross must stand out on any photo.
        background: Rectangle {
            radius: width / 2
            color: Theme.surface
            border.width: 1
            border.color: Theme.outline
        }
        Accessible.name: qsTr("Remove attachment %1").arg(thumb.number)
        onClicked: thumb.remove()
    }
}
