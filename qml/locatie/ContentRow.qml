// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// One news item or newsletter in a list: a dot while new, the title, the day, a paperclip when
// it has attachments, and the first lines of its text.
ItemDelegate {
    focusPolicy: Qt.StrongFocus // Tab reaches it: an ItemDelegate takes no focus of itself
    id: row
    property string title
    property string day
    property string snippet
    property bool isNew: false
    property bool hasAttachment: false
    Layout.fillWidth: true
    Accessible.name: (isNew ? qsTr("New") + ", " : "") + title + ", " + day

    contentItem: RowLayout {
        spacing: Theme.spacingM
        Rectangle {
            objectName: "newDot"
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 6
            implicitWidth: 8
            implicitHeight: 8
            radius: 4
            color: row.isNew ? Theme.badge : "transparent"
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Label {
                    objectName: "rowTitle"
                    textFormat: Text.PlainText // text from the portal is never markup
                    Layout.fillWidth: true
                    text: row.title
                    font.weight: row.isNew ? Font.Bold : Font.DemiBold
                    wrapMode: Text.Wrap
                    maximumLineCount: Theme.titleLines
                    elide: Text.ElideRight
                }
                PaperclipIcon {
                    objectName: "paperclip"
                    visible: row.hasAttachment
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: row.day
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: row.snippet.length > 0
                text: row.snippet
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
    }
}
