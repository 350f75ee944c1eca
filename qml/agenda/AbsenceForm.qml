// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// "Afwezigheid doorgeven" (001 §5.4): a date or a period, every planned day part of every
// child listed and checked, the reason and a remark. Offline, the parts come from the calendar
// and the outbox sends the absence when the portal is back.
Page {
    id: form
    objectName: "absenceForm"
    property string from: App.portalDay() // today at the daycare, not on the device
    property string to: from
    property string reason: ""
    property var unchecked: ({})   // part key → true for the parts the parent unticked
    signal back()
    signal submitted()

    readonly property bool offline: options.state === PortalQuestion.Offline
    readonly property var parts: offline ? writer.plannedParts(from, to)
                                 : (options.state === PortalQuestion.Answered ? options.answer.parts : [])
    readonly property var reasons: options.state === PortalQuestion.Answered && options.answer.reasons.length > 0
                                   ? options.answer.reasons
                                   : [{ code: "sick", label: qsTr("Sick") }, { code: "holiday", label: qsTr("Holiday") },
                                      { code: "other", label: qsTr("Other") }]

    function keyOf(part) { return part.optionId ? part.optionId : part.childId + "@" + part.startTime }
    function chosenParts() {
        return parts.filter(p => p.available && !unchecked[keyOf(p)])
    }
    function toggle(part) {
        const next = Object.assign({}, unchecked)
        if (next[keyOf(part)]) delete next[keyOf(part)]; else next[keyOf(part)] = true
        unchecked = next
    }
    function ask() { options.ask(from, to) }

    onFromChanged: { if (to < from) to = from; askSoon.restart() }
    onToChanged: askSoon.restart()
    // One question after the dates settle (changing `from` may move `to` too).
    Timer { id: askSoon; interval: 0; onTriggered: form.ask() }
    Component.onCompleted: ask()

    AbsenceQuestion { id: options; session: App.session }
    AgendaWriter { id: writer; session: App.session }

    background: Rectangle { color: Theme.background }
    header: SubPageHeader {
        title: qsTr("Report absence")
        onBack: form.back()
    }

    FocusedFieldInView { flickable: formFlick }
    Flickable {
        id: formFlick
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

            DayStepper { Layout.fillWidth: true; label: qsTr("From"); day: form.from; onPicked: d => form.from = d }
            DayStepper { Layout.fillWidth: true; label: qsTr("Until"); day: form.to; minimum: form.from; onPicked: d => form.to = d }

            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                text: qsTr("Day parts")
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                color: Theme.text
            }
            BusyIndicator { visible: options.state === PortalQuestion.Loading; running: visible }
            Label {
                objectName: "offlineNote"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: form.offline
                text: qsTr("Offline: these are the planned days on this device. The absence is sent as soon as there is a connection.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall + 1
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
                objectName: "nothingPlanned"
                textFormat: Text.PlainText // text from the portal is never markup
                visible: form.parts.length === 0 && options.state !== PortalQuestion.Loading
                text: qsTr("No care is planned in this period.")
                color: Theme.textSecondary
            }
            Repeater {
                objectName: "absenceParts"
                model: form.parts
                CheckDelegate {
                    id: partRow
                    required property var modelData
                    objectName: "absencePart"
                    focusPolicy: Qt.StrongFocus // Tab reaches it: a delegate takes no focus of itself
                    Layout.fillWidth: true
                    enabled: modelData.available
                    checked: modelData.available && !form.unchecked[form.keyOf(modelData)]
                    text: modelData.firstName + " · " + modelData.dayLabel + " · "
                          + (modelData.label ? modelData.label + " " : "") + modelData.times
                          + (modelData.refusal ? "\n" + modelData.refusal : "")
                    font.pixelSize: Theme.fontBody
                    onClicked: form.toggle(modelData)
                    // The style's label is one line that elides: on a 360 px phone at 150 % the
                    // times were cut ("Daan · maandag 30 november · Och…"). Here the child and
                    // the day, and the part with its times, are two pieces side by side where
                    // they fit and one above the other where not; each wraps rather than elides.
                    // (No ids inside: Controls create the content item late, and an id would
                    // force it early.)
                    contentItem: Item {
                        implicitHeight: children[0].implicitHeight
                        Flow {
                            x: partRow.mirrored ? partRow.indicator.width + partRow.spacing : 0
                            width: parent.width - partRow.indicator.width - partRow.spacing
                            anchors.verticalCenter: parent.verticalCenter
                            spacing: Theme.spacingS
                            Label {
                                objectName: "absencePartDay"
                                textFormat: Text.PlainText // text from the portal is never markup
                                width: Math.min(implicitWidth, parent.width)
                                wrapMode: Text.Wrap
                                text: partRow.modelData.firstName + " · " + partRow.modelData.dayLabel
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                            Label {
                                objectName: "absencePartTimes"
                                textFormat: Text.PlainText // text from the portal is never markup
                                width: Math.min(implicitWidth, parent.width)
                                wrapMode: Text.Wrap
                                text: (partRow.modelData.label ? partRow.modelData.label + " " : "") + partRow.modelData.times
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                            }
                            Label {
                                objectName: "absencePartRefusal"
                                textFormat: Text.PlainText // text from the portal is never markup
                                visible: text.length > 0
                                width: parent.width
                                wrapMode: Text.Wrap
                                text: partRow.modelData.refusal ? partRow.modelData.refusal : ""
                                font.pixelSize: Theme.fontSmall + 1
                                color: Theme.error
                            }
                        }
                    }
                }
            }

            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                text: qsTr("Reason")
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                color: Theme.text
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Repeater {
                    model: form.reasons
                    FilterChip {
                        required property var modelData
                        text: modelData.label
                        checked: form.reason === modelData.code
                        onClicked: form.reason = modelData.code
                    }
                }
            }
            FormArea {
                id: remark
                objectName: "absenceRemark"
                Layout.fillWidth: true
                label: qsTr("Remark for the organisation (optional)")
                textFormat: TextEdit.PlainText
            }
            Label {
                objectName: "absenceProblem"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: text.length > 0 && submit.tried
                text: writer.absenceProblem(form.reason, form.chosenParts())
                wrapMode: Text.Wrap
                color: Theme.error
            }
            PrimaryButton {
                id: submit
                objectName: "absenceSubmit"
                property bool tried: false
                Layout.fillWidth: true
                text: qsTr("Report absence")
                onClicked: {
                    tried = true
                    const chosen = form.chosenParts()
                    if (writer.absenceProblem(form.reason, chosen).length > 0)
                        return
                    if (writer.reportAbsence(form.from, form.to, form.reason, remark.text, chosen) > 0)
                        form.submitted()
                }
            }
        }
    }
}
