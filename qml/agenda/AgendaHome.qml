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
    signal openMoment(var moment)

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

        // With several accounts shown together, requests still go to one account: the one in
        // view. Say which, and offer the account filtered to.
        RowLayout {
            id: requestsGoTo
            objectName: "requestsGoTo"
            readonly property var filtered: {
                for (const organisation of home.calendar.organisations) {
                    if (organisation.id === home.calendar.accountId)
                        return organisation
                }
                return undefined
            }
            Layout.fillWidth: true
            Layout.leftMargin: home.contentMargin
            Layout.rightMargin: home.contentMargin
            Layout.topMargin: Theme.spacingS
            visible: home.calendar.organisations.length > 1
            spacing: Theme.spacingS
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: qsTr("Requests go to %1.").arg(App.session.organisation)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall + 1
                color: Theme.textSecondary
            }
            TextButton {
                objectName: "switchToFiltered"
                visible: requestsGoTo.filtered !== undefined && requestsGoTo.filtered.id !== App.session.accountId
                text: requestsGoTo.filtered !== undefined ? qsTr("Switch to %1").arg(requestsGoTo.filtered.name) : ""
                onClicked: App.switchAccount(requestsGoTo.filtered.id)
            }
        }

        Flow {
            id: filterRow
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
            // The filter: with several accounts (a daycare and an after-school care) each
            // account and each child in the account's colour; with one, the children. It stays
            // one line: beside the view chips where it fits, else below them, scrolling sideways
            // (six chips took four lines of a phone).
            readonly property bool filters: home.view === "calendar"
                                            && (childRepeater.count > 1 || organisationRepeater.count > 1)
            Item { width: Theme.spacingL; height: 1; visible: filterRow.filters }
            Flickable {
                id: filterScroller
                objectName: "filterScroller"
                visible: filterRow.filters
                width: Math.min(filterChips.implicitWidth, filterRow.width)
                height: filterChips.implicitHeight
                contentWidth: filterChips.implicitWidth
                flickableDirection: Flickable.HorizontalFlick
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                // A chip reached with Tab scrolls into view.
                function show(chip: Item) {
                    if (chip.x < contentX)
                        contentX = chip.x
                    else if (chip.x + chip.width > contentX + width)
                        contentX = chip.x + chip.width - width
                }
                Row {
                    id: filterChips
                    spacing: Theme.spacingS
                    FilterChip {
                        objectName: "allChildrenChip"
                        text: organisationRepeater.count > 1 ? qsTr("Everyone") : qsTr("All children")
                        checked: home.calendar.childId.length === 0 && home.calendar.accountId.length === 0
                        onClicked: { home.calendar.accountId = ""; home.calendar.childId = "" }
                        onActiveFocusChanged: if (activeFocus) filterScroller.show(this)
                    }
                    Repeater {
                        id: organisationRepeater
                        model: home.calendar.organisations
                        FilterChip {
                            required property var modelData
                            objectName: "organisationChip"
                            text: modelData.name
                            dotColor: Theme.accountColor(modelData.colorIndex)
                            checked: home.calendar.accountId === modelData.id && home.calendar.childId.length === 0
                            onClicked: { home.calendar.childId = ""; home.calendar.accountId = modelData.id }
                            onActiveFocusChanged: if (activeFocus) filterScroller.show(this)
                        }
                    }
                    Repeater {
                        id: childRepeater
                        model: home.calendar.children
                        FilterChip {
                            required property var modelData
                            objectName: "childChip"
                            text: modelData.firstName
                            dotColor: Theme.accountColor(modelData.colorIndex)
                            checked: home.calendar.childId === modelData.id
                                     && home.calendar.accountId === modelData.accountId
                            onClicked: { home.calendar.accountId = modelData.accountId; home.calendar.childId = modelData.id }
                            onActiveFocusChanged: if (activeFocus) filterScroller.show(this)
                        }
                    }
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
                onMomentChosen: moment => home.openMoment(moment)
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
                accounts: home.calendar.accounts
                accountId: home.calendar.accountId
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
