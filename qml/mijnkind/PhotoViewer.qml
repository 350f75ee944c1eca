// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Full screen: swipe (or arrow keys) through the whole series and on into the next cards,
// pinch, double-tap or mouse wheel to zoom, Escape or the cross at the top left to close, and
// "Downloaden" under the photo. Mijn kind opens it on the timeline's photos (open()); Berichten
// on a conversation's (openSeries(), a ConversationPhotoModel: the same roles).
Popup {
    id: viewer
    objectName: "photoViewer"
    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape
    signal downloadMedia(string mediaId)
    // What it steps through: the timeline's photos (which page in as the parent swipes), or a
    // series given to openSeries().
    property var photos: App.myChild.photos
    readonly property bool timelinePhotos: photos === App.myChild.photos
    readonly property var current: photos.count > 0 && list.currentIndex >= 0 ? photos.get(list.currentIndex) : ({})

    function open(mediaId, childId) {
        photos = App.myChild.photos
        photos.childId = childId
        showAt(photos.openAt(mediaId))
    }
    // A whole series of its own (a conversation's photos), at the photo `mediaId`.
    function openSeries(series, mediaId) {
        photos = series
        showAt(series.rowOf(mediaId))
    }
    function showAt(row) {
        visible = true
        list.positionViewAtIndex(Math.max(0, row), ListView.Beginning)
        list.currentIndex = Math.max(0, row)
        list.forceActiveFocus()
    }
    // A message over the viewer ("Opgeslagen in …"); the page's own toast is under it.
    function notify(message, actionText, action) {
        viewerToast.show(message, actionText, action)
    }
    // "Opgeslagen in Afbeeldingen › Nestje › Daan", with the folder to open.
    function notifySaved(path) {
        notify(Folders.savedIn(path), Folders.openFolderText, () => Folders.openFolderOf(path))
    }
    function step(delta) {
        const next = list.currentIndex + delta
        if (next >= 0 && next < list.count)
            list.currentIndex = next
    }

    background: Rectangle { color: "#101010" }
    Overlay.modal: Rectangle { color: "#101010" }

    // The popup's own content item holds these (no ids in a deferred contentItem).
    ListView {
        id: list
        objectName: "viewerList"
        anchors.fill: parent
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: 220
        boundsBehavior: Flickable.StopAtBounds
        model: viewer.photos
        cacheBuffer: width // the neighbours load before the swipe reaches them
        focus: true
        keyNavigationEnabled: false
        // The current slide's zoom (it tells): zoomed in, a drag pans instead of swiping.
        property real currentZoom: 1
        interactive: currentZoom <= 1.01
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Photo viewer")
        onCurrentIndexChanged: {
            if (!viewer.timelinePhotos)
                return // a conversation's are all there
            if (currentIndex >= count - 3)
                App.myChild.photos.loadOlder()
            if (currentIndex <= 2)
                loadNewerSoon.restart() // once the list has settled on its current item
        }
        Timer {
            id: loadNewerSoon
            interval: 0
            onTriggered: App.myChild.photos.loadNewer()
        }
        Keys.onLeftPressed: viewer.step(-1)
        Keys.onRightPressed: viewer.step(1)
        Keys.onEscapePressed: viewer.close()
        Keys.onPressed: event => {
            if (!currentItem)
                return
            if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) {
                currentItem.zoomTo(currentItem.zoom * 1.5); event.accepted = true
            } else if (event.key === Qt.Key_Minus) {
                currentItem.zoomTo(currentItem.zoom / 1.5); event.accepted = true
            } else if (event.key === Qt.Key_0) {
                currentItem.zoomTo(1); event.accepted = true
            }
        }

        delegate: Item {
            id: slide
            required property int index
            required property string mediaId
            required property bool video
            required property string thumb
            required property string medium
            required property string full
            required property string description
            property real zoom: 1
            readonly property bool zoomed: zoom > 1.01
            readonly property bool isCurrent: ListView.isCurrentItem
            width: list.width
            height: list.height
            clip: true
            function zoomTo(value) {
                zoomAt(value, zoomArea.width / 2, zoomArea.height / 2)
            }
            // Zooms keeping the point under the pointer (or between the fingers) where it
            // is: (x, y) in the slide's own coordinates.
            function zoomAt(value, x, y) {
                const next = Math.max(1, Math.min(5, value))
                const ratio = next / zoom
                const contentX = (zoomArea.contentX + x) * ratio - x
                const contentY = (zoomArea.contentY + y) * ratio - y
                zoom = next // contentWidth and contentHeight follow at once
                zoomArea.contentX = Math.max(0, Math.min(zoomArea.contentWidth - zoomArea.width, contentX))
                zoomArea.contentY = Math.max(0, Math.min(zoomArea.contentHeight - zoomArea.height, contentY))
            }
            onIsCurrentChanged: {
                if (isCurrent)
                    list.currentZoom = zoom
                else
                    zoom = 1
            }
            onZoomChanged: if (isCurrent) list.currentZoom = zoom

            Flickable {
                id: zoomArea
                anchors.fill: parent
                visible: !slide.video
                contentWidth: width * slide.zoom
                contentHeight: height * slide.zoom
                interactive: slide.zoomed
                boundsBehavior: Flickable.StopAtBounds
                onWidthChanged: slide.zoom = 1

                ProgressiveImage {
                    id: image
                    objectName: "viewerImage"
                    width: zoomArea.contentWidth
                    height: zoomArea.contentHeight
                    thumb: slide.thumb
                    medium: slide.medium
                    full: slide.full
                    // The full size is worth its bytes only for the photo in view.
                    wantFull: slide.isCurrent
                    fillMode: Image.PreserveAspectFit
                    decodeSize: Qt.size(Math.ceil(zoomArea.width * Screen.devicePixelRatio * (slide.zoomed ? 2 : 1)),
                                        Math.ceil(zoomArea.height * Screen.devicePixelRatio * (slide.zoomed ? 2 : 1)))
                }
                // The handlers sit on the Flickable's content: their points are in content
                // coordinates, so the slide's are those minus contentX/contentY.
                PinchHandler {
                    property real startZoom: 1
                    target: null
                    onActiveChanged: if (active) startZoom = slide.zoom
                    onActiveScaleChanged: slide.zoomAt(startZoom * activeScale,
                                                       centroid.position.x - zoomArea.contentX,
                                                       centroid.position.y - zoomArea.contentY)
                }
                WheelHandler {
                    id: wheelZoom
                    acceptedModifiers: Qt.NoModifier
                    target: null
                    onWheel: event => slide.zoomAt(slide.zoom * (event.angleDelta.y > 0 ? 1.15 : 1 / 1.15),
                                                   wheelZoom.point.position.x - zoomArea.contentX,
                                                   wheelZoom.point.position.y - zoomArea.contentY)
                }
                TapHandler {
                    objectName: "viewerDoubleTap"
                    onDoubleTapped: eventPoint => slide.zoomAt(slide.zoomed ? 1 : 2.5,
                                                               eventPoint.position.x - zoomArea.contentX,
                                                               eventPoint.position.y - zoomArea.contentY)
                }
            }
            // The current slide's clip (a Repeater of one: Qt 6.4's Loader refuses a component
            // of a Bound file, "Cannot instantiate bound component outside its creation context").
            Repeater {
                model: slide.video && slide.isCurrent ? 1 : 0
                delegate: VideoPlayer {
                    anchors.fill: parent
                    mediaId: slide.mediaId
                    poster: slide.medium
                }
            }
            Image {
                anchors.fill: parent
                visible: slide.video && !slide.isCurrent
                source: slide.video ? slide.medium : ""
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                sourceSize.width: 640
                sourceSize.height: 640
            }
        }
    }

    // Top bar: close at the top left (as in the manual), position in the middle.
    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: 64
        gradient: Gradient {
            GradientStop { position: 0; color: "#CC000000" }
            GradientStop { position: 1; color: "#00000000" }
        }
        RoundButton {
            objectName: "closeViewerButton"
            x: Theme.spacingS
            anchors.verticalCenter: parent.verticalCenter
            flat: true
            icon.source: "qrc:/icons/close.svg"
            icon.color: "white"
            icon.width: 26
            icon.height: 26
            Accessible.name: qsTr("Close")
            onClicked: viewer.close()
        }
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            anchors.centerIn: parent
            color: "white"
            font.pixelSize: Theme.fontBody
            text: viewer.current.dayLabel ? viewer.current.dayLabel.charAt(0).toUpperCase() + viewer.current.dayLabel.slice(1) : ""
        }
    }

    // Previous and next for mouse users.
    RoundButton {
        visible: list.currentIndex > 0 && viewer.width >= 600
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingL
        anchors.verticalCenter: parent.verticalCenter
        icon.source: "qrc:/icons/chevron-left.svg"
        icon.color: "white"
        Material.background: "#66000000"
        Accessible.name: qsTr("Previous photo")
        onClicked: viewer.step(-1)
    }
    RoundButton {
        visible: list.currentIndex < list.count - 1 && viewer.width >= 600
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacingL
        anchors.verticalCenter: parent.verticalCenter
        icon.source: "qrc:/icons/chevron-right.svg"
        icon.color: "white"
        Material.background: "#66000000"
        Accessible.name: qsTr("Next photo")
        onClicked: viewer.step(1)
    }

    // Bottom bar: description and Downloaden.
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: bottomColumn.implicitHeight + 2 * Theme.spacingL
        gradient: Gradient {
            GradientStop { position: 0; color: "#00000000" }
            GradientStop { position: 0.35; color: "#CC000000" }
        }
        ColumnLayout {
            id: bottomColumn
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.spacingL
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width - 2 * Theme.spacingL, 720)
            spacing: Theme.spacingS
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: text.length > 0
                text: viewer.current.description || ""
                color: "white"
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.fontBody
            }
            Button {
                objectName: "viewerDownloadButton"
                Layout.alignment: Qt.AlignHCenter
                visible: viewer.current.downloadable === true
                text: qsTr("Download")
                icon.source: "qrc:/icons/download.svg"
                icon.color: "white"
                flat: true
                font.capitalization: Font.MixedCase
                font.pixelSize: Theme.fontBody
                Material.foreground: "white"
                Accessible.name: qsTr("Download this photo")
                onClicked: viewer.downloadMedia(viewer.current.mediaId)
            }
        }
    }
    Toast {
        id: viewerToast
        objectName: "viewerToast"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 96 // above "Downloaden"
    }
}
