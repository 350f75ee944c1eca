// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// "Dag aanvragen" (001 §5.2, 002 §5.1). Two steps: "Dag toevoegen" (a date, then per child the
// possible day parts or "reeds gepland", own times for flexible care, and the payment;
// "Toevoegen" adds the bookings), and the request (its bookings, "als geheel beoordelen" for one
// date, "vervalt automatisch op", a remark, the summary; "Indienen" hands it to the outbox).
Page {
    id: wizard
    objectName: "extraDayWizard"
    property string step: "day"   // "day" | "request"
    property string day: ""
    property string addProblem: ""
    property alias request: request
    signal back()
    signal submitted()

    function tomorrow() { return App.portalDay(1) } // the daycare's tomorrow
    function ask() { options.ask(day) }
    function addDay() { addProblem = ""; step = "day"; if (day.length === 0) day = tomorrow() }
    // "Toevoegen": every child with a choice becomes a booking of the request.
    function addChosen() {
        let added = 0
        for (let i = 0; i < childChoices.count; ++i) {
            const item = childChoices.itemAt(i) as ExtraDayChildChoice
            const booking = item ? item.booking() : null
            if (!booking)
                continue
            const why = request.add(booking)
            if (why.length > 0) {
                addProblem = why
                return
            }
            item.reset()
            ++added
        }
        if (added === 0) {
            addProblem = qsTr("Choose a day part for at least one child.")
            return
        }
        addProblem = ""
        step = "request"
    }

    onDayChanged: askSoon.restart()
    Timer { id: askSoon; interval: 0; onTriggered: wizard.ask() }
    Component.onCompleted: {
        if (day.length === 0)
            day = tomorrow()
        else
            ask()
    }

    ExtraDayQuestion { id: options; session: App.session }
    ExtraDayRequest { id: request; session: App.session }

    readonly property var answer: options.state === PortalQuestion.Answered ? options.answer : null

    background: Rectangle { color: Theme.background }
    header: SubPageHeader {
        title: wizard.step === "day" ? qsTr("Add a day") : qsTr("Request a day")
        onBack: {
            if (wizard.step === "day" && request.count > 0)
                wizard.step = "request"
            else
                wizard.back()
        }
    }

    // Step 1: a date and what every child can get that day.
    Flickable {
        objectName: "extraDayStep"
        anchors.fill: parent
        visible: wizard.step === "day"
        contentHeight: dayColumn.implicitHeight + 2 * Theme.spacingL
        clip: true
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: dayColumn
            x: Theme.spacingL
            y: Theme.spacingL
            width: Math.min(wizard.width - 2 * Theme.spacingL, Theme.contentMaxWidth)
            spacing: Theme.spacingM

            DayStepper {
                objectName: "extraDayDate"
                Layout.fillWidth: true
                label: qsTr("Date")
                day: wizard.day
                minimum: wizard.tomorrow()
                onPicked: d => wizard.day = d
            }
            BusyIndicator { visible: options.state === PortalQuestion.Loading; running: visible }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: options.state === PortalQuestion.Offline
                text: qsTr("Offline: the possible day parts are computed by the organisation. Try again when there is a connection.")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: options.state === PortalQuestion.Failed || options.state === PortalQuestion.Unavailable
                text: options.errorText
                wrapMode: Text.Wrap
                color: Theme.error
            }
            Label {
                objectName: "closedNote"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: wizard.answer !== null && wizard.answer.closed
                text: qsTr("The organisation is closed on this day.")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: wizard.answer !== null && wizard.answer.schoolHoliday && !wizard.answer.closed
                text: qsTr("School holiday")
                color: Theme.textSecondary
            }
            Repeater {
                id: childChoices
                model: wizard.answer && !wizard.answer.closed ? wizard.answer.children : []
                ExtraDayChildChoice {
                    Layout.fillWidth: true
                    day: wizard.day
                    unit: wizard.answer ? wizard.answer.unit : ""
                    request: wizard.request
                }
            }
            Label {
                objectName: "addProblem"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: wizard.addProblem.length > 0
                text: wizard.addProblem
                wrapMode: Text.Wrap
                color: Theme.error
            }
            PrimaryButton {
                objectName: "extraDayAdd"
                Layout.fillWidth: true
                enabled: childChoices.count > 0
                text: qsTr("Add")
                onClicked: wizard.addChosen()
            }
        }
    }

    // Step 2: the request as it will be submitted.
    Flickable {
        objectName: "extraDaySummary"
        anchors.fill: parent
        visible: wizard.step === "request"
        contentHeight: requestColumn.implicitHeight + 2 * Theme.spacingL
        clip: true
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: requestColumn
            x: Theme.spacingL
            y: Theme.spacingL
            width: Math.min(wizard.width - 2 * Theme.spacingL, Theme.contentMaxWidth)
            spacing: Theme.spacingM

            Repeater {
                model: request.bookings
                ExtraDayBookingRow {
                    Layout.fillWidth: true
                    onRemove: request.remove(index)
                }
            }
            TextButton {
                objectName: "extraDayAddDay"
                text: qsTr("Add a day")
                onClicked: wizard.addDay()
            }
            WrappingCheckBox {
                objectName: "asWhole"
                Layout.fillWidth: true
                visible: request.asWholeOffered
                checked: request.asWhole
                text: qsTr("Assess as a whole: only when every child can come")
                onToggled: request.asWhole = checked
            }
            WrappingCheckBox {
                id: expires
                objectName: "expires"
                Layout.fillWidth: true
                visible: request.latestExpiryDay.length > 0
                checked: request.expiryDay.length > 0
                text: qsTr("The request lapses automatically if not assessed by")
                onToggled: request.expiryDay = checked ? request.latestExpiryDay : ""
            }
            DayStepper {
                objectName: "expiryDay"
                Layout.fillWidth: true
                visible: expires.visible && request.expiryDay.length > 0
                label: qsTr("Lapses on")
                day: request.expiryDay
                minimum: App.portalDay()
                maximum: request.latestExpiryDay
                onPicked: d => request.expiryDay = d
            }
            FormArea {
                id: remark
                objectName: "extraDayRemark"
                Layout.fillWidth: true
                label: qsTr("Remark for the organisation (optional)")
                textFormat: TextEdit.PlainText
            }

            Rectangle {
                objectName: "extraDayTotals"
                Layout.fillWidth: true
                visible: request.count > 0
                implicitHeight: totals.implicitHeight + 2 * Theme.spacingM
                radius: Theme.radius
                color: Theme.surfaceVariant
                ColumnLayout {
                    id: totals
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacingM }
                    spacing: Theme.spacingXs
                    Label {
                        objectName: "totalText"
                        textFormat: Text.PlainText // text from the portal is never markup
                        Layout.fillWidth: true
                        text: qsTr("Total: %1").arg(request.totalText)
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Repeater {
                        model: request.creditLines
                        Label {
                            required property var modelData
                            textFormat: Text.PlainText // text from the portal is never markup
                            Layout.fillWidth: true
                            text: modelData.text
                            wrapMode: Text.Wrap
                            color: Theme.text
                        }
                    }
                    Label {
                        objectName: "approvalText"
                        textFormat: Text.PlainText // text from the portal is never markup
                        Layout.fillWidth: true
                        text: request.approvalText
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                    }
                }
            }
            Label {
                objectName: "requestProblem"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: text.length > 0 && submit.tried
                text: request.problem
                wrapMode: Text.Wrap
                color: Theme.error
            }
            PrimaryButton {
                id: submit
                objectName: "extraDaySubmit"
                property bool tried: false
                Layout.fillWidth: true
                text: qsTr("Submit")
                onClicked: {
                    tried = true
                    if (request.submit(remark.text) > 0)
                        wizard.submitted()
                }
            }
        }
    }
}
