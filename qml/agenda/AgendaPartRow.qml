// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// One planned day part in the calendar: the child, the times and what it is ("Ziek",
// "Optie extra", "Gepland"), marked while an absence for it is on its way or refused.
Rectangle {
    id: part
    property string childName
    property string times
    property string code       // attend | absent | tentative, or closed | holiday (no child)
    readonly property bool closure: code === "closed" || code === "holiday"
    property string status
    property bool showChild: true
    property bool sending: false
    property string refused
    // With several accounts shown together: the account's organisation and colour (a dot
    // before the child; a closing day names its organisation).
    property string organisation
    property color accountColor: "transparent"

    implicitHeight: layout.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.outline
    Accessible.role: Accessible.ListItem
    Accessible.name: (organisation.length > 0 ? organisation + ", " : "")
                     + (showChild && childName.length > 0 ? childName + ", " : "") + times + ", " + status
                     + (sending ? ", " + qsTr("being sent") : "") + (refused.length > 0 ? ", " + refused : "")

    // The colour strip says the kind at a glance: planned, absent, an option.
    Rectangle {
        objectName: "codeStrip"
        width: 6
        radius: 3
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: Theme.spacingS }
        color: part.code === "absent" ? Theme.error
             : part.code === "tentative" ? Theme.textOnParentContainer
             : part.closure ? Theme.textSecondary : Theme.primary
    }

    ColumnLayout {
        id: layout
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
        anchors.leftMargin: Theme.spacingL + Theme.spacingS
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingXs
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Rectangle {
                objectName: "accountDot"
                visible: part.accountColor.a > 0
                Layout.alignment: Qt.AlignVCenter
                implicitWidth: Math.round(10 * Theme.fontScale)
                implicitHeight: implicitWidth
                radius: implicitWidth / 2
                color: part.accountColor
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                visible: part.showChild && part.childName.length > 0
                text: part.childName
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: part.times
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                // Wraps rather than cut: away from the Netherlands "07:30 – 18:00 (NL)" may not
                // fit a phone's row next to a long name, and the end time is what the parent looks for.
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Rectangle {
                objectName: "statusChip"
                radius: height / 2
                implicitHeight: statusLabel.implicitHeight + Theme.spacingXs * 2
                implicitWidth: statusLabel.implicitWidth + Theme.spacingM * 2
                color: part.code === "absent" ? Theme.errorContainer
                     : part.code === "tentative" ? Theme.parentContainer
                     : part.closure ? Theme.background : Theme.primaryContainer
                Label {
                    id: statusLabel
                    textFormat: Text.PlainText // text from the portal is never markup
                    anchors.centerIn: parent
                    text: part.status
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: part.code === "absent" ? Theme.error
                         : part.code === "tentative" ? Theme.textOnParentContainer
                         : part.closure ? Theme.text : Theme.textOnPrimaryContainer
                }
            }
        }
        Label {
            objectName: "sendingLabel"
            textFormat: Text.PlainText // text from the portal is never markup
            visible: part.sending
            text: qsTr("Absence being sent…")
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
        Label {
            objectName: "refusedLabel"
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            visible: part.refused.length > 0
            text: part.refused
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.error
        }
    }
}
