// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// One child in the Ruildag form: the planned parts of the day to give up ("Selecteer alle
// dagdelen die je deze dag wilt inruilen"), then the notice that the child is already planned
// on the new day, or the parts it can get there.
Rectangle {
    id: choice
    objectName: "swapChild"
    required property var modelData   // {childId, firstName, targetNotice, giveUp, take}
    property bool period: false   // parts of several days: each says its day
    property var giveUp: []
    property var take: []
    signal giveUpToggled(string optionId, bool on)
    signal takeToggled(string optionId, bool on)

    // A part to tick: its day (in a period), name, times and value, and why it cannot be had. The
    // text wraps: a period's parts and the organisation's reasons do not fit one line on a phone.
    component PartBox: WrappingCheckBox {
        required property var modelData
        Layout.fillWidth: true
        text: (choice.period ? modelData.dayLabel + " · " : "") + modelData.label + " " + modelData.times
              + " · " + modelData.valueText + (modelData.available === false && modelData.refusal ? "\n" + modelData.refusal : "")
    }

    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.outline

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacingM }
        spacing: Theme.spacingXs
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            text: choice.modelData.firstName
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            text: qsTr("Give up")
            font.pixelSize: Theme.fontSmall + 1
            color: Theme.textSecondary
        }
        Label {
            objectName: "nothingToGiveUp"
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            visible: choice.modelData.giveUp.length === 0
            text: choice.period ? qsTr("Not planned in this period.") : qsTr("Not planned on this day.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }
        Repeater {
            model: choice.modelData.giveUp
            PartBox {
                objectName: "giveUp_" + modelData.optionId
                checked: choice.giveUp.indexOf(modelData.optionId) >= 0
                onToggled: choice.giveUpToggled(modelData.optionId, checked)
            }
        }
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.topMargin: Theme.spacingS
            text: qsTr("In return")
            font.pixelSize: Theme.fontSmall + 1
            color: Theme.textSecondary
        }
        Label {
            objectName: "targetNotice"
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            visible: text.length > 0
            text: choice.modelData.targetNotice
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }
        Repeater {
            // One day planned already: nothing to take there. In a period the other days still count.
            model: choice.modelData.targetNotice.length > 0 && !choice.period ? [] : choice.modelData.take
            PartBox {
                objectName: "take_" + modelData.optionId
                enabled: modelData.available
                checked: choice.take.indexOf(modelData.optionId) >= 0
                onToggled: choice.takeToggled(modelData.optionId, checked)
            }
        }
    }
}
