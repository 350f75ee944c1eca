// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Nestje

// One destination in the bottom bar or the rail: icon in a pill when selected, label, badge.
AbstractButton {
    id: item
    property string iconName
    property int unread: 0
    property bool selected: false

    // A label that does not fit the tab on one line at the Theme's size gets two ("Mijn / kind"
    // on a 360 px phone at 150 %); a single word that does not fit is set smaller.
    readonly property int labelLines: text.indexOf(" ") > 0 && labelMetrics.advanceWidth(text) > labelWidth ? 2 : 1
    // Room kept free on each side of the label, so neighbouring names do not run together
    // (at 150 % on 360 px, "Berichten" at three quarters size needs the rest: 67 of 72 px).
    readonly property real labelWidth: width - Theme.spacingXs
    readonly property real labelHeight: Math.ceil(labelLines * labelMetrics.height)

    checkable: false
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    implicitWidth: 72
    // The pill, the label below it, and a margin.
    implicitHeight: Math.max(60, 4 + 30 + 3 + labelHeight + 4)

    FontMetrics {
        id: labelMetrics
        font.pixelSize: Theme.fontSmall
    }

    Accessible.role: Accessible.PageTab
    Accessible.name: unread > 0 ? qsTr("%1, %n unread", "", unread).arg(text) : text
    Accessible.selected: selected

    // No ids inside: Controls create the content item late (deferred), and an id would force it early.
    contentItem: Item {
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            y: 4
            width: 56
            height: 30
            radius: 15
            color: item.selected ? Theme.primaryContainer
                                 : (item.hovered || item.visualFocus ? Theme.surfaceVariant : "transparent")
            border.width: item.visualFocus ? 2 : 0
            border.color: Theme.primary
            AppIcon {
                anchors.centerIn: parent
                iconName: item.iconName
                color: item.selected ? Theme.textOnPrimaryContainer : Theme.textSecondary
            }
            Badge {
                objectName: "badge"
                count: item.unread
                x: parent.width / 2 + 4
                y: -3
            }
        }
        Text {
            textFormat: Text.PlainText // text from the portal is never markup
            y: 4 + 30 + 3 // below the pill
            objectName: "tabLabel"
            anchors.horizontalCenter: parent.horizontalCenter
            width: item.labelWidth
            height: item.labelHeight
            horizontalAlignment: Text.AlignHCenter
            // A large system font breaks a label that does not fit onto a second line, and sets a
            // word that does not fit smaller rather than cut it; only below three quarters of
            // its size does it elide.
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            fontSizeMode: Text.Fit
            minimumPixelSize: Math.round(Theme.fontSmall * 0.75)
            elide: Text.ElideRight
            text: item.text
            // The pill and the colour mark the selected tab, not a bolder weight: that made the
            // label wider when selected, and cut "Mijn kind" to "Mijn ki…" at 150 % on 360 px.
            color: item.selected ? Theme.text : Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }
    }
}
