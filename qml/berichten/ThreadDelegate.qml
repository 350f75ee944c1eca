// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// One conversation in the list: subject, who and what it is about, the newest message's
// writer, time and first line; bold with a dot while unread; a photo mark when it holds photos
// or videos, a paperclip when it holds only files; "wordt verstuurd" or the portal's refusal
// for a new message on its way.
ItemDelegate {
    id: row
    required property int index
    required property string key
    required property string subject
    required property string about
    required property string lastWriter
    required property string lastText
    required property string when
    required property bool unread
    required property int attachments
    required property int photos
    required property bool pending
    required property string sendState
    required property string errorText
    property bool selected: false

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spacingL
    highlighted: selected
    Accessible.role: Accessible.ListItem
    Accessible.name: (unread ? qsTr("Unread") + ", " : "") + subject + ", " + about + ", " + lastWriter + ": " + lastText + ", " + when

    background: Rectangle {
        color: row.selected ? Theme.primaryContainer : row.hovered ? Theme.surfaceVariant : Theme.surface
        border.width: row.visualFocus ? 2 : 0
        border.color: Theme.primary
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.outline
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM
        Rectangle {
            objectName: "unreadDot"
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 7
            implicitWidth: 10
            implicitHeight: 10
            radius: 5
            color: row.unread ? Theme.badge : "transparent"
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Label {
                    objectName: "subject"
                    textFormat: Text.PlainText // text from the portal is never markup
                    Layout.fillWidth: true
                    text: row.subject
                    wrapMode: Text.Wrap
                    maximumLineCount: Theme.titleLines
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    font.weight: row.unread ? Font.Bold : Font.DemiBold
                    color: Theme.text
                }
                AppIcon {
                    objectName: "attachmentMark"
                    visible: row.attachments > 0
                    // A letter alone is not a photo: a paperclip then.
                    iconName: row.photos > 0 ? "photo" : "attach"
                    width: 16
                    height: 16
                    color: Theme.textSecondary
                    Accessible.name: row.photos > 0 ? qsTr("With photos") : qsTr("With files")
                }
                Label {
                    objectName: "when"
                    textFormat: Text.PlainText
                    text: row.when
                    font.pixelSize: Theme.fontSmall
                    font.weight: row.unread ? Font.Bold : Font.Normal
                    color: row.unread ? Theme.text : Theme.textSecondary
                }
            }
            Label {
                objectName: "about"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: row.about.length > 0
                text: row.about
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.primary
            }
            Label {
                objectName: "lastLine"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: row.lastWriter.length > 0 ? row.lastWriter + ": " + row.lastText : row.lastText
                elide: Text.ElideRight
                maximumLineCount: 1
                font.pixelSize: Theme.fontSmall + 1
                color: row.unread ? Theme.text : Theme.textSecondary
            }
            Label {
                objectName: "sendState"
                textFormat: Text.PlainText // the portal's refusal is plain text
                Layout.fillWidth: true
                visible: row.pending
                wrapMode: Text.WordWrap
                text: row.sendState === "failed" ? qsTr("Not sent: %1").arg(row.errorText)
                                                 : row.sendState === "sent" ? qsTr("Sent") : qsTr("Sending…")
                font.pixelSize: Theme.fontSmall
                color: row.sendState === "failed" ? Theme.error : Theme.textSecondary
            }
        }
    }
}
