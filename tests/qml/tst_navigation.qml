// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Nestje
import Nestje.Core

TestCase {
    id: testCase
    name: "Navigation"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    ListModel {
        id: tabsWithUnread
        ListElement { key: "mijnkind"; title: "Mijn kind"; icon: "child"; unread: 0; available: true }
        ListElement { key: "berichten"; title: "Berichten"; icon: "messages"; unread: 3; available: true }
        ListElement { key: "agenda"; title: "Agenda"; icon: "agenda"; unread: 0; available: true }
        ListElement { key: "locatie"; title: "Mijn locatie"; icon: "location"; unread: 0; available: true }
        ListElement { key: "overig"; title: "Overig"; icon: "more"; unread: 0; available: true }
    }
    Component {
        id: shellComponent
        MainShell {}
    }
    Component {
        id: barComponent
        BottomTabBar { width: 390; model: tabsWithUnread }
    }

    function test_desktopUsesRail() {
        const shell = createTemporaryObject(shellComponent, testCase, { width: 1280, height: 800 });
        verify(shell.wide);
        verify(findChild(shell, "navigationRail").visible);
        verify(!findChild(shell, "bottomTabBar").visible);
    }

    function test_phoneUsesBottomBar() {
        const shell = createTemporaryObject(shellComponent, testCase, { width: 390, height: 800 });
        verify(!shell.wide);
        verify(!findChild(shell, "navigationRail").visible);
        const bar = findChild(shell, "bottomTabBar");
        verify(bar.visible);
        compare(bar.y + bar.height, shell.height);
    }

    function test_breakpointIs840() {
        const shell = createTemporaryObject(shellComponent, testCase, { width: 839, height: 800 });
        verify(!shell.wide);
        shell.width = 840;
        verify(shell.wide);
    }

    function test_clickingATabSwitchesPage() {
        const shell = createTemporaryObject(shellComponent, testCase, { width: 390, height: 800 });
        App.currentTab = 0;
        const agendaTab = findChild(findChild(shell, "bottomTabBar"), "tab_agenda");
        mouseClick(agendaTab);
        compare(App.currentTab, 2);
        compare(findChild(shell, "pages").currentIndex, 2);
        App.currentTab = 0;
    }

    function test_tabShowsUnreadBadge() {
        const bar = createTemporaryObject(barComponent, testCase);
        const messagesTab = findChild(bar, "tab_berichten");
        const badge = findChild(messagesTab, "badge");
        verify(badge.visible);
        compare(badge.count, 3);
        verify(messagesTab.Accessible.name.indexOf("3") >= 0);
        verify(!findChild(findChild(bar, "tab_agenda"), "badge").visible);
        tabsWithUnread.setProperty(1, "unread", 0);
        verify(!badge.visible);
        tabsWithUnread.setProperty(1, "unread", 3);
    }

    function test_everyTabHasAnEmptyStateNotABlankPage() {
        App.currentTab = 0;
        const shell = createTemporaryObject(shellComponent, testCase, { width: 1280, height: 800 });
        const keys = ["mijnkind", "berichten", "agenda", "locatie", "overig"];
        // Startup makes only the tab that is shown (qml/shell/TabLoader): all five pages with
        // their models at once cost the first frame half its speed and 50 MB.
        verify(findChild(shell, "page_mijnkind"));
        for (let j = 1; j < keys.length; ++j)
            verify(!findChild(shell, "page_" + keys[j]), keys[j] + " made before it was shown");
        for (let i = 0; i < keys.length; ++i) {
            App.currentTab = i;
            const page = findChild(shell, "page_" + keys[i]);
            verify(page, keys[i]);
            verify(page.visible, keys[i]);
            verify(page.title.length > 0, keys[i]);
        }
        // A page once made stays (its scroll position and open sub-page with it).
        App.currentTab = 0;
        verify(findChild(shell, "page_berichten"));
    }
}
