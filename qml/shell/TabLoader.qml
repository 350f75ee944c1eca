// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Nestje.Core

// One tab's page, made when the tab is first shown and kept afterwards (its scroll position and
// open sub-page stay). Startup builds only the tab the parent sees: making all five pages and
// their models at once took the first frame from 1.5x to 2.8x the login page's and memory from
// 81 to 130 MB (./dev bench startup, scale 10).
// A deep link to another tab still arrives: App.open() switches the tab (which makes the page
// here, synchronously) before it sends App.linkRequested.
Loader {
    id: loader
    required property int tab
    active: false

    function showIfCurrent() {
        if (App.currentTab === loader.tab)
            loader.active = true
    }

    Component.onCompleted: showIfCurrent()
    Connections {
        target: App
        function onCurrentTabChanged() { loader.showIfCurrent() }
    }
}
