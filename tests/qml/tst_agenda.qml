// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtTest
import Nestje
import Nestje.Core

// The Agenda pieces on their own: a calendar row in each state (planned, absent, an option,
// being sent, refused), a request row (the cancel icon only while allowed, the portal's
// refusal), the request detail (cancel, or the organisation's reason why not) and the absence
// form (says what is missing before it sends anything); the Dag aanvragen wizard: a child's
// choices ("reeds gepland", parts that cannot be booked, the payment and the credits that cannot
// pay it, own times only for flexible care), and the request step (as a whole only for one
// date, the total, what is missing); a child in the Ruildag form (the planned parts to give up,
// the notice instead of parts when the new day is planned already).
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

    Component {
        id: childChoiceComponent
        ExtraDayChildChoice {
            width: 400
            index: 0
            day: "2026-12-01"
            unit: "uur"
            request: choiceRequest
        }
    }
    ExtraDayRequest { id: choiceRequest }
    Component {
        id: swapChildComponent
        SwapChildChoice { width: 400 }
    }
    Component {
        id: wizardComponent
        ExtraDayWizard {
            width: 420
            height: 800
        }
    }
    readonly property var noorOptions: ({
        childId: "8", firstName: "Noor", flexible: true, alreadyPlanned: true,
        plannedText: "already planned: 07:30 – 13:00", openFrom: "07:30", openUntil: "18:30",
        options: [
            { optionId: "8|ochtend", code: "ochtend", label: "Ochtend", times: "07:30 – 13:00", startTime: 1796106600000,
              endTime: 1796126400000, value: 5.5, valueText: "5,5 uur", available: false,
              refusal: "Reeds gepland van 07:30 tot 13:00.", payments: [], notOffered: [] },
            { optionId: "8|middag", code: "middag", label: "Middag", times: "13:00 – 18:30", startTime: 1796126400000,
              endTime: 1796146200000, value: 5.5, valueText: "5,5 uur", available: true, refusal: "",
              payments: [{ type: "invoice", creditId: "", label: "On the invoice", remaining: 0, text: "On the invoice" },
                         { type: "credit", creditId: "9", label: "KDV flextegoed", remaining: 29, text: "KDV flextegoed (29 uur left)" }],
              notOffered: [{ label: "Ruiltegoed", reason: "er is nog 3 uur, nodig is 5,5 uur",
                             text: "Ruiltegoed cannot be used: er is nog 3 uur, nodig is 5,5 uur." }] }
        ]
    })

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

    // Several accounts together: a dot in the account's colour, the organisation read out; one
    // account: no dot.
    function test_calendarRowOfAnAccount() {
        const row = createTemporaryObject(partComponent, test)
        const dot = findByName(row, "accountDot")
        verify(!dot.visible)
        verify(row.Accessible.name.indexOf("De Boomhut") < 0)
        row.organisation = "De Boomhut"
        row.accountColor = Theme.accountColor(1)
        verify(dot.visible)
        compare(dot.color, Theme.accountColor(1))
        verify(dot.width >= 8)
        verify(row.Accessible.name.indexOf("De Boomhut") === 0)
        verify(!Qt.colorEqual(Theme.accountColor(0), Theme.accountColor(1)))
        verify(Qt.colorEqual(Theme.accountColor(4), Theme.accountColor(0))) // a fifth account reuses the first colour
        compare(Theme.accountColor(-1).a, 0)
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

    Component {
        id: cancelDialogComponent
        CancelDialog {
            requestId: "41"
            childId: "8"
            childName: "Noor"
            what: "Extra dag, di 1 dec"
        }
    }

    // The confirmation before a request is cancelled: says what goes, and only "Cancel request"
    // confirms it ("Back" leaves it as it is).
    function test_cancelDialogConfirmsOnlyOnItsAction() {
        const dialog = createTemporaryObject(cancelDialogComponent, test)
        const confirmed = createTemporaryQmlObject("import QtTest; SignalSpy {}", test)
        confirmed.target = dialog
        confirmed.signalName = "confirmed"
        dialog.open()
        tryCompare(dialog, "opened", true)
        verify(dialog.text.indexOf("Extra dag, di 1 dec") >= 0 && dialog.text.indexOf("Noor") >= 0)
        const back = findByName(dialog.footer, "confirmCancel")
        compare(back.text, "Back")
        mouseClick(back)
        tryCompare(dialog, "visible", false)
        compare(confirmed.count, 0)
        dialog.open()
        tryCompare(dialog, "opened", true)
        const accept = findByName(dialog.footer, "confirmAccept")
        compare(accept.text, "Cancel request")
        mouseClick(accept)
        tryCompare(dialog, "visible", false)
        compare(confirmed.count, 1)
        compare(dialog.requestId, "41")
        compare(dialog.childId, "8")
    }

    // The forms start at the daycare's today and tomorrow, not the device's: this file also runs
    // with TZ=Pacific/Kiritimati and TZ=Pacific/Pago_Pago, and at any hour one of them is on
    // another day than Amsterdam (in New York the absence form offered yesterday's parts).
    function test_formsStartOnThePortalsDay() {
        const today = App.portalDay()
        verify(/^\d{4}-\d{2}-\d{2}$/.test(today), today)
        const form = createTemporaryObject(formComponent, test)
        compare(form.from, today)
        compare(form.to, today)
        const wizard = createTemporaryObject(wizardComponent, test)
        compare(wizard.tomorrow(), App.portalDay(1))
        verify(App.portalDay(1) > today)
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

    function test_extraDayChildChoice() {
        const choice = createTemporaryObject(childChoiceComponent, test, { modelData: test.noorOptions })
        waitForRendering(choice)
        verify(findByName(choice, "alreadyPlanned").visible)
        // The planned morning cannot be chosen, and says why.
        const morning = findByName(choice, "part_ochtend")
        verify(!morning.enabled)
        verify(morning.text.indexOf("Reeds gepland van 07:30 tot 13:00.") >= 0)
        compare(choice.booking(), null)
        // Nothing chosen: no payment yet.
        verify(!findText(choice, "KDV flextegoed (29 uur left)"))
        mouseClick(findByName(choice, "part_middag"))
        compare(choice.chosen, "8|middag")
        verify(findText(choice, "KDV flextegoed (29 uur left)"))
        verify(findText(choice, "Ruiltegoed cannot be used: er is nog 3 uur, nodig is 5,5 uur."))
        compare(choice.booking().payment.type, "invoice")
        mouseClick(findByName(choice, "payment_9"))
        compare(choice.booking().payment.creditId, "9")
        compare(choice.booking().optionId, "8|middag")
        compare(choice.booking().value, 5.5)
        // Own times, only for flexible care, checked against the opening hours.
        const own = findByName(choice, "ownTimes")
        verify(own.visible)
        mouseClick(own)
        compare(choice.chosen, "own")
        choice.ownFrom = "06:00"
        verify(choice.own.problem.length > 0)
        compare(choice.booking(), null)
        choice.ownFrom = "09:00"
        choice.ownUntil = "15:30"
        compare(choice.own.problem, "")
        compare(choice.own.value, 6.5)
        compare(choice.booking().optionId, "")
        const notFlexible = Object.assign({}, test.noorOptions, { flexible: false })
        choice.modelData = notFlexible
        verify(!own.visible)
    }

    function test_extraDayWizardRequestStep() {
        const wizard = createTemporaryObject(wizardComponent, test)
        waitForRendering(wizard)
        compare(wizard.step, "day")
        // Nothing offered without an account: "Toevoegen" adds nothing.
        verify(!findByName(wizard, "extraDayAdd").enabled)
        const day = new Date(Date.now() + 10 * 86400000)
        const iso = Qt.formatDate(day, "yyyy-MM-dd")
        const start = new Date(iso + "T13:00:00").getTime()
        const booking = { childId: "8", firstName: "Noor", day: iso, optionId: "8|middag", label: "Middag",
                          startTime: start, endTime: start + 5.5 * 3600000, value: 5.5, unit: "uur",
                          payment: { type: "invoice" } }
        compare(wizard.request.add(booking), "")
        wizard.step = "request"
        waitForRendering(wizard)
        compare(findByName(wizard, "extraDayBooking").modelData.firstName, "Noor")
        verify(findByName(wizard, "totalText").text.indexOf("5,5 uur") >= 0
               || findByName(wizard, "totalText").text.indexOf("5.5 uur") >= 0)
        // One date: "als geheel" offered; a second date: not.
        verify(findByName(wizard, "asWhole").visible)
        const later = Object.assign({}, booking, { day: Qt.formatDate(new Date(day.getTime() + 86400000), "yyyy-MM-dd"),
                                                   startTime: start + 86400000, endTime: start + 86400000 + 5.5 * 3600000 })
        compare(wizard.request.add(later), "")
        verify(!findByName(wizard, "asWhole").visible)
        // The expiry day: at the latest the day before the first booking.
        const expires = findByName(wizard, "expires")
        verify(expires.visible)
        mouseClick(expires)
        compare(wizard.request.expiryDay, Qt.formatDate(new Date(day.getTime() - 86400000), "yyyy-MM-dd"))
        verify(!findByName(findByName(wizard, "expiryDay"), "nextDay").enabled)
        // Removing both bookings: "Indienen" says what is missing.
        mouseClick(findByName(wizard, "removeBooking"))
        mouseClick(findByName(wizard, "removeBooking"))
        compare(wizard.request.count, 0)
        mouseClick(findByName(wizard, "extraDaySubmit"))
        verify(findByName(wizard, "requestProblem").visible)
    }

    function test_swapChildChoice() {
        const part = (id, label, value, available) => ({ optionId: id, label: label, times: "07:30 – 13:00",
                                                         value: value, valueText: value + " uur", available: available,
                                                         refusal: available ? "" : "Geen plek meer in de groep." })
        const child = createTemporaryObject(swapChildComponent, test, { modelData: {
            childId: "7", firstName: "Daan", targetNotice: "",
            giveUp: [part("7|a|hele_dag", "Hele dag", 11, true)],
            take: [part("7|b|ochtend", "Ochtend", 5.5, true), part("7|b|middag", "Middag", 5.5, false)] } })
        waitForRendering(child)
        const spy = createTemporaryQmlObject("import QtTest; SignalSpy {}", test)
        spy.target = child
        spy.signalName = "takeToggled"
        verify(!findByName(child, "nothingToGiveUp").visible)
        verify(!findByName(child, "giveUp_7|a|hele_dag").checked) // the parent ticks what to give up
        verify(!findByName(child, "take_7|b|middag").enabled)
        verify(findByName(child, "take_7|b|middag").text.indexOf("Geen plek meer in de groep.") >= 0)
        mouseClick(findByName(child, "take_7|b|ochtend"))
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "7|b|ochtend")
        // Planned on the new day already: the notice, no parts to take.
        child.modelData = Object.assign({}, child.modelData, { targetNotice: "Daan is op woensdag 2 december al gepland." })
        verify(findText(child, "Daan is op woensdag 2 december al gepland."))
        compare(findByName(child, "take_7|b|ochtend"), null)
        // A period: each part says its day, and the notice about one day leaves the others to take.
        child.modelData = Object.assign({}, child.modelData, {
            giveUp: [Object.assign(part("7|a|hele_dag", "Hele dag", 11, true), { dayLabel: "ma 7 dec" })],
            take: [Object.assign(part("7|b|ochtend", "Ochtend", 5.5, true), { dayLabel: "di 15 dec" })] })
        child.period = true
        waitForRendering(child)
        verify(findByName(child, "giveUp_7|a|hele_dag").text.indexOf("ma 7 dec · Hele dag") === 0)
        verify(findByName(child, "take_7|b|ochtend").text.indexOf("di 15 dec · Ochtend") === 0)
    }
}
