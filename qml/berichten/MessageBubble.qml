// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// One message of a conversation: the parent's own on the right in their colour, the staff's on
// the left, with who wrote it and when, photos as thumbnails (a tap opens them large) and files
// (a tap opens them from this device; fetched once, also offline afterwards); the first message of a day has the day above it. A message on its way says so; a
// refused one shows the portal's reason with retry and discard.
// A long conversation builds a screen of these when it opens, so a bubble is plain items
// (Text, not Label; no layouts), and what most messages lack (the day heading, photos, files,
// the send state) is only built for the messages that have it.
Item {
    id: bubble
    required property int index
    required property string text
    required property string author
    required property bool fromParent
    required property string day
    required property bool dayStart
    required property string time
    required property var photos
    required property var files
    required property bool pending
    required property string sendState
    required property string errorText
    required property var writeId
    // What MessageFiles knows of the files it was asked for (key -> {busy, offline, error}).
    property var fileStates: ({})
    signal openPhoto(string mediaId)
    signal openFile(string messageId, string fileId)
    signal retry(var writeId)
    signal discard(var writeId)

    width: ListView.view ? ListView.view.width : 400
    implicitHeight: card.y + card.height + Theme.spacingS
    Accessible.role: Accessible.ListItem
    Accessible.name: author + ", " + time + ": " + text

    // The day above the first message of a day; only that message builds it.
    Repeater {
        id: dayHeading
        readonly property real headingHeight: count > 0 ? (itemAt(0) as Text).implicitHeight : 0
        model: bubble.dayStart ? 1 : 0
        delegate: Text {
            objectName: "dayHeading"
            width: bubble.width
            horizontalAlignment: Text.AlignHCenter
            topPadding: Theme.spacingS
            bottomPadding: Theme.spacingS
            textFormat: Text.PlainText
            text: bubble.day
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.textSecondary
        }
    }

    Rectangle {
        id: card
        objectName: "bubbleCard"
        readonly property real maxWidth: Math.min(bubble.width * 0.82, 620)
        // What the content would take on one line, the photos and buttons as they are.
        readonly property real naturalWidth: Math.max(authorText.implicitWidth + Theme.spacingS + timeText.implicitWidth,
                                                      messageText.implicitWidth, extras.implicitWidth)
        x: bubble.fromParent ? bubble.width - width - Theme.spacingL : Theme.spacingL
        y: dayHeading.headingHeight
        width: Math.min(maxWidth, Math.max(naturalWidth, 160) + 2 * Theme.spacingM)
        height: content.height + 2 * Theme.spacingM
        radius: Theme.radius
        color: bubble.fromParent ? Theme.parentContainer : Theme.surface
        border.width: bubble.fromParent ? 0 : 1
        border.color: Theme.outline
        opacity: bubble.pending && bubble.sendState === "sending" ? 0.8 : 1

        Column {
            id: content
            x: Theme.spacingM
            y: Theme.spacingM
            width: card.width - 2 * Theme.spacingM
            spacing: Theme.spacingXs
            Item {
                width: content.width
                height: authorText.implicitHeight
                Text {
                    id: authorText
                    objectName: "author"
                    textFormat: Text.PlainText // text from the portal is never markup
                    width: parent.width - timeText.implicitWidth - Theme.spacingS
                    text: bubble.author
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: bubble.fromParent ? Theme.textOnParentContainer : Theme.primary
                }
                Text {
                    id: timeText
                    anchors.right: parent.right
                    textFormat: Text.PlainText
                    text: bubble.time
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
            }
            Text {
                id: messageText
                objectName: "messageText"
                textFormat: Text.PlainText // text from the portal is never markup
                width: content.width
                visible: bubble.text.length > 0
                text: bubble.text
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            // Photos, files and the send state: most messages have none of them. (A Repeater of
            // one, not a Loader: Qt 6.4's Loader refuses a component of a Bound file.)
            Repeater {
                id: extras
                readonly property real implicitWidth: count > 0 ? itemAt(0).implicitWidth : 0
                model: bubble.photos.length > 0 || bubble.files.length > 0 || bubble.pending ? 1 : 0
                delegate: ColumnLayout {
                    width: content.width
                    spacing: Theme.spacingXs
                    Flow {
                        Layout.fillWidth: true
                        visible: bubble.photos.length > 0
                        spacing: Theme.spacingXs
                        Repeater {
                            model: bubble.photos
                            delegate: AbstractButton {
                                id: thumb
                                required property var modelData
                                required property int index
                                width: bubble.photos.length === 1 ? Math.min(240, content.width) : 96
                                height: bubble.photos.length === 1 ? width * 0.75 : 96
                                Accessible.name: modelData.video ? qsTr("Video %1").arg(index + 1) : qsTr("Photo %1").arg(index + 1)
                                onClicked: bubble.openPhoto(thumb.modelData.id)
                                contentItem: Image {
                                    objectName: "photo"
                                    source: thumb.modelData.video ? thumb.modelData.thumbUrl
                                                                  : (bubble.photos.length === 1 ? thumb.modelData.mediumUrl : thumb.modelData.thumbUrl)
                                    fillMode: Image.PreserveAspectCrop
                                    asynchronous: true
                                    sourceSize.width: 480
                                    Rectangle {
                                        anchors.fill: parent
                                        visible: (parent as Image).status !== Image.Ready
                                        color: Theme.surfaceVariant
                                    }
                                    AppIcon {
                                        anchors.centerIn: parent
                                        visible: thumb.modelData.video
                                        iconName: "play"
                                        color: "white"
                                    }
                                }
                            }
                        }
                    }
                    // Files open from this device (fetched once by MessageFiles, then also
                    // offline); why one did not open is said under it.
                    Repeater {
                        model: bubble.files
                        delegate: ColumnLayout {
                            id: fileRow
                            required property var modelData
                            readonly property var fileState: bubble.fileStates[modelData.key]
                            Layout.fillWidth: true
                            spacing: 0
                            AttachmentRow {
                                objectName: "messageFile"
                                fileName: fileRow.modelData.name
                                offline: fileRow.fileState ? fileRow.fileState.offline : fileRow.modelData.offline
                                busy: fileRow.fileState ? fileRow.fileState.busy : false
                                leftPadding: 0
                                rightPadding: 0
                                onClicked: bubble.openFile(fileRow.modelData.messageId, fileRow.modelData.id)
                            }
                            Label {
                                objectName: "fileError"
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: fileRow.fileState ? fileRow.fileState.error : ""
                                wrapMode: Text.WordWrap
                                font.pixelSize: Theme.fontSmall
                                color: Theme.error
                            }
                        }
                    }
                    Label {
                        objectName: "sendState"
                        textFormat: Text.PlainText // the portal's refusal is plain text
                        Layout.fillWidth: true
                        visible: bubble.pending
                        wrapMode: Text.WordWrap
                        text: bubble.sendState === "failed" ? qsTr("Not sent: %1").arg(bubble.errorText)
                                                            : bubble.sendState === "sent" ? qsTr("Sent") : qsTr("Sending…")
                        font.pixelSize: Theme.fontSmall
                        color: bubble.sendState === "failed" ? Theme.error : Theme.textSecondary
                    }
                    RowLayout {
                        visible: bubble.pending && bubble.sendState === "failed"
                        spacing: Theme.spacingS
                        TextButton {
                            objectName: "retryButton"
                            text: qsTr("Try again")
                            onClicked: bubble.retry(bubble.writeId)
                        }
                        TextButton {
                            objectName: "discardButton"
                            text: qsTr("Discard")
                            onClicked: bubble.discard(bubble.writeId)
                        }
                    }
                }
            }
        }
    }
}
