// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Nestje
import Nestje.Core

// "Alles bewaren" on its own (no account in this test): the page names where the archive goes
// and offers to start, shows no run and no care notice while there is none, names the child
// when it is for one child, goes back with Escape, fits a 360 px phone, and a link
// "archive/<child>" from a tab opens it over the window for that child.
TestCase {
    id: test
    name: "Archief"
    width: 390
    height: 844
    visible: true
    when: windowShown

    Component { id: pageComponent; ArchivePage { width: 390; height: 844 } }
    Component { id: childPageComponent; ArchivePage { width: 360; height: 700; childId: "c1"; childName: "Daan" } }
    Component { id: linkComponent; ArchiveLink { tab: "overig" } }
    SignalSpy { id: backSpy; signalName: "back" }

    function findByName(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) {
            const found = findByName(kids[i], name)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item)
            return findByName(item.contentItem, name)
        return null
    }
    function findText(item, text) {
        if (!item)
            return null
        if (item.text !== undefined && String(item.text).indexOf(text) >= 0 && item.visible)
            return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) {
            const found = findText(kids[i], text)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item)
            return findText(item.contentItem, text)
        return null
    }
    // Every visible item inside `item` that reaches past `right` (in `root`'s coordinates).
    function overflowing(item, root, right) {
        let found = []
        if (!item || !item.visible)
            return found
        if (item.width > 0 && item !== root) {
            const p = item.mapToItem(root, 0, 0)
            if (p.x + item.width > right + 0.5 && item.text !== undefined)
                found.push(item.objectName + " '" + item.text + "' " + (p.x + item.width))
        }
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i)
            found = found.concat(overflowing(kids[i], root, right))
        if (item.contentItem && item.contentItem !== item)
            found = found.concat(overflowing(item.contentItem, root, right))
        return found
    }

    function test_idlePage() {
        const page = createTemporaryObject(pageComponent, test)
        verify(page)
        waitForRendering(page)
        // Where it goes: the platform's Pictures folder, Nestje in it, until the parent chooses.
        const folder = findByName(page, "archiveFolder")
        verify(folder)
        verify(String(folder.text).endsWith("Nestje"), folder.text)
        // No run yet: no progress, no care notice, and the button to start.
        verify(!findByName(page, "archiveProgress").visible)
        verify(!findByName(page, "endedNotice").visible)
        const start = findByName(page, "archiveStart")
        verify(start.visible)
        compare(start.text, qsTr("Save everything"))
        // Starting without an account changes nothing and breaks nothing.
        mouseClick(start)
        wait(50)
        verify(!findByName(page, "archiveProgress").visible)
        verify(start.visible)
    }

    function test_oneChildFitsAPhone() {
        const page = createTemporaryObject(childPageComponent, test)
        waitForRendering(page)
        compare(findByName(page, "archiveStart").text, qsTr("Save everything of %1").arg("Daan"))
        verify(findText(page.header, "Daan"), "the header names the child")
        const outside = overflowing(page.contentItem, page, page.width)
        compare(outside.length, 0, outside.join("; "))
    }

    function test_escapeGoesBack() {
        const page = createTemporaryObject(pageComponent, test)
        backSpy.clear()
        backSpy.target = page
        page.forceActiveFocus()
        keyClick(Qt.Key_Escape)
        compare(backSpy.count, 1)
    }

    function test_linkOpensTheArchiveForAChild() {
        const link = createTemporaryObject(linkComponent, test)
        verify(link)
        const tabBefore = App.currentTab
        // Another tab's link, or another target, leaves it closed.
        App.open("agenda", "archive/c7")
        App.open("overig", "credits")
        wait(50)
        const popups = []
        for (let i = 0; i < link.data.length; ++i)
            if (link.data[i].objectName === "archiveDialog")
                popups.push(link.data[i])
        compare(popups.length, 1)
        verify(!popups[0].visible) // visible at once when opened; `opened` after its transition
        App.open("overig", "archive/c7")
        tryCompare(popups[0], "opened", true)
        compare(popups[0].childId, "c7")
        compare(popups[0].startNow, false)
        popups[0].close()
        tryCompare(popups[0], "visible", false)
        App.open("overig", "archive?start")
        tryCompare(popups[0], "opened", true)
        compare(popups[0].childId, "")
        compare(popups[0].startNow, true)
        popups[0].close()
        tryCompare(popups[0], "visible", false)
        App.currentTab = tabBefore // the other QML tests start where the app starts
    }
}
