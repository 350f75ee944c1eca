// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// A message's photos, files and send state, under its text: MessageBubble creates it only for
// a message that has any of them (most have none), so opening a long conversation builds none.
ColumnLayout {
    id: extras
    // The bubble it belongs to (MessageBubble creates it with itself).
    required property MessageBubble bubble
    width: parent ? parent.width : 0
    spacing: Theme.spacingXs
    Flow {
        Layout.fillWidth: true
        visible: extras.bubble.photos.length > 0
        spacing: Theme.spacingXs
        Repeater {
            model: extras.bubble.photos
            delegate: AbstractButton {
                id: thumb
                required property var modelData
                required property int index
                width: extras.bubble.photos.length === 1 ? Math.min(240, extras.width) : 96
                height: extras.bubble.photos.length === 1 ? width * 0.75 : 96
                Accessible.name: modelData.video ? qsTranslate("MessageBubble", "Video %1").arg(index + 1) : qsTranslate("MessageBubble", "Photo %1").arg(index + 1)
                onClicked: extras.bubble.openPhoto(thumb.modelData.id)
                contentItem: Image {
                    objectName: "photo"
                    source: thumb.modelData.video ? thumb.modelData.thumbUrl
                                                  : (extras.bubble.photos.length === 1 ? thumb.modelData.mediumUrl : thumb.modelData.thumbUrl)
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
        model: extras.bubble.files
        delegate: ColumnLayout {
            id: fileRow
            required property var modelData
            readonly property var fileState: extras.bubble.fileStates[modelData.key]
            Layout.fillWidth: true
            spacing: 0
            AttachmentRow {
                objectName: "messageFile"
                fileName: fileRow.modelData.name
                offline: fileRow.fileState ? fileRow.fileState.offline : fileRow.modelData.offline
                busy: fileRow.fileState ? fileRow.fileState.busy : false
                leftPadding: 0
                rightPadding: 0
                onClicked: extras.bubble.openFile(fileRow.modelData.messageId, fileRow.modelData.id)
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
        visible: extras.bubble.pending
        wrapMode: Text.WordWrap
        text: extras.bubble.sendState === "failed" ? qsTranslate("MessageBubble", "Not sent: %1").arg(extras.bubble.errorText)
                                            : extras.bubble.sendState === "sent" ? qsTranslate("MessageBubble", "Sent") : qsTranslate("MessageBubble", "Sending…")
        font.pixelSize: Theme.fontSmall
        color: extras.bubble.sendState === "failed" ? Theme.error : Theme.textSecondary
    }
    RowLayout {
        visible: extras.bubble.pending && extras.bubble.sendState === "failed"
        spacing: Theme.spacingS
        TextButton {
            objectName: "retryButton"
            text: qsTranslate("MessageBubble", "Try again")
            onClicked: extras.bubble.retry(extras.bubble.writeId)
        }
        TextButton {
            objectName: "discardButton"
            text: qsTranslate("MessageBubble", "Discard")
            onClicked: extras.bubble.discard(extras.bubble.writeId)
        }
    }
}
