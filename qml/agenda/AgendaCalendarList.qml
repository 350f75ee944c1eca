// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Nestje
import Nestje.Core

// The calendar of care days as a list, by day, opening at today (earlier days above it).
ListView {
    id: list
    objectName: "agendaCalendarList"
    property AgendaCalendarModel calendar
    property real contentMargin: Theme.spacingL
    // Opening at today once the rows are there, and when the child filter changes. True once
    // the list stands at today. The rows of a first sync arrive in steps (the past first), so
    // the screenshot mode waits for this rather than for the sync (app/ScreenshotPages.cpp).
    property bool positioned: false
    // A care moment was tapped (or chosen with Enter): its row's roles, for its detail.
    signal momentChosen(var moment)

    function showToday() {
        const row = list.calendar.todayRow
        if (row >= 0)
            positionViewAtIndex(row, ListView.Beginning)
        // It stands at today only when today is at the top. A first sync brings the days in
        // windows of three months; when today's rows are the last of the first window (on the
        // day it ends), the list cannot scroll that far yet and stops at the days before: the
        // next rows to arrive position it again.
        const item = row >= 0 ? itemAtIndex(row) : null
        positioned = item !== null && item.y - contentY < height / 3
    }
    function showDay(isoDay) {
        const row = list.calendar.rowOfDay(isoDay)
        if (row >= 0)
            positionViewAtIndex(row, ListView.Beginning)
    }

    model: calendar
    spacing: Theme.spacingS
    topMargin: Theme.spacingM
    bottomMargin: Theme.spacingXl
    reuseItems: true
    clip: true
    keyNavigationEnabled: true
    activeFocusOnTab: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Care days")
    ScrollBar.vertical: ScrollBar {}
    onCountChanged: if (!positioned) showTodaySoon.restart()
    Timer { id: showTodaySoon; interval: 0; onTriggered: list.showToday() }

    // A second account's days arrive around today (its first sync, or after a log-out): the
    // list goes back to today, as for another child.
    readonly property int accountsShown: calendar ? calendar.organisations.length : 0
    onAccountsShownChanged: { positioned = false; showTodaySoon.restart() }

    Connections {
        target: list.calendar
        function onChildIdChanged() { list.positioned = false; showTodaySoon.restart() }
        function onAccountIdChanged() { list.positioned = false; showTodaySoon.restart() }
    }

    // Not `pragma ComponentBehavior: Bound`: under it Qt 6.4 makes no section heading at all
    // (docs/architecture.md). The delegates below reach the list by its id.
    // qmllint disable unqualified
    section.property: "dayLabel"
    section.criteria: ViewSection.FullString
    // The heading reads the `section` context property, not a required property: Qt 6.4 keeps
    // section headings in a small cache and, reusing one for another day, updates only the
    // context property, so a required one kept the old day ("Donderdag 3 september" above
    // Christmas after a jump or a long scroll).
    section.delegate: Item {
        width: list.width
        height: dayLabel.implicitHeight + Theme.spacingL
        Label {
            id: dayLabel
            textFormat: Text.PlainText // text from the portal is never markup
            x: list.contentMargin
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.spacingXs
            text: section.charAt(0).toUpperCase() + section.slice(1)
            font.pixelSize: Theme.fontBody
            font.weight: Font.Bold
            color: Theme.textSecondary
            Accessible.role: Accessible.Heading
        }
    }

    delegate: Item {
        id: row
        objectName: "calendarRow"
        required property string day
        required property string childName
        required property string times
        required property string code
        required property string status
        required property bool sending
        required property string refused
        required property string organisation
        required property int colorIndex
        required property string childId
        required property string dayLabel
        required property string accountId
        required property real startTime
        required property real endTime
        width: list.width
        // Enter on the current row opens it, as a tap does (the list gives its current row focus).
        Keys.onReturnPressed: choose()
        Keys.onEnterPressed: choose()
        // A closing day or holiday has no detail of its own.
        function choose() {
            if (row.childId.length > 0)
                list.momentChosen({ childId: row.childId, childName: row.childName, day: row.day,
                                    dayLabel: row.dayLabel, times: row.times, status: row.status,
                                    code: row.code, organisation: row.organisation,
                                    accountId: row.accountId, startTime: row.startTime, endTime: row.endTime })
        }
        height: partRow.implicitHeight
        AgendaPartRow {
            id: partRow
            x: list.contentMargin
            width: Math.min(row.width - 2 * list.contentMargin, Theme.contentMaxWidth)
            childName: row.childName
            times: row.times
            code: row.code
            status: row.status
            sending: row.sending
            refused: row.refused
            organisation: row.organisation
            accountColor: Theme.accountColor(row.colorIndex)
            showChild: list.calendar.childId.length === 0
            MouseArea {
                anchors.fill: parent
                enabled: row.childId.length > 0
                cursorShape: enabled ? Qt.PointingHandCursor : Qt.ArrowCursor
                onClicked: row.choose()
            }
        }
    }
    // qmllint enable unqualified
}
