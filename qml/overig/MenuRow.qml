// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// One tappable line of Overig: a title, an optional line under it, a chevron.
ItemDelegate {
    focusPolicy: Qt.StrongFocus // Tab reaches it: an ItemDelegate takes no focus of itself
    id: row
    property string title
    property string detail
    property string iconName: ""
    // False for a picture with colours of its own (the app's logo).
    property bool tintIcon: true
    Layout.fillWidth: true
    Accessible.name: detail.length > 0 ? title + ", " + detail : title
    contentItem: RowLayout {
        spacing: Theme.spacingL
        // Tinted with the text, so it shows in the dark scheme too.
        LayoutIcon {
            visible: row.iconName.length > 0
            iconName: row.iconName
            color: row.tintIcon ? Theme.text : "transparent"
            size: 24
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: row.title
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap // a long title ("Facturen, documenten & jaaropgaven") reads whole
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: row.detail.length > 0
                text: row.detail
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
        LayoutIcon {
            iconName: "chevron-right"
            color: Theme.textSecondary
            size: 20
        }
    }
}
