// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// A month of the calendar (wide windows): the days in weeks from Monday, a dot per kind of
// care that day (planned, absent, an option); a tap shows that day in the list.
ColumnLayout {
    id: month
    property alias session: monthModel.session
    property alias childId: monthModel.childId
    // With every account's days together (the Agenda tab's month): App.accountList, and the
    // account filtered to.
    property alias accounts: monthModel.accounts
    property alias accountId: monthModel.accountId
    // The month shown, by any day in it (ISO); the day picker opens at its day's month.
    property alias month: monthModel.month
    // A day to mark as chosen (the day picker's current day); "" for none.
    property string selectedDay
    signal dayChosen(string isoDay)
    spacing: Theme.spacingS

    AgendaMonthModel { id: monthModel }

    RowLayout {
        Layout.fillWidth: true
        ToolButton {
            objectName: "previousMonth"
            icon.source: "qrc:/icons/chevron-left.svg"
            icon.color: Theme.text
            Accessible.name: qsTr("Previous month")
            onClicked: monthModel.step(-1)
        }
        Label {
            objectName: "monthTitle"
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: monthModel.title
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            color: Theme.text
        }
        ToolButton {
            objectName: "nextMonth"
            icon.source: "qrc:/icons/chevron-right.svg"
            icon.color: Theme.text
            Accessible.name: qsTr("Next month")
            onClicked: monthModel.step(1)
        }
    }
    Row {
        Layout.fillWidth: true
        Repeater {
            // Monday first, in the app's language.
            model: 7
            Label {
                required property int index
                textFormat: Text.PlainText // text from the portal is never markup
                width: month.width / 7
                horizontalAlignment: Text.AlignHCenter
                text: Qt.locale().dayName((index + 1) % 7, Locale.ShortFormat)
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }
    }
    GridView {
        id: grid
        Layout.fillWidth: true
        Layout.preferredHeight: cellHeight * 6
        interactive: false
        cellWidth: width / 7
        cellHeight: Math.round(48 * Theme.fontScale)
        model: monthModel
        delegate: ItemDelegate {
            focusPolicy: Qt.StrongFocus // Tab reaches it: an ItemDelegate takes no focus of itself
            id: cell
            required property string day
            required property int dayNumber
            required property bool inMonth
            required property bool today
            required property var codes
            required property string summary
            width: grid.cellWidth
            height: grid.cellHeight
            Accessible.name: new Date(day + "T12:00:00").toLocaleDateString(Qt.locale(), "d MMMM") + (summary ? ", " + summary : "")
            ToolTip.visible: hovered && summary.length > 0
            ToolTip.text: summary
            onClicked: month.dayChosen(day)
            background: Rectangle {
                radius: Theme.radius / 2
                color: cell.today ? Theme.primaryContainer : "transparent"
                border.width: cell.day === month.selectedDay || cell.visualFocus ? 2 : 0
                border.color: Theme.primary
            }
            contentItem: Column {
                spacing: 2
                Label {
                    textFormat: Text.PlainText // text from the portal is never markup
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: cell.dayNumber
                    font.pixelSize: Theme.fontBody
                    font.weight: cell.today ? Font.Bold : Font.Normal
                    // The secondary colour alone sets other months' days apart: faded to 0.6 as
                    // well they read at 2.6:1 (light) and 3.9:1 (dark), below WCAG AA.
                    color: cell.inMonth ? Theme.text : Theme.textSecondary
                }
                Row {
                    anchors.horizontalCenter: parent.horizontalCenter
                    spacing: 3
                    Repeater {
                        model: cell.codes
                        Rectangle {
                            required property string modelData
                            width: 7
                            height: 7
                            radius: 3.5
                            color: modelData === "absent" ? Theme.error
                                 : modelData === "tentative" ? Theme.textOnParentContainer : Theme.primary
                        }
                    }
                }
            }
        }
    }
    Item { Layout.fillHeight: true }
}
