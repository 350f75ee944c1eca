// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Nestje
import Nestje.Core

// The Agenda's actions. When they all fit they stand in one row. When they do not, "Zet in mijn
// agenda" and "Herladen" move into the "Meer" menu: at the end of the row where the requests
// and "Meer" fit (a tablet); on a phone "Meer" stands beside "Afwezigheid doorgeven", with "Dag
// aanvragen" and "Ruildag aanvragen" side by side below. One action per row pushed the calendar
// to the middle of a phone.
Flow {
    id: actions
    property AgendaWriter writer
    property bool calendarHasRows: false
    signal reportAbsence()
    signal requestDay()
    signal requestSwap()
    signal exportCalendar()

    readonly property bool offersAbsence: App.session.offers("absence") || App.session.featureState("planning") !== "unavailable"
    readonly property bool offersDay: writer ? writer.offersExtraDays : false
    readonly property bool offersSwap: writer ? writer.offersSwapDays : false
    // What every action offered needs side by side (padding does not change with `compact`,
    // so this does not depend on it).
    readonly property real rowWidth: {
        const shown = [offersAbsence ? absence.implicitWidth : 0, offersDay ? day.implicitWidth : 0,
                       offersSwap ? swap.implicitWidth : 0, calendarHasRows ? exportAction.implicitWidth : 0,
                       refresh.implicitWidth].filter(w => w > 0)
        return shown.reduce((sum, w) => sum + w, 0) + spacing * (shown.length - 1)
    }
    readonly property bool compact: width > 0 && rowWidth > width
    // The requests and "Meer" in one row do not fit either: the phone layout.
    readonly property bool stacked: {
        const shown = [offersAbsence ? absence.implicitWidth : 0, offersDay ? day.implicitWidth : 0,
                       offersSwap ? swap.implicitWidth : 0, moreAtEnd.implicitWidth].filter(w => w > 0)
        return compact && shown.reduce((sum, w) => sum + w, 0) + spacing * (shown.length - 1) > width
    }
    // Stacked, the two requests share a row at their own widths plus half the room left, or
    // each has a row of its own when both do not fit whole ("Ruildag aanvragen" was cut at 390 px).
    readonly property real requestRoom: actions.width - actions.spacing - day.implicitWidth - swap.implicitWidth
    readonly property bool requestsSideBySide: offersDay && offersSwap && requestRoom >= 0
    function requestWidth(button: Item): real {
        return actions.requestsSideBySide ? button.implicitWidth + actions.requestRoom / 2 : actions.width
    }

    // "Meer": the secondary actions in a menu, under the button it was opened from.
    component MoreButton: QuickAction {
        id: moreButton
        objectName: "agendaMore"
        text: qsTr("More")
        iconName: "more-vert"
        Accessible.name: qsTr("More actions")
        onClicked: {
            moreMenu.parent = moreButton
            moreMenu.open()
        }
    }
    Menu {
        id: moreMenu
        objectName: "agendaMoreMenu"
        x: parent ? parent.width - width : 0 // under the button, towards the page
        y: parent ? parent.height : 0
        MenuItem {
            objectName: "agendaExportItem"
            text: qsTr("Add to my calendar")
            icon.source: "qrc:/icons/agenda.svg"
            enabled: actions.calendarHasRows
            onTriggered: actions.exportCalendar()
        }
        MenuItem {
            objectName: "agendaRefreshItem"
            text: qsTr("Refresh")
            icon.source: "qrc:/icons/refresh.svg"
            enabled: !App.session.syncing
            onTriggered: App.session.syncNow()
        }
    }

    spacing: Theme.spacingS

    PrimaryButton {
        id: absence
        objectName: "reportAbsenceButton"
        text: qsTr("Report absence")
        leftPadding: Theme.spacingL
        rightPadding: Theme.spacingL
        width: actions.stacked ? actions.width - moreBeside.implicitWidth - actions.spacing : implicitWidth
        visible: actions.offersAbsence
        onClicked: actions.reportAbsence()
    }
    MoreButton {
        id: moreBeside
        visible: actions.stacked
        // Only its icon where "Afwezigheid doorgeven" would not read whole beside it (360 px);
        // measured against the other "Meer", whose width does not depend on this.
        iconOnly: absence.implicitWidth + actions.spacing + moreAtEnd.implicitWidth > actions.width
    }
    PrimaryButton {
        id: day
        objectName: "requestDayButton"
        text: qsTr("Request a day")
        leftPadding: Theme.spacingM
        rightPadding: Theme.spacingM
        width: actions.stacked ? actions.requestWidth(day) : implicitWidth
        visible: actions.offersDay
        onClicked: actions.requestDay()
    }
    PrimaryButton {
        id: swap
        objectName: "requestSwapButton"
        text: qsTr("Swap a day")
        leftPadding: Theme.spacingM
        rightPadding: Theme.spacingM
        width: actions.stacked ? actions.requestWidth(swap) : implicitWidth
        visible: actions.offersSwap
        onClicked: actions.requestSwap()
    }
    MoreButton {
        id: moreAtEnd
        visible: actions.compact && !actions.stacked
    }
    QuickAction {
        id: exportAction
        objectName: "agendaExport"
        text: qsTr("Add to my calendar")
        iconName: "agenda"
        visible: actions.calendarHasRows && !actions.compact
        onClicked: actions.exportCalendar()
    }
    QuickAction {
        id: refresh
        objectName: "agendaRefresh"
        text: qsTr("Refresh")
        iconName: "refresh"
        visible: !actions.compact
        enabled: !App.session.syncing
        onClicked: App.session.syncNow()
    }
}
