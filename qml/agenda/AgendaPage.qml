// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Agenda: the calendar of care days per child (a list; beside it a month on a wide window),
// the requests overview, and "Afwezig melden". Pages inside the tab open on a stack; deep
// links: "request/<id>", "requests", "absence", "day/<yyyy-MM-dd>".
TabPage {
    id: page
    objectName: "page_agenda"
    title: qsTr("Agenda")

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property real contentMargin: wide ? Theme.spacingXl : Theme.spacingL
    property string view: "calendar"   // "calendar" | "requests"

    AgendaCalendarModel { id: calendar; session: App.session }
    RequestOverviewModel { id: requests; session: App.session }
    AgendaWriter { id: writer; session: App.session }

    function openRequest(row) {
        if (row < 0)
            return
        stack.push(detailPage, { request: requests.get(row) })
    }
    function confirmCancel(row) {
        const r = requests.get(row)
        cancelDialog.requestId = r.requestId
        cancelDialog.childId = r.childId
        cancelDialog.childName = r.childName
        cancelDialog.what = r.typeLabel + ", " + r.period
        cancelDialog.open()
    }
    function reportAbsence() { stack.push(absenceForm) }

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
            } else if (kind === "day") {
                page.view = "calendar"
                Qt.callLater(() => { if (home.calendarList) home.calendarList.showDay(id) })
            }
        }
    }

    CancelDialog {
        id: cancelDialog
        parent: Overlay.overlay
        onConfirmed: (requestId, childId) => { writer.cancel(requestId, childId); if (stack.depth > 1) stack.pop() }
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: home
        Keys.onEscapePressed: event => { if (depth > 1) { pop(); event.accepted = true } }
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
    }

    Component {
        id: detailPage
        RequestDetailPage {
            onBack: stack.pop()
            onCancelRequested: {
                const row = requests.rowOfRequest(request.requestId)
                cancelDialog.requestId = request.requestId
                cancelDialog.childId = request.childId
                cancelDialog.childName = request.childName
                cancelDialog.what = request.typeLabel + ", " + request.period
                cancelDialog.open()
            }
        }
    }
    Component {
        id: absenceForm
        AbsenceForm {
            onBack: stack.pop()
            onSubmitted: { stack.pop(); page.view = "calendar" }
        }
    }
}
