// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts

// What a page shows when it has nothing to show yet: an icon, a title and one helpful sentence.
ColumnLayout {
    id: empty
    property string icon: "info"
    property string title
    property string explanation

    spacing: Theme.spacingM
    width: Math.min(parent ? parent.width - 2 * Theme.spacingXl : 360, 420)

    Accessible.role: Accessible.StaticText
    Accessible.name: title + ". " + explanation

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        width: 96
        height: 96
        radius: 48
        color: Theme.primaryContainer
        AppIcon {
            anchors.centerIn: parent
            iconName: empty.icon
            width: 48
            height: 48
            color: Theme.primary
        }
    }
    Text {
        textFormat: Text.PlainText // text from the portal is never markup
        Layout.fillWidth: true
        text: empty.title
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
    }
    Text {
        textFormat: Text.PlainText // text from the portal is never markup
        Layout.fillWidth: true
        text: empty.explanation
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
        lineHeight: 1.25
    }
}
