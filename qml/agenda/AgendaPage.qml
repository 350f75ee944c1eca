// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtCore
import Nestje
import Nestje.Core

// Agenda: the calendar of care days per child (a list; beside it a month on a wide window),
// the requests overview, and "Afwezig melden". Pages inside the tab open on a stack; deep
// links: "request/<id>", "requests", "absence", "extraday[/<yyyy-MM-dd>]", "swap[/period]", "day/<yyyy-MM-dd>",
// "calendarfile".
TabPage {
    id: page
    objectName: "page_agenda"
    title: qsTr("Agenda")

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property real contentMargin: wide ? Theme.spacingXl : Theme.spacingL
    property string view: "calendar"   // "calendar" | "requests"

    // With several accounts, every account's children together, each account in its colour.
    AgendaCalendarModel { id: calendar; session: App.session; accounts: App.accountList }
    RequestOverviewModel { id: requests; session: App.session }
    AgendaWriter { id: writer; session: App.session }

    // "Zet in mijn agenda": the calendar as an .ics file where the parent chooses, once or kept
    // up to date after every sync (CalendarFilePage).
    AgendaCalendarFile {
        id: calendarFile
        objectName: "agendaCalendarFile"
        session: App.session
        onSaved: (path, events) => toast.show(qsTr("%n care moments saved in %1", "", events).arg(path))
        onKept: (path, events) => toast.show(qsTr("%n care moments saved in %1. Nestje keeps the file up to date.", "", events).arg(path))
        onFailed: reason => toast.show(reason)
    }
    FilePicker {
        id: calendarPicker
        objectName: "calendarSavePicker"
        property bool keeping: false // the file to keep up to date, or a copy saved once
        title: keeping ? qsTr("Keep up to date in") : qsTr("Add to my calendar")
        save: true
        folder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        suggestedName: "nestje-agenda.ics"
        nameFilters: [qsTr("iCalendar files (*.ics)")]
        defaultSuffix: "ics"
        acceptLabel: qsTr("Save")
        onPicked: urls => keeping ? calendarFile.keep(urls[0]) : calendarFile.save(urls[0])
        onFailed: reason => toast.show(reason)
        function openFor(keep: bool) {
            keeping = keep
            open()
        }
    }

    function openRequest(row) {
        if (row < 0)
            return
        stack.push(detailPage, { request: requests.get(row) })
    }
    function confirmCancel(row) { askCancel(requests.get(row)) }
    // `r`: a row of the overview ({requestId, childId, childName, typeLabel, period}).
    function askCancel(r) {
        cancelDialog.requestId = r.requestId
        cancelDialog.childId = r.childId
        cancelDialog.childName = r.childName
        cancelDialog.what = r.typeLabel + ", " + r.period
        cancelDialog.open()
    }
    function reportAbsence(isoDay) { stack.push(absenceForm, isoDay ? { from: isoDay } : {}) }
    // A tapped care moment: the request behind it when there is one (with cancel where allowed),
    // otherwise the moment itself. Another account's requests are not in this overview.
    function openMoment(moment) {
        const ownAccount = moment.accountId.length === 0 || moment.accountId === App.session.accountId
        const row = ownAccount ? requests.rowOfMoment(moment.childId, moment.startTime, moment.endTime) : -1
        if (row >= 0)
            openRequest(row)
        else
            stack.push(momentPage, { part: moment })
    }
    function requestSwap(period: bool) { stack.push(swapForm, { startAsPeriod: period }) }
    function requestDay(isoDay) { stack.push(extraDayWizard, isoDay ? { day: isoDay } : {}) }

    Connections {
        target: App
        function onLinkRequested(tab, target) {
            if (tab !== "agenda")
                return
            stack.pop(null)
            const slash = target.indexOf("/")
            const kind = slash < 0 ? target : target.slice(0, slash)
            const id = slash < 0 ? "" : target.slice(slash + 1)
            if (kind === "request") {
                page.view = "requests"
                page.openRequest(requests.rowOfRequest(id))
            } else if (kind === "requests") {
                page.view = "requests"
            } else if (kind === "absence") {
                page.reportAbsence()
            } else if (kind === "swap") {
                page.requestSwap(id === "period")
            } else if (kind === "calendarfile") {
                stack.push(calendarFilePage)
            } else if (kind === "extraday") {
                page.requestDay(id)
            } else if (kind === "day") {
                page.view = "calendar"
                showDaySoon.day = id
                showDaySoon.restart()
            }
        }
    }

    // A day link shows its day once the calendar view is visible again.
    Timer {
        id: showDaySoon
        property string day
        interval: 0
        onTriggered: if (home.calendarList) home.calendarList.showDay(day)
    }

    CancelDialog {
        id: cancelDialog
        parent: Overlay.overlay
        onConfirmed: { writer.cancel(cancelDialog.requestId, cancelDialog.childId); if (stack.depth > 1) stack.pop() }
    }

    StackView {
        id: stack
        objectName: "agendaStack"
        anchors.fill: parent
        initialItem: home
        Keys.onEscapePressed: event => { if (depth > 1) { pop(); event.accepted = true } }
        Keys.onBackPressed: event => { if (depth > 1) { pop(); event.accepted = true } }
    }

    AgendaHome {
        id: home
        calendar: calendar
        requests: requests
        writer: writer
        view: page.view
        wide: page.wide
        contentMargin: page.contentMargin
        onViewChosen: v => page.view = v
        onOpenRequest: row => page.openRequest(row)
        onCancelRequest: row => page.confirmCancel(row)
        onReportAbsence: page.reportAbsence()
        onOpenMoment: moment => page.openMoment(moment)
        onRequestDay: page.requestDay("")
        onRequestSwap: page.requestSwap(false)
        onExportCalendar: stack.push(calendarFilePage)
    }

    Toast { id: toast; z: 10 }

    // Not `pragma ComponentBehavior: Bound`: a StackView cannot make a bound component in Qt 6.4
    // (docs/architecture.md). The pages below reach the stack and the page by their ids.
    // qmllint disable unqualified
    Component {
        id: detailPage
        RequestDetailPage {
            onBack: stack.pop()
            onCancelRequested: page.askCancel(request)
        }
    }
    Component {
        id: momentPage
        MomentPage {
            onBack: stack.pop()
            onReportAbsence: day => { stack.pop(); page.reportAbsence(day) }
        }
    }
    Component {
        id: absenceForm
        AbsenceForm {
            onBack: stack.pop()
            onSubmitted: { stack.pop(); page.view = "calendar" }
        }
    }
    Component {
        id: extraDayWizard
        ExtraDayWizard {
            onBack: stack.pop()
            onSubmitted: { stack.pop(); page.view = "requests" }
        }
    }
    Component {
        id: calendarFilePage
        CalendarFilePage {
            file: calendarFile
            onBack: stack.pop()
            onSaveOnce: calendarPicker.openFor(false)
            onChooseKeptFile: calendarPicker.openFor(true)
        }
    }
    Component {
        id: swapForm
        SwapForm {
            onBack: stack.pop()
            onSubmitted: { stack.pop(); page.view = "requests" }
        }
    }
    // qmllint enable unqualified
}
