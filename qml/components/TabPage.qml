// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje.Core

// The frame of every tab: a title bar and a content area that stays readable on wide screens.
Page {
    id: page
    // The sync state ("Offline, laatst bijgewerkt …") unless a page says something else.
    property string subtitle: App.session.syncStatus
    default property alias content: body.data

    background: Rectangle { color: Theme.background }

    header: ToolBar {
        // Grows with large fonts: at a fixed 64 px the title and the sync state at 150 % ran
        // past its bottom, over the header of a page opened inside the tab.
        implicitHeight: Math.max(64, titles.implicitHeight + 2 * Theme.spacingS)
        background: Rectangle {
            color: Theme.background
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.outline
            }
        }
        ColumnLayout {
            id: titles
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingXl
            anchors.rightMargin: Theme.spacingXl
            spacing: 0
            Item { Layout.fillHeight: true }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: page.title
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.Bold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: page.subtitle.length > 0
                text: page.subtitle
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
            Item { Layout.fillHeight: true }
        }
    }

    Item {
        id: body
        anchors.fill: parent
    }
}
