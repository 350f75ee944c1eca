// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// A planned moment of the calendar that no request is behind (a regular care day): the child,
// the day, the times and what it is, with "Afwezigheid doorgeven" for that day. A moment of
// another account than the one in view says so and offers to switch, since requests go to the
// account in view. (A moment with a request behind it opens that request's page instead.)
Page {
    id: moment
    objectName: "momentPage"
    property var part: ({})   // a calendar row: childName, dayLabel, day, times, status, organisation, accountId
    readonly property bool otherAccount: (part.accountId || "").length > 0 && part.accountId !== App.session.accountId
    signal back()
    signal reportAbsence(string day)

    background: Rectangle { color: Theme.background }
    header: SubPageHeader {
        title: moment.part.childName || ""
        subtitle: (moment.part.dayLabel || "").charAt(0).toUpperCase() + (moment.part.dayLabel || "").slice(1)
        onBack: moment.back()
    }

    ColumnLayout {
        x: Theme.spacingL
        y: Theme.spacingL
        width: Math.min(moment.width - 2 * Theme.spacingL, Theme.contentMaxWidth)
        spacing: Theme.spacingM
        Label {
            objectName: "momentStatus"
            textFormat: Text.PlainText // text from the portal is never markup
            text: moment.part.status || ""
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            color: Theme.text
        }
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            text: moment.part.times || ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            visible: (moment.part.organisation || "").length > 0
            text: moment.part.organisation || ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: moment.otherAccount
                  ? qsTr("This day belongs to %1. Switch to that account to report an absence or make a request.").arg(moment.part.organisation)
                  : qsTr("No request belongs to this day: it is one of the planned care days.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
        }
        PrimaryButton {
            objectName: "momentAbsence"
            visible: !moment.otherAccount
            text: qsTr("Report absence")
            onClicked: moment.reportAbsence(moment.part.day)
        }
        TextButton {
            objectName: "momentSwitch"
            visible: moment.otherAccount
            text: qsTr("Switch to %1").arg(moment.part.organisation || "")
            onClicked: App.switchAccount(moment.part.accountId)
        }
    }
}
