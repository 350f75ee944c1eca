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
        implicitHeight: 64
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
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingXl
            anchors.rightMargin: Theme.spacingXl
            spacing: 0
            Item { Layout.fillHeight: true }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                text: page.title
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.Bold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                visible: page.subtitle.length > 0
                text: page.subtitle
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
