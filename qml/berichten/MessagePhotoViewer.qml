// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// The photos of a message, full screen, one at a time (left and right, Escape closes). Not
// Mijn kind's viewer: that one steps through the timeline's photos from the media cache, which
// does not hold a conversation's photos; these load from their signed links.
Popup {
    id: viewer
    objectName: "messagePhotoViewer"
    property var photos: []
    property int current: 0
    readonly property var photo: photos.length > current ? photos[current] : null

    function show(list, index) {
        photos = list
        current = index
        open()
        forceActiveFocus()
    }

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: 0
    background: Rectangle { color: "#000000" }

    // The popup's own content item holds this (no ids in a deferred contentItem).
    Item {
        anchors.fill: parent
        focus: true
        Keys.onLeftPressed: if (viewer.current > 0) viewer.current--
        Keys.onRightPressed: if (viewer.current < viewer.photos.length - 1) viewer.current++
        Image {
            id: image
            anchors.fill: parent
            anchors.margins: Theme.spacingL
            source: viewer.photo ? (viewer.photo.video ? viewer.photo.mediumUrl : viewer.photo.fullUrl) : ""
            fillMode: Image.PreserveAspectFit
            asynchronous: true
        }
        BusyIndicator {
            anchors.centerIn: parent
            running: image.status === Image.Loading
        }
        Label {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            visible: image.status === Image.Error
            text: qsTr("This photo cannot be shown right now.")
            color: "#FFFFFF"
        }
        RowLayout {
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: Theme.spacingS
            ToolButton {
                objectName: "closeViewer"
                icon.source: "qrc:/icons/close.svg"
                icon.color: "#FFFFFF"
                Accessible.name: qsTr("Close")
                onClicked: viewer.close()
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: viewer.photos.length > 1 ? qsTr("%1 of %2").arg(viewer.current + 1).arg(viewer.photos.length) : ""
                color: "#FFFFFF"
            }
            ToolButton {
                visible: viewer.photo !== null && viewer.photo.video === true
                icon.source: "qrc:/icons/play.svg"
                icon.color: "#FFFFFF"
                Accessible.name: qsTr("Play video")
                onClicked: Qt.openUrlExternally(viewer.photo.fullUrl)
            }
        }
        ToolButton {
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            visible: viewer.current > 0
            icon.source: "qrc:/icons/chevron-left.svg"
            icon.color: "#FFFFFF"
            Accessible.name: qsTr("Previous photo")
            onClicked: viewer.current--
        }
        ToolButton {
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            visible: viewer.current < viewer.photos.length - 1
            icon.source: "qrc:/icons/chevron-right.svg"
            icon.color: "#FFFFFF"
            Accessible.name: qsTr("Next photo")
            onClicked: viewer.current++
        }
    }
}
