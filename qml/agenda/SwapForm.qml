// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// "Ruildag aanvragen" (001 §5.3): the day (or period) to give up with every child's planned day
// parts to tick, the day to swap to with the parts to get (or the notice that the child is
// planned there already), the warning that time given up beyond what is taken is lost, "als
// geheel", the expiry and a remark; "Indienen" hands it to the outbox. A period is swapped for
// the period of the same length from the target day.
Page {
    id: form
    objectName: "swapForm"
    property string day: ""     // given up
    property string until: ""   // the period's last day given up; "" for one day
    property string target: ""  // swapped to (the first day of the period swapped to)
    readonly property bool period: until.length > 0 && until > day
    readonly property string targetUntil: period ? dayAfter(target, daysBetween(day, until)) : target
    property var giveUp: []     // option ids
    property var take: []
    property string expiryDay: ""
    property bool startAsPeriod: false  // opens with a working week ticked as the period
    signal back()
    signal submitted()

    readonly property var answer: options.state === PortalQuestion.Answered ? options.answer : null
    readonly property string latestExpiry: {
        if (day.length === 0 || target.length === 0)
            return ""
        const first = day < target ? day : target  // a period's first days: no later day matters
        const d = new Date(first + "T12:00:00")
        d.setDate(d.getDate() - 1)
        const latest = Qt.formatDate(d, "yyyy-MM-dd")
        return latest >= App.portalDay() ? latest : ""
    }

    function dayAfter(iso, n) {
        const d = new Date((iso.length > 0 ? iso : App.portalDay()) + "T12:00:00")
        d.setDate(d.getDate() + n)
        return Qt.formatDate(d, "yyyy-MM-dd")
    }
    function daysBetween(a, b) {
        return Math.round((new Date(b + "T12:00:00") - new Date(a + "T12:00:00")) / 86400000)
    }
    function toggled(list, id, on) {
        const next = list.filter(x => x !== id)
        if (on)
            next.push(id)
        return next
    }
    function ask() {
        giveUp = []
        take = []
        options.ask(day, target, period ? until : "")
    }

    onDayChanged: {
        if (until.length > 0 && until <= day)
            until = dayAfter(day, 1)
        askSoon.restart()
    }
    onUntilChanged: askSoon.restart()
    onTargetChanged: askSoon.restart()
    // One question once both days are set.
    Timer { id: askSoon; interval: 0; onTriggered: form.ask() }
    Component.onCompleted: {
        if (day.length === 0)
            day = dayAfter("", 3)
        if (startAsPeriod && until.length === 0)
            until = dayAfter(day, 4)
        if (target.length === 0)
            target = dayAfter(period ? until : day, 1)
    }

    SwapQuestion { id: options; session: App.session }
    AgendaWriter { id: writer; session: App.session }

    background: Rectangle { color: Theme.background }
    header: SubPageHeader {
        title: qsTr("Request a swap day")
        onBack: form.back()
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        clip: true
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: Math.min(form.width - 2 * Theme.spacingL, Theme.contentMaxWidth)
            spacing: Theme.spacingM

            DayStepper {
                objectName: "swapDay"
                Layout.fillWidth: true
                label: qsTr("Give up")
                day: form.day
                minimum: form.dayAfter("", 1)
                onPicked: d => form.day = d
            }
            WrappingCheckBox {
                objectName: "swapPeriod"
                Layout.fillWidth: true
                text: qsTr("A period")
                checked: form.period
                onToggled: form.until = checked ? form.dayAfter(form.day, 4) : ""
            }
            DayStepper {
                objectName: "swapUntil"
                Layout.fillWidth: true
                visible: form.period
                label: qsTr("Until")
                day: form.until
                minimum: form.dayAfter(form.day, 1)
                maximum: form.dayAfter(form.day, 30)
                onPicked: d => form.until = d
            }
            DayStepper {
                objectName: "swapTarget"
                Layout.fillWidth: true
                label: qsTr("Swap to")
                day: form.target
                minimum: form.dayAfter("", 1)
                onPicked: d => form.target = d
            }
            Label {
                objectName: "swapTargetUntil"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: form.period
                // The same number of days as given up, from the day swapped to.
                text: qsTr("until and including %1 (%n days, as many as given up)", "", form.daysBetween(form.day, form.until) + 1)
                      .arg(form.period ? new Date(form.targetUntil + "T12:00:00").toLocaleDateString(Qt.locale(), "dddd d MMMM") : "")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
            }
            BusyIndicator { visible: options.state === PortalQuestion.Loading; running: visible }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: options.state === PortalQuestion.Offline
                text: qsTr("Offline: the day parts to swap are computed by the organisation. Try again when there is a connection.")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
            }
            Label {
                objectName: "swapError"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: options.state === PortalQuestion.Failed || options.state === PortalQuestion.Unavailable
                text: options.errorText
                wrapMode: Text.Wrap
                color: Theme.error
            }
            Repeater {
                model: form.answer ? form.answer.children : []
                SwapChildChoice {
                    Layout.fillWidth: true
                    period: form.period
                    giveUp: form.giveUp
                    take: form.take
                    onGiveUpToggled: (id, on) => form.giveUp = form.toggled(form.giveUp, id, on)
                    onTakeToggled: (id, on) => form.take = form.toggled(form.take, id, on)
                }
            }
            Label {
                objectName: "swapLoss"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: text.length > 0
                text: form.answer ? writer.swapLoss(form.answer, form.giveUp, form.take) : ""
                wrapMode: Text.Wrap
                color: Theme.error
            }
            WrappingCheckBox {
                id: asWhole
                objectName: "swapAsWhole"
                Layout.fillWidth: true
                visible: form.answer !== null && form.answer.children.length > 1
                text: qsTr("Assess as a whole: only when every child can swap")
            }
            WrappingCheckBox {
                id: expires
                objectName: "swapExpires"
                Layout.fillWidth: true
                visible: form.latestExpiry.length > 0
                checked: form.expiryDay.length > 0
                text: qsTr("The request lapses automatically if not assessed by")
                onToggled: form.expiryDay = checked ? form.latestExpiry : ""
            }
            DayStepper {
                Layout.fillWidth: true
                visible: expires.visible && form.expiryDay.length > 0
                label: qsTr("Lapses on")
                day: form.expiryDay
                minimum: App.portalDay()
                maximum: form.latestExpiry
                onPicked: d => form.expiryDay = d
            }
            FormArea {
                id: remark
                objectName: "swapRemark"
                Layout.fillWidth: true
                label: qsTr("Remark for the organisation (optional)")
                textFormat: TextEdit.PlainText
            }
            Label {
                objectName: "swapProblem"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: text.length > 0 && submit.tried
                text: writer.swapProblem(form.giveUp, form.take)
                wrapMode: Text.Wrap
                color: Theme.error
            }
            PrimaryButton {
                id: submit
                objectName: "swapSubmit"
                property bool tried: false
                Layout.fillWidth: true
                text: qsTr("Submit")
                onClicked: {
                    tried = true
                    if (writer.requestSwap(form.day, form.period ? form.until : "", form.target, form.giveUp, form.take,
                                           asWhole.visible && asWhole.checked,
                                           expires.visible ? form.expiryDay : "", remark.text) > 0)
                        form.submitted()
                }
            }
        }
    }
}
