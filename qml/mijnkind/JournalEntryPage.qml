// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtCore
import QtQuick.Layouts
import Nestje
import Nestje.Core

// A whole diary entry: the day rhythm, the text and every photo, with "Dagboek downloaden"
// for the child's whole diary as a PDF book.
Page {
    id: entryPage
    objectName: "journalEntryPage"
    property var entry: ({})
    signal back()
    signal openMedia(string mediaId)
    signal downloadMedia(string mediaId)
    // Something to tell the parent (a dialog that cannot open); the tab shows it as a toast.
    signal problem(string text)
    readonly property string childId: entry.childIds && entry.childIds.length > 0 ? entry.childIds[0] : ""

    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: back()
    Keys.onBackPressed: back() // a phone's back key
    Component.onCompleted: forceActiveFocus()

    header: SubPageHeader {
        title: entryPage.entry.dayLabel ? entryPage.entry.dayLabel.charAt(0).toUpperCase() + entryPage.entry.dayLabel.slice(1) : ""
        subtitle: entryPage.entry.childNames || ""
        onBack: entryPage.back()
        QuickAction {
            objectName: "downloadDiaryButton"
            visible: entryPage.childId.length > 0 && !entryPage.entry.pending
            text: App.myChild.book.busy ? qsTr("Making the PDF…") : qsTr("Download diary")
            iconName: "book"
            iconOnly: entryPage.width < 600
            enabled: !App.myChild.book.busy
            onClicked: savePicker.open()
        }
    }

    FilePicker {
        id: savePicker
        objectName: "diarySavePicker"
        title: qsTr("Save the diary as PDF")
        save: true
        folder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        suggestedName: App.myChild.book.suggestedFileName(entryPage.childId)
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        defaultSuffix: "pdf"
        acceptLabel: qsTr("Save")
        onPicked: urls => App.myChild.book.save(entryPage.childId, urls[0])
        onFailed: reason => entryPage.problem(reason)
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingXl
        clip: true
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: column
            x: Math.max(Theme.spacingL, (flick.width - Theme.contentMaxWidth) / 2 + Theme.spacingL)
            y: Theme.spacingL
            width: Math.min(flick.width - 2 * Theme.spacingL, Theme.contentMaxWidth - 2 * Theme.spacingL)
            spacing: Theme.spacingL
            TimelineCard {
                Layout.fillWidth: true
                compact: false
                cardType: entryPage.entry.type || "journal"
                childNames: entryPage.entry.childNames || ""
                writtenBy: entryPage.entry.writtenBy || ""
                byParent: entryPage.entry.byParent || false
                text: entryPage.entry.text || ""
                moments: entryPage.entry.moments || []
                timesNote: entryPage.entry.timesNote || ""
                media: entryPage.entry.media || []
                pending: entryPage.entry.pending || false
                sendState: entryPage.entry.sendState || ""
                errorText: entryPage.entry.errorText || ""
                onOpenMedia: mediaId => entryPage.openMedia(mediaId)
                onDownloadMedia: mediaId => entryPage.downloadMedia(mediaId)
            }
            ProgressBar {
                Layout.fillWidth: true
                visible: App.myChild.book.busy
                value: App.myChild.book.progress
                Accessible.name: qsTr("Making the PDF")
            }
        }
    }
}
