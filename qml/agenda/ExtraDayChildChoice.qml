// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// One child in the "Dag toevoegen" step (001 §5.2): "reeds gepland" with the planned times, the
// possible day parts with what each is worth, own times where the care is flexible, and then
// how to pay: the invoice or one of the child's credits that covers the whole part. Credits
// that cannot pay it are listed with the reason ("gecombineerd betalen kan niet").
Rectangle {
    id: choice
    objectName: "extraDayChild"
    required property var modelData  // the child's options (ExtraDayQuestion)
    required property int index
    property string day
    property string unit
    property ExtraDayRequest request
    // "" nothing for this child, an optionId, or "own" (own times).
    property string chosen: ""
    property int paymentIndex: 0
    property string ownFrom: modelData.openFrom
    property string ownUntil: modelData.openUntil

    readonly property var chosenOption: {
        const options = choice.modelData.options
        for (let i = 0; i < options.length; ++i) {
            if (options[i].optionId === choice.chosen)
                return options[i]
        }
        return null
    }
    readonly property var own: chosen === "own" && request
                               ? request.ownTimes(day, ownFrom, ownUntil, modelData.openFrom, modelData.openUntil, unit)
                               : null
    // How the chosen part can be paid. Own times: the invoice, or a credit of the day that
    // covers them (the portal checks it again).
    readonly property var payments: {
        if (chosenOption)
            return chosenOption.payments
        if (!own || own.problem.length > 0)
            return []
        const list = []
        const seen = {}
        const options = choice.modelData.options
        for (let i = 0; i < options.length; ++i) {
            for (let j = 0; j < options[i].payments.length; ++j) {
                const p = options[i].payments[j]
                const key = p.type + ":" + p.creditId
                if (seen[key] || (p.type === "credit" && p.remaining + 1e-9 < own.value))
                    continue
                seen[key] = true
                list.push(p)
            }
        }
        return list
    }
    readonly property var notOffered: chosenOption ? chosenOption.notOffered : []

    // The booking for ExtraDayRequest.add, or null when nothing is chosen for this child.
    function booking() {
        if (!chosenOption && !(own && own.problem.length === 0))
            return null
        const part = chosenOption ? chosenOption : own
        return {
            childId: modelData.childId, firstName: modelData.firstName, day: day,
            optionId: chosenOption ? chosenOption.optionId : "", label: part.label,
            startTime: part.startTime, endTime: part.endTime, value: part.value, unit: unit,
            payment: payments.length > 0 ? payments[Math.min(paymentIndex, payments.length - 1)] : { type: "invoice" }
        }
    }
    function reset() { chosen = ""; paymentIndex = 0 }

    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.outline

    ButtonGroup { id: partGroup }
    ButtonGroup { id: paymentGroup }

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacingM }
        spacing: Theme.spacingXs

        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            text: choice.modelData.firstName
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            objectName: "alreadyPlanned"
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            visible: text.length > 0
            text: choice.modelData.plannedText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall + 1
            color: Theme.textSecondary
        }
        RadioButton {
            objectName: "noPart"
            ButtonGroup.group: partGroup
            text: qsTr("Nothing for %1").arg(choice.modelData.firstName)
            checked: choice.chosen === ""
            onClicked: choice.reset()
        }
        Repeater {
            model: choice.modelData.options
            RadioButton {
                id: partButton
                required property var modelData
                objectName: "part_" + modelData.code
                Layout.fillWidth: true
                ButtonGroup.group: partGroup
                enabled: modelData.available
                checked: choice.chosen === modelData.optionId
                text: modelData.label + " " + modelData.times + " · " + modelData.valueText
                      + (modelData.available || !modelData.refusal ? "" : "\n" + modelData.refusal)
                onClicked: { choice.chosen = partButton.modelData.optionId; choice.paymentIndex = 0 }
                contentItem: Label {
                    textFormat: Text.PlainText // text from the portal is never markup
                    leftPadding: partButton.indicator.width + partButton.spacing
                    text: partButton.text
                    wrapMode: Text.Wrap
                    color: partButton.enabled ? Theme.text : Theme.textSecondary
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
        RadioButton {
            objectName: "ownTimes"
            visible: choice.modelData.flexible
            ButtonGroup.group: partGroup
            text: qsTr("Own times (flexible care)")
            checked: choice.chosen === "own"
            onClicked: { choice.chosen = "own"; choice.paymentIndex = 0 }
        }
        RowLayout {
            visible: choice.chosen === "own"
            spacing: Theme.spacingS
            FormField {
                objectName: "ownFrom"
                text: choice.ownFrom
                inputMethodHints: Qt.ImhPreferNumbers
                Layout.preferredWidth: Math.round(80 * Theme.fontScale)
                Accessible.name: qsTr("From")
                onTextEdited: choice.ownFrom = text
            }
            Label { textFormat: Text.PlainText; text: "–"; color: Theme.text }
            FormField {
                objectName: "ownUntil"
                text: choice.ownUntil
                inputMethodHints: Qt.ImhPreferNumbers
                Layout.preferredWidth: Math.round(80 * Theme.fontScale)
                Accessible.name: qsTr("Until")
                onTextEdited: choice.ownUntil = text
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: choice.own ? (choice.own.problem.length > 0 ? choice.own.problem : choice.own.valueText) : ""
                wrapMode: Text.Wrap
                color: choice.own && choice.own.problem.length > 0 ? Theme.error : Theme.textSecondary
            }
        }

        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            visible: choice.payments.length > 0
            Layout.topMargin: Theme.spacingS
            text: qsTr("Payment")
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Repeater {
            model: choice.payments
            RadioButton {
                required property var modelData
                required property int index
                objectName: "payment_" + (modelData.type === "credit" ? modelData.creditId : "invoice")
                ButtonGroup.group: paymentGroup
                text: modelData.text
                checked: choice.paymentIndex === index
                onClicked: choice.paymentIndex = index
            }
        }
        Repeater {
            model: choice.notOffered
            Label {
                required property var modelData
                objectName: "creditNotOffered"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: modelData.text
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall + 1
                color: Theme.textSecondary
            }
        }
    }
}
