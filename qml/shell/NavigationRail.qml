// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Nestje

// Tablet and desktop navigation: the five tabs in a rail on the left, app mark on top.
Rectangle {
    id: rail
    property var model
    property int currentIndex: 0
    signal selected(int index)

    implicitWidth: Theme.railWidth
    color: Theme.navigation
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Main navigation")

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.outline
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacingL
        spacing: Theme.spacingS

        Image {
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: Theme.spacingL
            source: "qrc:/icons/nestje.svg"
            sourceSize.width: 48
            sourceSize.height: 48
            Accessible.ignored: true
        }
        Repeater {
            model: rail.model
            TabItem {
                // The tab's row: key, title, icon, unread, available.
                required property var model
                required property int index
                objectName: "tab_" + model.key
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: rail.width - Theme.spacingS
                text: model.title
                iconName: model.icon
                unread: model.unread
                // What the organisation does not offer is not shown at all.
                visible: model.available
                selected: index === rail.currentIndex
                onClicked: rail.selected(index)
            }
        }
        Item { Layout.fillHeight: true }
    }
}
