// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Nestje

// Phone navigation: the five tabs along the bottom edge.
Rectangle {
    id: bar
    property var model
    property int currentIndex: 0
    signal selected(int index)

    // Taller where a tab's label takes a second line.
    readonly property real tabsHeight: {
        let tallest = 0
        for (let i = 0; i < tabs.count; ++i) {
            const tab = tabs.itemAt(i) as TabItem
            if (tab && tab.visible)
                tallest = Math.max(tallest, tab.implicitHeight)
        }
        return tallest
    }

    implicitHeight: Math.max(Theme.bottomBarHeight, tabsHeight + 4)
    color: Theme.navigation
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Main navigation")

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.outline
    }

    RowLayout {
        anchors.fill: parent
        anchors.topMargin: 4
        spacing: 0
        Repeater {
            id: tabs
            model: bar.model
            TabItem {
                // The tab's row: key, title, icon, unread, available.
                required property var model
                required property int index
                objectName: "tab_" + model.key
                Layout.fillWidth: true
                Layout.fillHeight: true
                text: model.title
                iconName: model.icon
                unread: model.unread
                // What the organisation does not offer is not shown at all.
                visible: model.available
                selected: index === bar.currentIndex
                onClicked: bar.selected(index)
            }
        }
    }
}
