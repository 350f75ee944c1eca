// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// "Alles bewaren": every photo, video and diary entry of the children into a folder, with the
// run's progress (files, bytes, time left), pause, resume and stop. The run belongs to the
// account, not to this page: closing the page does not stop it, and opening it again shows it.
Page {
    id: archivePage
    objectName: "archivePage"
    // A child's id to archive only that child ("" for all children).
    property string childId
    property string childName
    signal back()

    function startSaving() {
        archive.start(childId)
    }

    readonly property bool wide: width >= Theme.wideBreakpoint

    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: back()
    Keys.onBackPressed: back() // a phone's back key

    ArchiveController {
        id: archive
        session: App.session
        onFinished: (ok, summary) => toast.show(summary)
    }

    FilePicker {
        id: folderPicker
        objectName: "archiveFolderPicker"
        title: qsTr("Choose the archive folder")
        folder: archive.folderUrl()
        onPicked: urls => { if (urls.length > 0) archive.setFolderUrl(urls[0]) }
        onFailed: reason => toast.show(reason)
    }

    header: SubPageHeader {
        title: qsTr("Save everything")
        subtitle: archivePage.childName.length > 0 ? archivePage.childName : App.session.organisation
        onBack: archivePage.back()
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            id: column
            width: Math.min(archivePage.width - 2 * Theme.spacingXl, 720)
            x: (archivePage.width - width) / 2
            spacing: Theme.spacingL

            Item { Layout.preferredHeight: Theme.spacingS }

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                text: qsTr("Nestje saves every photo and video in full size with its date and description, the diary with the day rhythm, the messages with their attachments, the news, the newsletters and the documents, and a page to browse it all offline. Files already saved are not downloaded again.")
            }

            // Care ends or has ended: the portal keeps the data for eight weeks after the end.
            Rectangle {
                objectName: "endedNotice"
                visible: archive.careNotices.length > 0
                Layout.fillWidth: true
                implicitHeight: endedLabel.implicitHeight + 2 * Theme.spacingM
                radius: Theme.radius
                color: Theme.parentContainer
                Label {
                    id: endedLabel
                    textFormat: Text.PlainText
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    wrapMode: Text.Wrap
                    color: Theme.textOnParentContainer
                    font.pixelSize: Theme.fontBody
                    text: { let lines = ""; for (const notice of archive.careNotices) lines += (lines.length > 0 ? "\n" : "") + notice; return lines }
                }
            }

            // Where it goes.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: folderRow.implicitHeight + 2 * Theme.spacingM
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.outline
                RowLayout {
                    id: folderRow
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    spacing: Theme.spacingM
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            textFormat: Text.PlainText
                            text: qsTr("Folder")
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSmall
                        }
                        Label {
                            objectName: "archiveFolder"
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: archive.folder
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            elide: Text.ElideMiddle
                        }
                    }
                    TextButton {
                        text: qsTr("Change")
                        enabled: !archive.active
                        onClicked: folderPicker.open()
                    }
                }
            }

            // The run.
            Rectangle {
                objectName: "archiveProgress"
                visible: archive.state !== "idle"
                Layout.fillWidth: true
                implicitHeight: progressColumn.implicitHeight + 2 * Theme.spacingL
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.outline
                ColumnLayout {
                    id: progressColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacingL
                    spacing: Theme.spacingS
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        font.pixelSize: Theme.fontBody + 1
                        font.weight: Font.DemiBold
                        color: Theme.text
                        text: archive.state === "running" ? qsTr("Saving…")
                            : archive.state === "paused" ? qsTr("Paused")
                            : archive.state === "finished" ? qsTr("Everything is saved")
                            : archive.state === "incomplete" ? qsTr("Almost everything is saved")
                            : archive.state === "cancelled" ? qsTr("Stopped")
                            : qsTr("Could not save")
                    }
                    ProgressBar {
                        objectName: "archiveProgressBar"
                        Layout.fillWidth: true
                        from: 0
                        to: 1
                        value: archive.progress
                        Accessible.name: qsTr("Progress")
                    }
                    Label {
                        objectName: "archiveProgressText"
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSmall + 1
                        text: archive.progressText
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: text.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: archive.state === "failed" ? Theme.error : Theme.text
                        font.pixelSize: Theme.fontBody
                        text: archive.summary
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS
                        TextButton {
                            objectName: "archivePause"
                            visible: archive.state === "running"
                            text: qsTr("Pause")
                            onClicked: archive.pause()
                        }
                        TextButton {
                            objectName: "archiveResume"
                            visible: archive.state === "paused"
                            text: qsTr("Resume")
                            onClicked: archive.resume()
                        }
                        TextButton {
                            objectName: "archiveCancel"
                            visible: archive.active
                            text: qsTr("Stop")
                            onClicked: archive.cancel()
                        }
                        TextButton {
                            visible: !archive.active
                            text: qsTr("Open folder")
                            onClicked: Qt.openUrlExternally(archive.folderUrl())
                        }
                    }
                }
            }

            PrimaryButton {
                objectName: "archiveStart"
                visible: !archive.active
                Layout.fillWidth: !archivePage.wide
                text: archivePage.childName.length > 0 ? qsTr("Save everything of %1").arg(archivePage.childName)
                                                       : qsTr("Save everything")
                onClicked: archivePage.startSaving()
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Save automatically")
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("Keeps the archive up to date after every update.")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSmall
                    }
                }
                ToggleSwitch {
                    objectName: "archiveAuto"
                    checked: archive.autoArchive
                    onToggled: archive.autoArchive = checked
                    Accessible.name: qsTr("Save automatically")
                }
            }
            Item { Layout.preferredHeight: Theme.spacingXl }
        }
    }

    Toast {
        id: toast
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingXl
    }
}
