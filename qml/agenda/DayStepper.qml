// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// A day to choose, a day at a time: "‹ dinsdag 1 december ›", or from a month (the calendar's,
// with its dots for planned days, absences and options) that opens when the date is tapped.
// `day` is ISO ("2026-12-01").
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
    // The date: a tap opens the month to pick a day from.
    ToolButton {
        id: dayButton
        objectName: "dayPickerButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 1 // the room left, whatever the text: the text follows the room
        // In the app's language (Qt.formatDate names days in English whatever the locale);
        // "di 15 dec 2026" where the whole date would be cut (a phone).
        readonly property date date: new Date(stepper.day + "T12:00:00")
        readonly property string longText: date.toLocaleDateString(Qt.locale(), "dddd d MMMM yyyy")
        text: longMetrics.advanceWidth <= availableWidth ? longText
                                                         : date.toLocaleDateString(Qt.locale(), "ddd d MMM yyyy")
        TextMetrics {
            id: longMetrics
            font: dayButton.font
            text: dayButton.longText
        }
        font.pixelSize: Theme.fontBody
        font.capitalization: Font.MixedCase // the style's tool buttons shout in capitals
        font.weight: Font.Normal // and are bolder, which cut the date at 390 px
        leftPadding: Theme.spacingXs
        rightPadding: Theme.spacingXs
        Accessible.name: qsTr("%1, choose another day").arg(longText)
        onClicked: picker.open()
    }
    Popup {
        id: picker
        objectName: "dayPicker"
        parent: Overlay.overlay
        modal: true
        focus: true
        width: Math.min(parent ? parent.width - 2 * Theme.spacingL : 360, 420)
        x: parent ? Math.round((parent.width - width) / 2) : 0
        y: parent ? Math.round((parent.height - height) / 2) : 0
        padding: Theme.spacingM
        // Drawn here: the style's card is a shadow effect the software renderer does not draw.
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.outline
        }
        // Opened at the chosen day's month; a day outside the allowed range becomes its edge.
        // The month is made when the picker opens, not with the form: a form has two or three
        // of these fields, and a month is six weeks of days read from the store.
        Loader {
            id: monthLoader
            width: picker.availableWidth
            active: picker.visible
            sourceComponent: AgendaMonth { session: App.session }
            onLoaded: {
                const month = item as AgendaMonth
                month.month = stepper.day
                month.selectedDay = Qt.binding(() => stepper.day)
                month.dayChosen.connect(stepper.choose)
            }
        }
    }
    // A day from the month: one outside the allowed range becomes its edge.
    function choose(isoDay: string) {
        let chosen = isoDay
        if (stepper.minimum.length > 0 && chosen < stepper.minimum)
            chosen = stepper.minimum
        if (stepper.maximum.length > 0 && chosen > stepper.maximum)
            chosen = stepper.maximum
        // Closing may end the month (the loader lets it go): the day is told first.
        if (chosen !== stepper.day)
            stepper.picked(chosen)
        picker.close()
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
