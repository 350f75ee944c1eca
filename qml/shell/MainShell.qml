import QtQuick
import QtQuick.Layouts
import Nestje
import Nestje.Core

// The logged-in app: five tabs, a bottom bar on phones and a navigation rail from 840 px up.
Item {
    id: shell
    readonly property bool wide: width >= Theme.wideBreakpoint

    // Desktop keyboard: Ctrl+1..5 jump to a tab.
    Repeater {
        model: 5
        Item {
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                onActivated: App.currentTab = index
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            NavigationRail {
                objectName: "navigationRail"
                visible: shell.wide
                Layout.fillHeight: true
                model: App.tabs
                currentIndex: App.currentTab
                onSelected: index => App.currentTab = index
            }

            StackLayout {
                id: pages
                objectName: "pages"
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: App.currentTab

                MyChildPage {}
                MessagesPage {}
                AgendaPage {}
                LocationPage {}
                MorePage {}
            }
        }

        BottomTabBar {
            objectName: "bottomTabBar"
            visible: !shell.wide
            Layout.fillWidth: true
            model: App.tabs
            currentIndex: App.currentTab
            onSelected: index => App.currentTab = index
        }
    }
}
