// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Nestje
import Nestje.Core

// The Agenda pieces on their own: a calendar row in each state (planned, absent, an option,
// being sent, refused), a request row (the cancel icon only while allowed, the portal's
// refusal), the request detail (cancel, or the organisation's reason why not) and the absence
// form (says what is missing before it sends anything).
TestCase {
    id: test
    name: "Agenda"
    width: 420
    height: 800
    visible: true
    when: windowShown

    Component {
        id: partComponent
        AgendaPartRow {
            width: 400
            childName: "Daan"
            times: "07:30 – 13:00"
            code: "attend"
            status: "Gepland"
        }
    }
    Component {
        id: requestComponent
        RequestRow {
            width: 400
            typeLabel: "Extra dag"
            childName: "Noor"
            period: "di 1 dec"
            status: "pending"
            statusLabel: "Optie extra"
            cancellable: true
        }
    }
    Component {
        id: detailComponent
        RequestDetailPage {
            width: 420
            height: 800
        }
    }
    Component {
        id: pageComponent
        AgendaPage {
            width: 1000
            height: 800
        }
    }
    Component {
        id: formComponent
        AbsenceForm {
            width: 420
            height: 800
        }
    }

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
        if (item.contentItem && item.contentItem !== item) {
            const found = findByName(item.contentItem, name)
            if (found)
                return found
        }
        return null
    }
    function findText(item, text) {
        if (!item)
            return null
        if (item.text !== undefined && String(item.text) === text && item.visible)
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

    function test_calendarRowStates() {
        const row = createTemporaryObject(partComponent, test)
        verify(findText(row, "Daan"))
        verify(findText(row, "07:30 – 13:00"))
        verify(findText(row, "Gepland"))
        const strip = findByName(row, "codeStrip")
        compare(strip.color, Theme.primary)
        verify(!findByName(row, "sendingLabel").visible)
        row.code = "absent"
        row.status = "Ziek"
        compare(strip.color, Theme.error)
        verify(findText(row, "Ziek"))
        row.code = "tentative"
        compare(strip.color, Theme.textOnParentContainer)
        row.sending = true
        verify(findByName(row, "sendingLabel").visible)
        verify(row.Accessible.name.indexOf("being sent") >= 0)
        row.sending = false
        row.refused = "Afmelden voor ochtend op dinsdag 1 december kan niet meer: dat kon tot 07:30."
        verify(findByName(row, "refusedLabel").visible)
        verify(findText(row, row.refused))
        // One child shown: the name is left out.
        row.showChild = false
        verify(!findText(row, "Daan"))
    }

    function test_requestRowCancelsOnlyWhenAllowed() {
        const row = createTemporaryObject(requestComponent, test)
        verify(findText(row, "Extra dag · Noor"))
        verify(findText(row, "Optie extra"))
        const cancel = findByName(row, "cancelButton")
        verify(cancel.visible)
        const spy = createTemporaryQmlObject("import QtTest; SignalSpy {}", test)
        spy.target = row
        spy.signalName = "cancelRequested"
        waitForRendering(row)
        mouseClick(cancel)
        compare(spy.count, 1)
        row.cancellable = false
        verify(!cancel.visible)
        row.cancelRefused = "Annuleren kan tot 48 uur voor de opvang begint; die termijn is verstreken."
        verify(findByName(row, "cancelRefusedLabel").visible)
        row.cancelling = true
        verify(findByName(row, "cancellingLabel").visible)
    }

    function test_detailShowsCancelOrTheReason() {
        const page = createTemporaryObject(detailComponent, test, {
            request: { typeLabel: "Extra dag", childName: "Noor", period: "di 1 dec", status: "approved",
                       statusLabel: "Goedgekeurd", bookings: ["di 1 dec · Hele dag 07:30 – 18:30 · 11 uur · Goedgekeurd"],
                       remark: "Graag", staffMessage: "Tot dan!", cancellable: true, cancelRefusal: "", cancelRefused: "" }
        })
        verify(findText(page, "Goedgekeurd"))
        verify(findText(page, "di 1 dec · Hele dag 07:30 – 18:30 · 11 uur · Goedgekeurd"))
        verify(findText(page, "Tot dan!"))
        const cancel = findByName(page, "cancelRequestButton")
        verify(cancel.visible)
        const spy = createTemporaryQmlObject("import QtTest; SignalSpy {}", test)
        spy.target = page
        spy.signalName = "cancelRequested"
        waitForRendering(page)
        mouseClick(cancel)
        compare(spy.count, 1)
        page.request = { typeLabel: "Extra dag", childName: "Noor", status: "approved", statusLabel: "Goedgekeurd",
                         bookings: [], cancellable: false,
                         cancelRefusal: "Annuleren kan tot 48 uur voor de opvang begint; die termijn is verstreken." }
        verify(!cancel.visible)
        verify(findByName(page, "cancelRefusal").visible)
    }

    function test_absenceFormSaysWhatIsMissing() {
        const form = createTemporaryObject(formComponent, test)
        verify(form)
        const submitted = createTemporaryQmlObject("import QtTest; SignalSpy {}", test)
        submitted.target = form
        submitted.signalName = "submitted"
        const submit = findByName(form, "absenceSubmit")
        waitForRendering(form)
        mouseClick(submit)
        compare(submitted.count, 0)
        const problem = findByName(form, "absenceProblem")
        verify(problem.visible)
        // No reason chosen yet: the reason is asked for first.
        verify(problem.text.indexOf("reason") >= 0)
        // The three reasons are offered even before the portal answered.
        verify(findText(form, "Sick"))
        verify(findText(form, "Holiday"))
        verify(findText(form, "Other"))
        mouseClick(findText(form, "Sick"))
        compare(form.reason, "sick")
        // Still nothing chosen: no account, no parts.
        verify(problem.text.indexOf("day part") >= 0)
        compare(submitted.count, 0)
    }

    function test_pageLoadsAndSwitchesViews() {
        // Without an account: empty states, the two views, the month beside the list when wide.
        const page = createTemporaryObject(pageComponent, test)
        verify(page)
        waitForRendering(page)
        verify(findText(page, "Nothing planned yet"))
        const month = findByName(page, "agendaMonth")
        verify(month && month.visible)
        page.width = 400
        verify(!month.visible)
        mouseClick(findByName(page, "requestsChip"))
        compare(page.view, "requests")
        verify(findText(page, "No requests"))
        verify(!findText(page, "Nothing planned yet"))
    }
}
