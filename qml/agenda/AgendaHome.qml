// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// The Agenda tab's first page: the actions, the choice between the calendar and the requests,
// the child filter, what the portal refused (retry or discard), then the list. On a wide
// window the month sits beside the calendar list.
Item {
    id: home
    property AgendaCalendarModel calendar
    property RequestOverviewModel requests
    property AgendaWriter writer
    property string view
    property bool wide
    property real contentMargin
    property alias calendarList: calendarList
    signal viewChosen(string view)
    signal openRequest(int row)
    signal cancelRequest(int row)
    signal reportAbsence()
    signal requestDay()
    signal requestSwap()
    signal exportCalendar()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        AgendaActions {
            objectName: "agendaActions"
            Layout.fillWidth: true
            Layout.leftMargin: home.contentMargin
            Layout.rightMargin: home.contentMargin
            Layout.topMargin: Theme.spacingM
            writer: home.writer
            calendarHasRows: home.calendar.count > 0
            onReportAbsence: home.reportAbsence()
            onRequestDay: home.requestDay()
            onRequestSwap: home.requestSwap()
            onExportCalendar: home.exportCalendar()
        }

        Flow {
            Layout.fillWidth: true
            Layout.leftMargin: home.contentMargin
            Layout.rightMargin: home.contentMargin
            Layout.topMargin: Theme.spacingM
            spacing: Theme.spacingS
            FilterChip {
                objectName: "calendarChip"
                text: qsTr("Calendar")
                checked: home.view === "calendar"
                onClicked: home.viewChosen("calendar")
            }
            FilterChip {
                objectName: "requestsChip"
                text: qsTr("Requests")
                checked: home.view === "requests"
                onClicked: home.viewChosen("requests")
            }
            Item { width: Theme.spacingL; height: 1; visible: home.view === "calendar" && childRepeater.count > 1 }
            FilterChip {
                visible: home.view === "calendar" && childRepeater.count > 1
                text: qsTr("All children")
                checked: home.calendar.childId.length === 0
                onClicked: home.calendar.childId = ""
            }
            Repeater {
                id: childRepeater
                model: home.calendar.children
                FilterChip {
                    required property var modelData
                    visible: home.view === "calendar" && childRepeater.count > 1
                    text: modelData.firstName
                    checked: home.calendar.childId === modelData.id
                    onClicked: home.calendar.childId = modelData.id
                }
            }
        }

        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            Layout.leftMargin: home.contentMargin
            Layout.rightMargin: home.contentMargin
            Layout.topMargin: Theme.spacingS
            visible: text.length > 0
            text: App.session.staleNote("planning")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall + 1
            color: Theme.textSecondary
        }

        // What the portal refused: its words, then retry or discard.
        Repeater {
            model: home.writer.refused
            RefusedWrite {
                required property var modelData
                Layout.fillWidth: true
                Layout.leftMargin: home.contentMargin
                Layout.rightMargin: home.contentMargin
                Layout.topMargin: Theme.spacingS
                title: modelData.title
                errorText: modelData.errorText
                onRetry: home.writer.retry(modelData.id)
                onDiscard: home.writer.discard(modelData.id)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            visible: home.view === "calendar"
            AgendaCalendarList {
                id: calendarList
                Layout.fillWidth: true
                Layout.fillHeight: true
                calendar: home.calendar
                contentMargin: home.contentMargin
            }
            AgendaMonth {
                objectName: "agendaMonth"
                visible: home.wide
                Layout.preferredWidth: Math.min(420, home.width * 0.45)
                Layout.maximumWidth: Math.min(420, home.width * 0.45) // the list keeps the rest
                Layout.fillHeight: true
                Layout.rightMargin: home.contentMargin
                Layout.topMargin: Theme.spacingM
                session: App.session
                childId: home.calendar.childId
                onDayChosen: isoDay => calendarList.showDay(isoDay)
            }
        }
        RequestList {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: home.view === "requests"
            requests: home.requests
            contentMargin: home.contentMargin
            onOpenRequest: row => home.openRequest(row)
            onCancelRequest: row => home.cancelRequest(row)
        }
    }

    EmptyState {
        anchors.centerIn: parent
        visible: home.view === "requests" && home.requests.count === 0 && !App.session.syncing
        icon: "agenda"
        title: qsTr("No requests")
        explanation: qsTr("Extra days, swap days and absences you report appear here with their status.")
    }
    EmptyState {
        anchors.centerIn: parent
        visible: home.view === "calendar" && home.calendar.count === 0 && !App.session.syncing
        icon: "agenda"
        title: qsTr("Nothing planned yet")
        explanation: qsTr("The days your child is expected appear here, together with your requests for extra days, swap days and absence.")
    }
}
