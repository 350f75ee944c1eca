// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// One message of a conversation: the parent's own on the right in their colour, the staff's on
// the left, with who wrote it and when, photos as thumbnails (a tap opens them large) and files
// to open. A message on its way says so; a refused one shows the portal's reason with retry
// and discard.
Item {
    id: bubble
    required property int index
    required property string text
    required property string author
    required property bool fromParent
    required property string time
    required property var photos
    required property var files
    required property bool pending
    required property string sendState
    required property string errorText
    required property var writeId
    signal openPhoto(var photos, int index)
    signal retry(var writeId)
    signal discard(var writeId)

    width: ListView.view ? ListView.view.width : 400
    implicitHeight: card.implicitHeight + Theme.spacingS
    Accessible.role: Accessible.ListItem
    Accessible.name: author + ", " + time + ": " + text

    Rectangle {
        id: card
        readonly property real maxWidth: Math.min(bubble.width * 0.82, 620)
        anchors.right: bubble.fromParent ? parent.right : undefined
        anchors.left: bubble.fromParent ? undefined : parent.left
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        width: Math.min(maxWidth, Math.max(column.implicitWidth, 160) + 2 * Theme.spacingM)
        implicitHeight: column.implicitHeight + 2 * Theme.spacingM
        radius: Theme.radius
        color: bubble.fromParent ? Theme.parentContainer : Theme.surface
        border.width: bubble.fromParent ? 0 : 1
        border.color: Theme.outline
        opacity: bubble.pending && bubble.sendState === "sending" ? 0.8 : 1

        ColumnLayout {
            id: column
            x: Theme.spacingM
            y: Theme.spacingM
            width: card.width - 2 * Theme.spacingM
            spacing: Theme.spacingXs
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Label {
                    objectName: "author"
                    textFormat: Text.PlainText // text from the portal is never markup
                    Layout.fillWidth: true
                    text: bubble.author
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: bubble.fromParent ? Theme.textOnParentContainer : Theme.primary
                }
                Label {
                    textFormat: Text.PlainText
                    text: bubble.time
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
            }
            Label {
                objectName: "messageText"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                Layout.maximumWidth: card.maxWidth - 2 * Theme.spacingM
                visible: bubble.text.length > 0
                text: bubble.text
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
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
                        width: bubble.photos.length === 1 ? Math.min(240, column.width) : 96
                        height: bubble.photos.length === 1 ? width * 0.75 : 96
                        Accessible.name: modelData.video ? qsTr("Video %1").arg(index + 1) : qsTr("Photo %1").arg(index + 1)
                        onClicked: bubble.openPhoto(bubble.photos, index)
                        contentItem: Image {
                            objectName: "photo"
                            source: thumb.modelData.video ? thumb.modelData.thumbUrl
                                                          : (bubble.photos.length === 1 ? thumb.modelData.mediumUrl : thumb.modelData.thumbUrl)
                            fillMode: Image.PreserveAspectCrop
                            asynchronous: true
                            sourceSize.width: 480
                            Rectangle {
                                anchors.fill: parent
                                visible: parent.status !== Image.Ready
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
            Repeater {
                model: bubble.files
                delegate: TextButton {
                    required property var modelData
                    text: modelData.name.length > 0 ? modelData.name : qsTr("Attachment")
                    icon.source: "qrc:/icons/download.svg"
                    leftPadding: 0
                    onClicked: Qt.openUrlExternally(modelData.url)
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
