// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// A news item, newsletter or information page in full. Opening it marks it read (here at once,
// on the portal through the write path).
Page {
    id: page
    objectName: "locationContent"
    property alias kind: item.kind
    property alias itemId: item.itemId
    readonly property alias item: item
    signal back()
    signal message(string text)
    title: item.title
    background: Rectangle { color: Theme.background }
    header: SubPageHeader {
        title: page.kind === "newsletter" ? qsTr("Newsletter") : page.kind === "news" ? qsTr("News") : qsTr("Information")
        onBack: page.back()
    }

    LocationItem {
        id: item
        session: App.session
        imageWidth: Math.max(0, Math.min(scroll.availableWidth - 2 * Theme.spacingL, Theme.contentMaxWidth) - 2 * Theme.spacingL)
        onFailed: reason => page.message(reason)
        onContentChanged: if (found) markRead()
    }
    Component.onCompleted: if (item.found) item.markRead()

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.spacingL, Theme.contentMaxWidth)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacingM
            Item { Layout.preferredHeight: Theme.spacingS }
            Label {
                objectName: "contentTitle"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: item.title
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                textFormat: Text.PlainText
                visible: item.day.length > 0
                text: item.day
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            Repeater {
                model: item.attachments
                delegate: AttachmentRow {
                    required property var modelData
                    objectName: "attachment"
                    fileName: modelData.fileName
                    offline: modelData.offline
                    busy: item.busy
                    onClicked: item.openAttachment(modelData.index)
                }
            }
            Pane {
                Layout.fillWidth: true
                padding: Theme.spacingL
                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.outline
                }
                RichContent {
                    width: parent.width
                    // Laid out once the column's width is known, not first at width 0.
                    text: item.imageWidth > 0 ? item.richText : ""
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: item.found && !item.loaded
                text: qsTr("This text is not on this device yet. It arrives with the next update.")
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: !item.found
                text: qsTr("This item is no longer on the portal.")
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Item { Layout.preferredHeight: Theme.spacingXl }
        }
    }
}
