// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// One card of the timeline: a diary entry (who wrote it, the day rhythm, the text, photos), a
// photo series, or any other card with its text. The parent's own entries that are still on
// their way say so, and say why when the portal refused them.
Rectangle {
    id: card
    // "3 foto's", "1 video", "2 foto's en 1 video": a strip with videos does not count them as photos.
    function mediaSummary() {
        const videos = card.media.filter(m => m.video).length
        const photos = card.media.length - videos
        if (videos === 0)
            return qsTr("%n photo(s)", "", photos)
        if (photos === 0)
            return qsTr("%n video(s)", "", videos)
        return qsTr("%1 and %2").arg(qsTr("%n photo(s)", "", photos)).arg(qsTr("%n video(s)", "", videos))
    }
    property string cardType
    property string childNames
    property string writtenBy
    property bool byParent
    property string text
    property var moments: []
    property string timesNote // "Tijden in Nederlandse tijd" on a device in another zone
    property var media: []
    property bool pending
    property string sendState
    property string errorText
    property int draftId
    property bool compact: true // in the list: the start of the text, the first moments

    signal openEntry()
    signal openMedia(string mediaId)
    signal downloadMedia(string mediaId)
    signal retry()
    signal discard()

    readonly property bool isJournal: cardType === "journal"
    readonly property bool isPhoto: cardType === "photo"
    readonly property bool isKnown: isJournal || isPhoto

    implicitHeight: content.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radius
    color: Theme.surface
    border.color: card.activeFocus ? Theme.primary : Theme.outline
    border.width: card.activeFocus ? 2 : 1
    activeFocusOnTab: card.isJournal
    Accessible.role: Accessible.Button
    Accessible.name: titleLabel.text + ". " + bylineLabel.text + (card.text ? ". " + card.text : "")
    Accessible.onPressAction: card.openEntry()
    Keys.onReturnPressed: if (card.isJournal) card.openEntry()
    Keys.onSpacePressed: if (card.isJournal) card.openEntry()

    TapHandler {
        enabled: card.isJournal && card.compact
        onTapped: card.openEntry()
    }

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            Rectangle {
                width: 40
                height: 40
                radius: 20
                color: card.byParent ? Theme.parentContainer : Theme.primaryContainer
                AppIcon {
                    anchors.centerIn: parent
                    width: 22
                    height: 22
                    iconName: card.isJournal ? "edit" : card.isPhoto ? "photo" : "info"
                    color: card.byParent ? Theme.textOnParentContainer : Theme.primary
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    textFormat: Text.PlainText // text from the portal is never markup
                    id: titleLabel
                    Layout.fillWidth: true
                    text: card.isJournal ? (card.childNames ? qsTr("Diary of %1").arg(card.childNames) : qsTr("Diary"))
                        : card.isPhoto ? (card.childNames ? qsTr("Photos of %1").arg(card.childNames) : qsTr("Photos"))
                        : card.cardType === "trigger" ? qsTr("Action requested") : qsTr("Message from the group")
                    font.pixelSize: Theme.fontBody + 1
                    font.weight: Font.DemiBold
                    color: Theme.text
                    wrapMode: Text.Wrap
                    maximumLineCount: Theme.titleLines
                    elide: Text.ElideRight
                }
                Label {
                    textFormat: Text.PlainText // text from the portal is never markup
                    id: bylineLabel
                    Layout.fillWidth: true
                    text: card.isJournal ? (card.byParent ? qsTr("Written by you") : card.writtenBy ? qsTr("Written by %1").arg(card.writtenBy) : "")
                        : card.isPhoto ? card.mediaSummary() : ""
                    visible: text.length > 0
                    font.pixelSize: Theme.fontSmall + 1
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                    maximumLineCount: Theme.titleLines
                    elide: Text.ElideRight
                }
            }
            AppIcon {
                visible: card.isJournal && card.compact
                iconName: "chevron-right"
                color: Theme.textSecondary
                width: 22
                height: 22
            }
        }

        // The parent's entry on its way.
        Rectangle {
            visible: card.pending
            Layout.fillWidth: true
            implicitHeight: pendingRow.implicitHeight + 2 * Theme.spacingS
            radius: 10
            color: card.sendState === "failed" ? Theme.errorContainer : Theme.surfaceVariant
            RowLayout {
                id: pendingRow
                anchors.fill: parent
                anchors.margins: Theme.spacingS
                spacing: Theme.spacingS
                AppIcon {
                    iconName: card.sendState === "failed" ? "warning" : card.sendState === "sent" ? "check" : "clock"
                    color: card.sendState === "failed" ? Theme.error : Theme.primary
                    width: 20
                    height: 20
                }
                Label {
                    textFormat: Text.PlainText // text from the portal is never markup
                    objectName: "sendStateLabel"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall + 1
                    color: card.sendState === "failed" ? Theme.error : Theme.text
                    text: card.sendState === "failed" ? qsTr("Not sent: %1").arg(card.errorText || qsTr("the portal refused it"))
                        : card.sendState === "sent" ? qsTr("Sent")
                        : qsTr("Being sent…")
                }
                TextButton {
                    visible: card.sendState === "failed"
                    text: qsTr("Try again")
                    onClicked: card.retry()
                }
                TextButton {
                    visible: card.sendState === "failed"
                    text: qsTr("Delete")
                    onClicked: card.discard()
                }
            }
        }

        DayRhythmList {
            Layout.fillWidth: true
            visible: card.moments.length > 0
            moments: card.moments
            note: card.timesNote
            limit: card.compact ? 4 : -1
        }
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            visible: card.compact && card.moments.length > 4
            text: qsTr("%n more moment(s)", "", card.moments.length - 4)
            color: Theme.primary
            font.pixelSize: Theme.fontSmall + 1
            font.weight: Font.DemiBold
        }

        Label {
            Layout.fillWidth: true
            visible: card.text.length > 0
            text: card.text
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            maximumLineCount: card.compact ? 5 : 100000
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody
            lineHeight: 1.3
            color: Theme.text
        }

        MediaStrip {
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            visible: card.media.length > 0
            media: card.media
            showDownload: !card.pending
            tileSize: card.isPhoto && card.media.length === 1 ? Math.min(card.width - 2 * Theme.spacingL, 360) : 168
            onOpenMedia: (mediaId, index) => { if (mediaId.length > 0) card.openMedia(mediaId) }
            onDownloadMedia: mediaId => card.downloadMedia(mediaId)
        }

        TextButton {
            visible: !card.isKnown
            text: card.cardType === "trigger" ? qsTr("Go to consents") : qsTr("Open")
            onClicked: App.currentTab = 4
        }
    }
}
