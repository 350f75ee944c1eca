// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// A news item, newsletter or information page in full. Opening it marks it read (here at once,
// on the portal through the write path).
BackPage {
    id: page
    objectName: "locationContent"
    property alias kind: item.kind
    property alias itemId: item.itemId
    readonly property alias item: item
    signal message(string text)
    title: item.title
    // A document that sets its own colours was made for a light page (dark grey text): in the
    // dark scheme its card is light, as mail apps show such mail, rather than dark on dark.
    readonly property bool paper: Theme.dark && item.ownColours
    readonly property color cardColour: paper ? Theme.lightColors.surface : Theme.surface
    header: SubPageHeader {
        title: page.kind === "newsletter" ? qsTr("Newsletter") : page.kind === "news" ? qsTr("News") : qsTr("Information")
        onBack: page.back()
    }

    LocationItem {
        id: item
        session: App.session
        imageWidth: Math.max(0, list.columnWidth - 2 * Theme.spacingL)
        onFailed: reason => page.message(reason)
        onContentChanged: if (found) markRead()
    }
    Component.onCompleted: if (item.found) item.markRead()

    // The text comes in blocks (LocationItem.richBlocks), one delegate each, so only what is on
    // screen is laid out: a 2 MB newsletter shows its first screen at once. Header and footer
    // draw the rounded ends of the card the blocks sit in.
    ListView {
        id: list
        objectName: "contentList"
        anchors.fill: parent
        readonly property real columnWidth: Math.min(width - 2 * Theme.spacingL, Theme.contentMaxWidth)
        readonly property real columnX: (width - columnWidth) / 2
        // Laid out once the column's width is known, not first at width 0.
        model: item.imageWidth > 0 ? item.richBlocks : []
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        // Header, blocks and footer read the page's ids. `pragma ComponentBehavior: Bound` would
        // make that explicit, but Qt 6.4 then creates no ListView header or footer at all (seen
        // here: the title and the card's ends were missing), so qmllint is told instead.
        // qmllint disable unqualified
        header: Item {
            width: list.width
            height: headerColumn.implicitHeight
            ColumnLayout {
                id: headerColumn
                x: list.columnX
                width: list.columnWidth
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
                CardEdge {
                    Layout.fillWidth: true
                    visible: list.count > 0
                    fill: page.cardColour
                }
            }
        }

        delegate: Rectangle {
            id: block
            required property string modelData
            x: list.columnX
            width: list.columnWidth
            height: content.implicitHeight
            color: page.cardColour
            Rectangle { width: 1; height: parent.height; color: Theme.outline }
            Rectangle { x: parent.width - 1; width: 1; height: parent.height; color: Theme.outline }
            RichContent {
                id: content
                x: Theme.spacingL
                width: parent.width - 2 * Theme.spacingL
                text: block.modelData
                paper: page.paper
            }
        }

        footer: Item {
            width: list.width
            height: footerColumn.implicitHeight
            ColumnLayout {
                id: footerColumn
                x: list.columnX
                width: list.columnWidth
                spacing: Theme.spacingM
                CardEdge {
                    Layout.fillWidth: true
                    visible: list.count > 0
                    atBottom: true
                    fill: page.cardColour
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
        // qmllint enable unqualified
    }
}
