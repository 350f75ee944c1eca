// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The top of a page opened inside a tab: back, a title, and room for actions on the right.
Rectangle {
    id: header
    property string title
    property string subtitle
    default property alias actions: actionRow.data
    signal back()
    // Grows when the title wraps (a long title, large fonts).
    implicitHeight: Math.max(60, titles.implicitHeight + 2 * Theme.spacingS)
    color: Theme.background
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.outline
    }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingS
        ToolButton {
            objectName: "backButton"
            icon.source: "qrc:/icons/arrow-back.svg"
            icon.color: Theme.text
            Accessible.name: qsTr("Back")
            onClicked: header.back()
        }
        ColumnLayout {
            id: titles
            Layout.fillWidth: true
            spacing: 0
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: header.title
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.Wrap // "Facturen, documenten & jaaropgaven" reads whole on a phone
                Accessible.role: Accessible.Heading
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: text.length > 0
                text: header.subtitle
                font.pixelSize: Theme.fontSmall + 1
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
        }
        RowLayout {
            id: actionRow
            spacing: Theme.spacingS
        }
    }
}
