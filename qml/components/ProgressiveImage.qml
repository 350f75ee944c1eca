// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A photo that shows what is there fastest and gets sharper: the thumb (tiny, usually cached),
// then the medium size, then (when `full` is set and wanted) the full size. Every step decodes
// off the UI thread through the media image provider, at no more than the size shown.
Item {
    id: root
    property url thumb
    property url medium
    property url full
    property bool wantFull: false
    property int fillMode: Image.PreserveAspectCrop
    // Pixels to decode at; the item's size times the screen's scale by default.
    property size decodeSize: Qt.size(Math.ceil(width * Screen.devicePixelRatio), Math.ceil(height * Screen.devicePixelRatio))
    readonly property bool loaded: top.status === Image.Ready || middle.status === Image.Ready || base.status === Image.Ready
    readonly property bool failed: base.status === Image.Error && middle.status === Image.Error
    readonly property real paintedWidth: top.status === Image.Ready ? top.paintedWidth : middle.status === Image.Ready ? middle.paintedWidth : base.paintedWidth
    readonly property real paintedHeight: top.status === Image.Ready ? top.paintedHeight : middle.status === Image.Ready ? middle.paintedHeight : base.paintedHeight
    // Only ask for the medium when the thumb is too small for the space.
    readonly property bool needMedium: decodeSize.width > 260 || decodeSize.height > 260

    Rectangle {
        anchors.fill: parent
        color: Theme.surfaceVariant
        visible: !root.loaded
    }
    Image {
        id: base
        anchors.fill: parent
        source: root.thumb
        asynchronous: true
        fillMode: root.fillMode
        sourceSize.width: 240
        sourceSize.height: 240
        smooth: true
        visible: middle.status !== Image.Ready && top.status !== Image.Ready
    }
    Image {
        id: middle
        anchors.fill: parent
        source: root.needMedium && String(root.medium).length > 0 ? root.medium : ""
        asynchronous: true
        fillMode: root.fillMode
        sourceSize.width: Math.min(640, root.decodeSize.width)
        sourceSize.height: Math.min(640, root.decodeSize.height)
        smooth: true
        visible: status === Image.Ready && top.status !== Image.Ready
    }
    Image {
        id: top
        anchors.fill: parent
        source: root.wantFull && String(root.full).length > 0 ? root.full : ""
        asynchronous: true
        fillMode: root.fillMode
        sourceSize.width: root.decodeSize.width
        sourceSize.height: root.decodeSize.height
        smooth: true
        visible: status === Image.Ready
    }
}
