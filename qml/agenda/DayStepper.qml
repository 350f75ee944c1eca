// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// A day to choose, a day at a time: "‹ dinsdag 1 december ›". `day` is ISO ("2026-12-01").
RowLayout {
    id: stepper
    property string label
    property string day
    property string minimum: ""  // no earlier day than this (ISO), when set
    property string maximum: ""  // no later day than this (ISO), when set
    // The parent stepped to another day; the owner sets `day` (so its binding stays).
    signal picked(string day)
    spacing: Theme.spacingXs

    function shifted(days) {
        const d = new Date(day + "T12:00:00")
        d.setDate(d.getDate() + days)
        return Qt.formatDate(d, "yyyy-MM-dd")
    }

    Label {
        textFormat: Text.PlainText // text from the portal is never markup
        Layout.preferredWidth: Math.round(64 * Theme.fontScale)
        text: stepper.label
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall + 1
    }
    ToolButton {
        objectName: "previousDay"
        icon.source: "qrc:/icons/chevron-left.svg"
        icon.color: Theme.text
        enabled: stepper.minimum.length === 0 || stepper.day > stepper.minimum
        Accessible.name: qsTr("Previous day")
        onClicked: stepper.picked(stepper.shifted(-1))
    }
    Label {
        textFormat: Text.PlainText // text from the portal is never markup
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        // In the app's language (Qt.formatDate names days in English whatever the locale).
        text: new Date(stepper.day + "T12:00:00").toLocaleDateString(Qt.locale(), "dddd d MMMM yyyy")
        font.pixelSize: Theme.fontBody
        color: Theme.text
    }
    ToolButton {
        objectName: "nextDay"
        icon.source: "qrc:/icons/chevron-right.svg"
        icon.color: Theme.text
        enabled: stepper.maximum.length === 0 || stepper.day < stepper.maximum
        Accessible.name: qsTr("Next day")
        onClicked: stepper.picked(stepper.shifted(1))
    }
}
