// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// "Zet in mijn agenda": the care days as an iCalendar file, saved once, or kept up to date after
// every sync so a calendar app that subscribes to the file follows them. The save dialog is the
// Agenda page's (one picker for both: `saveOnce` and `chooseKeptFile` say which).
SubPage {
    id: page
    objectName: "page_agenda_calendarFile"
    title: qsTr("Add to my calendar")
    required property AgendaCalendarFile file
    signal saveOnce()
    signal chooseKeptFile()

    readonly property bool keeping: file.keptPath.length > 0

    SectionCard {
        Layout.fillWidth: true
        heading: qsTr("Save once")
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Every care day of your children as an iCalendar file (.ics), which the calendar app on your phone or computer can open.")
        }
        PrimaryButton {
            objectName: "calendarSaveOnce"
            text: qsTr("Save as…")
            onClicked: page.saveOnce()
        }
    }

    SectionCard {
        Layout.fillWidth: true
        heading: qsTr("Keep up to date after every sync")
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Nestje then updates the file by itself. A calendar app that subscribes to it (for example through a synced folder) always shows the current care days.")
            }
            ToggleSwitch {
                id: keepSwitch
                objectName: "calendarKeepSwitch"
                checked: page.keeping
                Accessible.name: qsTr("Keep the calendar file up to date")
                onToggled: {
                    // The switch follows the setting: on once a file is chosen and written.
                    keepSwitch.checked = Qt.binding(() => page.keeping)
                    if (page.keeping)
                        page.file.stopKeeping()
                    else
                        page.chooseKeptFile()
                }
            }
        }
        Label {
            objectName: "calendarKeptPath"
            textFormat: Text.PlainText // a path is never markup
            Layout.fillWidth: true
            visible: page.keeping
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere // a long path reads whole
            text: qsTr("File: %1").arg(page.file.keptPath)
        }
        Label {
            objectName: "calendarKeptStatus"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: page.keeping && text.length > 0
            wrapMode: Text.Wrap
            text: page.file.keptStatus
            color: page.file.keptFailed ? Theme.error : Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }
        TextButton {
            objectName: "calendarKeptChange"
            visible: page.keeping
            text: qsTr("Choose another file")
            onClicked: page.chooseKeptFile()
        }
    }
}
