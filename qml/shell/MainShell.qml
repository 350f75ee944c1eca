// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Nestje
import Nestje.Core

// The logged-in app: five tabs, a bottom bar on phones and a navigation rail from 840 px up.
Item {
    id: shell
    readonly property bool wide: width >= Theme.wideBreakpoint
    // While the parent types on a phone, the tab bar gives its room to the form, as phone apps
    // do: when the on-screen keyboard shows, or when the window has become too short for the tab
    // bar and a form (a keyboard that makes the window shorter: Phosh, Android). 360x720 and
    // 412x915 with a keyboard leave 300-460 px, of which the bar took 68 and the headers 130.
    readonly property bool typing: {
        const item = Window.activeFocusItem
        const textInput = item !== null && (item instanceof TextInput || item instanceof TextEdit)
        return textInput && (Qt.inputMethod.visible || height < 480)
    }

    // A tap on the tab that is already open takes it back to its start (Mijn kind: the top of
    // the timeline), as phone apps do.
    function select(index) {
        if (index === App.currentTab) {
            const tabPage = pages.children[index].item
            if (tabPage && typeof tabPage.reselected === "function")
                tabPage.reselected()
        }
        App.currentTab = index
    }

    // Desktop keyboard: Ctrl+1..5 jump to a tab.
    Repeater {
        model: 5
        Item {
            id: shortcutHolder
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (shortcutHolder.index + 1)
                onActivated: App.currentTab = shortcutHolder.index
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
                onSelected: index => shell.select(index)
            }

            StackLayout {
                id: pages
                objectName: "pages"
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: App.currentTab

                TabLoader { tab: 0; sourceComponent: MyChildPage {} }
                TabLoader { tab: 1; sourceComponent: MessagesPage {} }
                TabLoader { tab: 2; sourceComponent: AgendaPage {} }
                TabLoader { tab: 3; sourceComponent: LocationPage {} }
                TabLoader { tab: 4; sourceComponent: MorePage {} }
            }
        }

        BottomTabBar {
            objectName: "bottomTabBar"
            visible: !shell.wide && !shell.typing
            Layout.fillWidth: true
            model: App.tabs
            currentIndex: App.currentTab
            onSelected: index => shell.select(index)
        }
    }
}
