// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCore
import Nestje
import Nestje.Core

// "Bericht schrijven": choose the child (when there are several), the group (only when the
// child is in more than one), a subject and the text, optionally photos. The manual's notice
// that a sent message cannot be changed or removed shows before sending. What is typed is kept
// as a draft; the message is stored on this device at once and sent through the outbox.
Page {
    id: form
    objectName: "newMessagePage"
    property MessageWriter writer
    // The family's children [{id, firstName}].
    property var kids: []
    property string childId: kids.length > 0 ? kids[0].id : ""
    property string groupId
    property string failure
    readonly property var groups: groupsQuestion.state === PortalQuestion.Answered ? groupsQuestion.answer : []
    signal back()
    signal sent()

    function send() {
        failure = writer.problem(true, subjectDraft.text, textDraft.text, textDraft.attachments)
        if (failure.length === 0 && childId.length === 0)
            failure = qsTr("Choose the child this message is about.")
        if (failure.length === 0 && groups.length > 1 && groupId.length === 0)
            failure = qsTr("Choose the group this message is for.")
        if (failure.length > 0)
            return
        subjectDraft.flush()
        textDraft.flush()
        if (writer.start(childId, groups.length > 1 ? groupId : "", subjectDraft.text, textDraft.text, textDraft.attachments)) {
            subjectDraft.clear()
            textDraft.clear()
            sent()
        }
    }

    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: back()
    Keys.onBackPressed: back() // a phone's back key
    Component.onCompleted: subjectField.forceActiveFocus()
    Component.onDestruction: { subjectDraft.flush(); textDraft.flush() }
    onChildIdChanged: {
        groupId = ""
        if (childId.length > 0)
            groupsQuestion.ask(childId)
    }

    ChildGroupsQuestion {
        id: groupsQuestion
        session: App.session
        Component.onCompleted: if (form.childId.length > 0) ask(form.childId)
    }
    Draft { id: subjectDraft; session: App.session; key: "message/new/subject" }
    Draft { id: textDraft; session: App.session; key: "message/new/text" }
    Connections {
        target: form.writer
        function onWriteFailed(reason) { form.failure = reason }
    }

    header: SubPageHeader {
        title: qsTr("Write a message")
        onBack: form.back()
    }

    FilePicker {
        id: picker
        objectName: "newMessagePhotoPicker"
        title: qsTr("Add photos")
        multiple: true
        folder: StandardPaths.writableLocation(StandardPaths.PicturesLocation)
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png)")]
        acceptLabel: qsTr("Add")
        onPicked: urls => textDraft.attachments = textDraft.attachments.concat(urls)
        onFailed: reason => form.failure = reason
    }

    FocusedFieldInView { flickable: flick }
    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingXl
        clip: true
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: column
            x: Math.max(Theme.spacingL, (flick.width - 720) / 2)
            y: Theme.spacingL
            width: Math.min(flick.width - 2 * Theme.spacingL, 720)
            spacing: Theme.spacingL

            GridLayout {
                Layout.fillWidth: true
                columns: form.width >= 600 ? 2 : 1
                columnSpacing: Theme.spacingL
                rowSpacing: Theme.spacingS
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: form.kids.length > 1
                    spacing: Theme.spacingXs
                    Label { textFormat: Text.PlainText; text: qsTr("About"); color: Theme.textSecondary; font.pixelSize: Theme.fontSmall + 1 }
                    Dropdown {
                        objectName: "childBox"
                        Layout.fillWidth: true
                        model: form.kids
                        textRole: "firstName"
                        valueRole: "id"
                        Accessible.name: qsTr("Child")
                        Component.onCompleted: currentIndex = Math.max(0, indexOfValue(form.childId))
                        onActivated: form.childId = currentValue
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    // Only when the child is in more than one group (the portal asks for it then).
                    visible: form.groups.length > 1
                    spacing: Theme.spacingXs
                    Label { textFormat: Text.PlainText; text: qsTr("Group"); color: Theme.textSecondary; font.pixelSize: Theme.fontSmall + 1 }
                    Dropdown {
                        id: groupBox
                        objectName: "groupBox"
                        Layout.fillWidth: true
                        model: form.groups
                        textRole: "name"
                        valueRole: "id"
                        currentIndex: -1
                        displayText: currentIndex < 0 ? qsTr("Choose a group") : currentText
                        Accessible.name: qsTr("Group")
                        onActivated: form.groupId = currentValue
                    }
                }
            }
            FormField {
                id: subjectField
                objectName: "subjectField"
                Layout.fillWidth: true
                label: qsTr("Subject")
                text: subjectDraft.text
                onTextChanged: { subjectDraft.text = text; form.failure = "" }
                maximumLength: 200
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("For example: Picking up early on Friday")
                KeyNavigation.tab: textArea
            }
            FormArea {
                id: textArea
                objectName: "messageText"
                Layout.fillWidth: true
                Layout.minimumHeight: 160 + labelRoom
                label: qsTr("Message")
                text: textDraft.text
                onTextChanged: { textDraft.text = text; form.failure = "" }
                font.pixelSize: Theme.fontBody
                Keys.onPressed: event => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                        form.send()
                        event.accepted = true
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                visible: textDraft.attachments.length > 0
                Repeater {
                    model: textDraft.attachments
                    AttachmentThumb {
                        required property var modelData
                        required property int index
                        source: modelData
                        number: index + 1
                        onRemove: {
                            const copy = textDraft.attachments.slice()
                            copy.splice(index, 1)
                            textDraft.attachments = copy
                        }
                    }
                }
            }
            // Manual 001: a sent message cannot be changed or removed.
            Rectangle {
                objectName: "finalNotice"
                Layout.fillWidth: true
                radius: Theme.radius
                color: Theme.primaryContainer
                implicitHeight: notice.implicitHeight + 2 * Theme.spacingM
                Label {
                    id: notice
                    textFormat: Text.PlainText
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    wrapMode: Text.WordWrap
                    color: Theme.textOnPrimaryContainer
                    font.pixelSize: Theme.fontBody - 1
                    text: qsTr("Once sent, a message cannot be changed or removed.")
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM
                QuickAction {
                    objectName: "addPhotosButton"
                    text: qsTr("Add photos")
                    iconName: "add-photo"
                    onClicked: picker.open()
                }
                Item { Layout.fillWidth: true }
                PrimaryButton {
                    objectName: "sendMessageButton"
                    text: qsTr("Send")
                    leftPadding: Theme.spacingXl
                    rightPadding: Theme.spacingXl
                    Accessible.name: qsTr("Send message")
                    onClicked: form.send()
                }
            }
            Label {
                objectName: "newMessageProblem"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: form.failure.length > 0
                text: form.failure
                wrapMode: Text.WordWrap
                color: Theme.error
            }
        }
    }
}
