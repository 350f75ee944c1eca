// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// The photos and videos of a card: a series that scrolls sideways, each with "Downloaden"
// under it when the organisation allows it. A tap opens the full-screen viewer.
ListView {
    id: strip
    objectName: "mediaStrip"
    property var media: []
    property int tileSize: 168
    property bool showDownload: true
    signal openMedia(string mediaId, int index)
    signal downloadMedia(string mediaId)

    orientation: ListView.Horizontal
    spacing: Theme.spacingS
    clip: true
    implicitHeight: tileSize + (showDownload && hasDownloadable ? 40 : 0)
    boundsBehavior: Flickable.StopAtBounds
    model: media
    Accessible.role: Accessible.List
    Accessible.name: qsTr("%n photo(s)", "", media.length)
    readonly property bool hasDownloadable: {
        for (let i = 0; i < media.length; ++i)
            if (media[i].downloadable)
                return true
        return false
    }

    // A vertical wheel is for the page: the strip lets it through (a horizontal-only Flickable
    // ignores it), so the timeline scrolls wherever the pointer is. Sideways with a horizontal
    // wheel or a touchpad (the ListView itself), or with Shift and the wheel (here).
    function scrollSideways(delta) {
        const end = strip.originX + strip.contentWidth - strip.width
        strip.contentX = Math.max(strip.originX, Math.min(end, strip.contentX - delta))
    }
    WheelHandler {
        objectName: "stripShiftWheel"
        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
        acceptedModifiers: Qt.ShiftModifier
        orientation: Qt.Vertical
        target: null
        enabled: strip.contentWidth > strip.width
        onWheel: event => strip.scrollSideways(event.angleDelta.y)
    }

    delegate: ColumnLayout {
        id: tile
        required property var modelData
        required property int index
        spacing: 2
        width: strip.tileSize

        ItemDelegate {
            focusPolicy: Qt.StrongFocus // Tab reaches it: an ItemDelegate takes no focus of itself
            id: photoButton
            Layout.preferredWidth: strip.tileSize
            Layout.preferredHeight: strip.tileSize
            padding: 0
            Accessible.name: tile.modelData.video
                             ? qsTr("Play video %1 of %2").arg(tile.index + 1).arg(strip.media.length)
                             : qsTr("Open photo %1 of %2").arg(tile.index + 1).arg(strip.media.length)
                               + (tile.modelData.description ? ": " + tile.modelData.description : "")
            onClicked: strip.openMedia(tile.modelData.id, tile.index)
            background: Rectangle {
                radius: 10
                color: Theme.surfaceVariant
                border.width: photoButton.visualFocus ? 3 : 0
                border.color: Theme.primary
            }
            contentItem: Item {
                ProgressiveImage {
                    anchors.fill: parent
                    anchors.margins: photoButton.visualFocus ? 3 : 0
                    thumb: tile.modelData.thumb
                    medium: tile.modelData.medium
                    layer.enabled: false
                }
                Rectangle {
                    visible: tile.modelData.video
                    anchors.centerIn: parent
                    width: 48
                    height: 48
                    radius: 24
                    color: "#99000000"
                    AppIcon {
                        anchors.centerIn: parent
                        iconName: "play"
                        color: "white"
                        width: 28
                        height: 28
                    }
                }
            }
        }
        TextButton {
            visible: strip.showDownload && strip.hasDownloadable
            enabled: tile.modelData.downloadable && tile.modelData.id.length > 0
            opacity: enabled ? 1 : 0
            Layout.preferredHeight: 44 // a finger's room (the flat button draws no box)
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Download")
            icon.source: "qrc:/icons/download.svg"
            icon.width: 18
            icon.height: 18
            Accessible.name: qsTr("Download photo %1").arg(tile.index + 1)
            onClicked: strip.downloadMedia(tile.modelData.id)
        }
    }
}
