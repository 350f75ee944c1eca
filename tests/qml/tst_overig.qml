// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Nestje
import Nestje.Core

// Overig's pieces on their own: a permission switches and says so, a declaration has no switch
// and says why, a menu row opens, the sub pages go back, "Over deze app" names the licence, and
// the sections without data show their empty states (no account in this test).
TestCase {
    id: test
    name: "Overig"
    width: 420
    height: 800
    visible: true
    when: windowShown

    Component {
        id: permissionComponent
        PermissionRow {
            width: 400
            permissionId: "7"
            title: "Uitstapjes"
            description: "Je kind mag mee op uitstapjes."
            declaration: false
            granted: false
            filledIn: true
            changeable: true
            changed: ""
        }
    }
    Component {
        id: declarationComponent
        PermissionRow {
            width: 400
            permissionId: "9"
            title: "Ophalen door anderen"
            description: "Oma mag ophalen."
            declaration: true
            granted: true
            filledIn: true
            changeable: false
            changed: "changed on 3 May 2026"
        }
    }
    Component { id: rowComponent; MenuRow { width: 400; title: "Credits"; detail: "Hours still to use" } }
    Component { id: aboutComponent; AboutPage { width: 420; height: 800 } }
    Component { id: creditsComponent; CreditsPage { width: 420; height: 800 } }
    Component { id: observationsComponent; ObservationsPage { width: 420; height: 800; childId: "x" } }

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
    function spyOn(target, signalName) {
        const spy = createTemporaryQmlObject("import QtTest; SignalSpy {}", test)
        spy.target = target
        spy.signalName = signalName
        return spy
    }

    function test_permissionSwitches() {
        const row = createTemporaryObject(permissionComponent, test)
        const toggled = spyOn(row, "toggled")
        const toggle = findByName(row, "permission_7")
        verify(toggle && toggle.visible && toggle.enabled)
        verify(!toggle.checked)
        waitForRendering(row)
        mouseClick(toggle)
        compare(toggled.count, 1)
        compare(toggled.signalArguments[0][0], true)
        verify(findText(row, "Uitstapjes"))
    }

    function test_permissionNotFilledIn() {
        const row = createTemporaryObject(permissionComponent, test, { filledIn: false })
        verify(findText(row, "Not filled in yet"))
    }

    function test_declarationIsShownNotSwitched() {
        const row = createTemporaryObject(declarationComponent, test)
        const toggle = findByName(row, "permission_9")
        verify(toggle)
        verify(!toggle.visible)
        verify(findText(row, "cannot be changed here"))
        verify(findText(row, "changed on 3 May 2026"))
        verify(findText(row, "Yes"))
    }

    function test_menuRowOpens() {
        const row = createTemporaryObject(rowComponent, test)
        const clicked = spyOn(row, "clicked")
        waitForRendering(row)
        mouseClick(row)
        compare(clicked.count, 1)
        verify(row.Accessible.name.indexOf("Hours still to use") >= 0)
    }

    function test_aboutNamesTheLicence() {
        const page = createTemporaryObject(aboutComponent, test)
        verify(findText(page, "GPL-3.0-or-later"))
        verify(findText(page, "LICENSE"))
        verify(findText(page, "Nestje " + App.version))
        const back = spyOn(page, "back")
        const button = findByName(page, "backButton")
        verify(button)
        waitForRendering(page)
        mouseClick(button)
        compare(back.count, 1)
    }

    function test_emptySectionsSaySo() {
        const credits = createTemporaryObject(creditsComponent, test)
        verify(findText(credits, "No credits"))
        verify(!findByName(credits, "expiringNotice").visible)
        const observations = createTemporaryObject(observationsComponent, test)
        verify(findText(observations, "No observations yet"))
    }
}
