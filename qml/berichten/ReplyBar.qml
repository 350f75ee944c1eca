// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCore
import Nestje
import Nestje.Core

// The reply at the bottom of a conversation: the text (kept as a draft per conversation, so it
// survives switching conversations and restarting), photos, and the send button, the accent
// circle with the triangle. Ctrl+Enter sends.
Rectangle {
    id: bar
    property string threadId
    property MessageWriter writer
    property Session session: App.session
    property string failure
    readonly property alias text: field.text
    readonly property alias files: draft.attachments
    signal sent()

    function send() {
        failure = writer.problem(false, "", field.text, draft.attachments)
        if (failure.length > 0)
            return
        draft.flush()
        if (writer.reply(threadId, field.text, draft.attachments)) {
            draft.clear()
            sent()
        }
    }
    function focusText() { field.forceActiveFocus() }

    implicitHeight: column.implicitHeight + 2 * Theme.spacingS
    color: Theme.surface
    Rectangle { width: parent.width; height: 1; color: Theme.outline }

    Draft {
        id: draft
        session: bar.session
        key: bar.threadId.length > 0 ? "message/reply/" + bar.threadId : ""
    }
    FilePicker {
        id: picker
        objectName: "replyPhotoPicker"
        title: qsTr("Add photos")
        multiple: true
        folder: StandardPaths.writableLocation(StandardPaths.PicturesLocation)
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png)")]
        acceptLabel: qsTr("Add")
        onPicked: urls => draft.attachments = draft.attachments.concat(urls)
        onFailed: reason => bar.failure = reason
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        spacing: Theme.spacingXs
        Flow {
            Layout.fillWidth: true
            visible: draft.attachments.length > 0
            spacing: Theme.spacingXs
            Repeater {
                model: draft.attachments
                AttachmentThumb {
                    required property var modelData
                    required property int index
                    source: modelData
                    number: index + 1
                    onRemove: {
                        const copy = draft.attachments.slice()
                        copy.splice(index, 1)
                        draft.attachments = copy
                    }
                }
            }
        }
        Label {
            objectName: "replyProblem"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: bar.failure.length > 0
            text: bar.failure
            wrapMode: Text.WordWrap
            color: Theme.error
            font.pixelSize: Theme.fontSmall
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ToolButton {
                objectName: "replyAddPhoto"
                icon.source: "qrc:/icons/add-photo.svg"
                icon.color: Theme.textSecondary
                Accessible.name: qsTr("Add photos")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Add photos")
                onClicked: picker.open()
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.maximumHeight: 160
                FormArea {
                    id: field
                    objectName: "replyText"
                    text: draft.text
                    onTextChanged: {
                        draft.text = text
                        bar.failure = ""
                    }
                    placeholderText: qsTr("Write a reply…")
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Reply")
                    Keys.onPressed: event => {
                        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                            bar.send()
                            event.accepted = true
                        }
                    }
                }
            }
            // The manuals' orange circle with the triangle, in the app's accent colour.
            RoundButton {
                id: sendButton
                objectName: "sendReplyButton"
                implicitWidth: 48
                implicitHeight: 48
                enabled: field.text.trim().length > 0
                Accessible.name: qsTr("Send")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Send (Ctrl+Enter)")
                onClicked: bar.send()
                contentItem: AppIcon {
                    iconName: "send"
                    color: Theme.textOnPrimary
                }
                background: Rectangle {
                    radius: width / 2
                    color: sendButton.enabled ? (sendButton.down ? Qt.darker(Theme.primary, 1.15) : Theme.primary)
                                              : Qt.lighter(Theme.primary, 1.6)
                }
            }
        }
    }
}
