// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Nestje
import Nestje.Core

// A member of staff's photo (from this device's copy), or their initials until it is there.
Rectangle {
    id: avatar
    property string initials
    property string source
    implicitWidth: 56
    implicitHeight: 56
    radius: width / 2
    color: Theme.primaryContainer
    clip: true
    Label {
        anchors.centerIn: parent
        visible: photo.status !== Image.Ready
        textFormat: Text.PlainText
        text: avatar.initials
        color: Theme.textOnPrimaryContainer
        font.pixelSize: Math.round(avatar.height * 0.36)
        font.weight: Font.Bold
    }
    Image {
        id: photo
        anchors.fill: parent
        source: avatar.source
        fillMode: Image.PreserveAspectCrop
        sourceSize.width: width * 2
        sourceSize.height: height * 2
        asynchronous: true
    }
}
