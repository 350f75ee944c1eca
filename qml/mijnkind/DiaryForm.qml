// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtCore
import QtQuick.Layouts
import Nestje
import Nestje.Core

// "Dagboek schrijven": a few words about a day, with photos and videos if you like. It is kept
// on this device at once and sent through the outbox; the timeline shows it as being sent.
Page {
    id: form
    objectName: "diaryForm"
    property string childId
    // What the parent typed and chose, kept on disk while they type (a crash loses nothing).
    readonly property alias files: draft.attachments
    property int dayOffset: 0 // 0 = today, 1 = yesterday, …
    readonly property var children: App.myChild.timeline.children
    readonly property string problem: App.myChild.diary.problem(textArea.text, files, dayOffset)
    property string failure
    signal back()
    signal sent()

    function send() {
        failure = ""
        if (problem.length > 0) {
            failure = problem
            return
        }
        // On disk first; the writer forgets the draft once the entry is stored for sending.
        draft.flush()
        if (App.myChild.diary.write(childId, dayOffset, textArea.text, files))
            sent()
    }
    // The daycare's days (Europe/Amsterdam), whatever the device's zone.
    // A label, so capitalised as the timeline's day headings ("Vrijdag 27 november").
    function dayName(offset) {
        const name = App.myChild.diary.dayName(offset)
        return name.charAt(0).toUpperCase() + name.slice(1)
    }

    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: back()
    Keys.onBackPressed: back() // a phone's back key
    Component.onCompleted: textArea.forceActiveFocus()
    Component.onDestruction: draft.flush()

    Draft {
        id: draft
        session: App.session
        key: App.myChild.diary.draftKey
    }

    Connections {
        target: App.myChild.diary
        function onWriteFailed(reason) { form.failure = reason }
    }

    header: SubPageHeader {
        title: qsTr("Write in the diary")
        onBack: form.back()
    }

    // An organisation without the video module gets no videos (klimop, for one): not in the
    // picker, and not in what the button promises.
    readonly property string addMediaText: App.myChild.diary.videoAllowed ? qsTr("Add photos or videos")
                                                                            : qsTr("Add photos")

    FilePicker {
        id: filePicker
        objectName: "diaryMediaPicker"
        title: form.addMediaText
        multiple: true
        folder: StandardPaths.writableLocation(StandardPaths.PicturesLocation)
        nameFilters: [App.myChild.diary.videoAllowed ? qsTr("Photos and videos (*.jpg *.jpeg *.png *.mp4 *.mov *.webm)")
                                                     : qsTr("Photos (*.jpg *.jpeg *.png)")]
        acceptLabel: qsTr("Add")
        onPicked: urls => draft.attachments = draft.attachments.concat(urls)
        onFailed: reason => form.failure = reason
    }

    // A focused field stays above the on-screen keyboard.
    FocusedFieldInView { flickable: flick }

    Flickable {
        id: flick
        objectName: "diaryFlick"
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

            // The manual's hint: the diary is not for messages to the staff.
            Rectangle {
                Layout.fillWidth: true
                radius: Theme.radius
                color: Theme.primaryContainer
                implicitHeight: hint.implicitHeight + 2 * Theme.spacingL
                ColumnLayout {
                    id: hint
                    anchors.fill: parent
                    anchors.margins: Theme.spacingL
                    spacing: Theme.spacingS
                    Label {
                        textFormat: Text.PlainText // text from the portal is never markup
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.textOnPrimaryContainer
                        font.pixelSize: Theme.fontBody - 1
                        text: qsTr("What you write here goes into the diary and the group's staff can read it. The diary is not meant for messages to the staff: for a question or something they need to know, send a message.")
                    }
                    TextButton {
                        text: qsTr("Go to Messages")
                        leftPadding: 0
                        onClicked: App.currentTab = 1
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: form.width >= 600 ? 2 : 1
                columnSpacing: Theme.spacingL
                rowSpacing: Theme.spacingS
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: form.children.length > 1
                    spacing: Theme.spacingXs
                    Label { textFormat: Text.PlainText; text: qsTr("Child"); color: Theme.textSecondary; font.pixelSize: Theme.fontSmall + 1 }
                    Dropdown {
                        id: childBox
                        objectName: "childBox"
                        Layout.fillWidth: true
                        model: form.children
                        textRole: "firstName"
                        valueRole: "id"
                        Accessible.name: qsTr("Child")
                        Component.onCompleted: currentIndex = Math.max(0, indexOfValue(form.childId))
                        onActivated: form.childId = currentValue
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingXs
                    Label { textFormat: Text.PlainText; text: qsTr("Day"); color: Theme.textSecondary; font.pixelSize: Theme.fontSmall + 1 }
                    Dropdown {
                        id: dayBox
                        objectName: "dayBox"
                        Layout.fillWidth: true
                        model: 14
                        displayText: form.dayName(currentIndex)
                        Accessible.name: qsTr("Day")
                        delegate: ItemDelegate {
                            required property int index
                            width: dayBox.width
                            text: form.dayName(index)
                        }
                        onActivated: form.dayOffset = currentIndex
                    }
                }
            }

            FormArea {
                id: textArea
                objectName: "diaryText"
                Layout.fillWidth: true
                Layout.minimumHeight: 180 + labelRoom + messageRoom
                label: form.children.length === 1 ? qsTr("How was the day of %1?").arg(form.children[0].firstName) : qsTr("Your entry")
                // Near the portal's limit the count shows; past it, it is an error.
                readonly property string count: qsTr("%1 of %2 characters").arg(textArea.length).arg(10000)
                hint: textArea.length > 9000 ? textArea.count : ""
                errorText: textArea.length > 10000 ? textArea.count : ""
                text: draft.text
                // Kept on disk while typing; a remark about an empty form goes once they type.
                onTextChanged: {
                    draft.text = text
                    form.failure = ""
                }
                placeholderText: qsTr("For example: slept badly last night, so a bit tired today. Grandma picks her up.")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Diary text")
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                visible: form.files.length > 0
                Repeater {
                    model: form.files
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

            // Side by side when both fit; on a phone the send button gets a row of its own, so
            // "Versturen" is never squeezed and the form never grows wider than the window.
            GridLayout {
                id: actions
                Layout.fillWidth: true
                readonly property bool sideBySide: addButton.implicitWidth + sendButton.implicitWidth + 2 * columnSpacing <= width
                columns: sideBySide ? 3 : 1
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingS
                QuickAction {
                    id: addButton
                    objectName: "addMediaButton"
                    Layout.maximumWidth: actions.width
                    text: form.addMediaText
                    iconName: "add-photo"
                    onClicked: filePicker.open()
                }
                Item { Layout.fillWidth: true; visible: actions.sideBySide }
                PrimaryButton {
                    id: sendButton
                    objectName: "sendDiaryButton"
                    Layout.fillWidth: !actions.sideBySide
                    text: qsTr("Send")
                    leftPadding: Theme.spacingXl
                    rightPadding: Theme.spacingXl
                    Accessible.name: qsTr("Send diary entry")
                    onClicked: form.send()
                }
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                objectName: "diaryProblem"
                Layout.fillWidth: true
                visible: form.failure.length > 0
                text: form.failure
                color: Theme.error
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
        }
    }
}
