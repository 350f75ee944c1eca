// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Tegoeden: per child what is still usable (hours or points, as the organisation counts),
// what was used and for which request, what expired or ran out, and until when it is valid.
// Credit that expires within four weeks gets a notice.
SubPage {
    id: page
    objectName: "page_overig_credits"
    title: qsTr("Credits")
    subtitle: App.session.staleNote("credits")

    CreditModel { id: credits; session: App.session }

    Pane {
        objectName: "expiringNotice"
        Layout.fillWidth: true
        visible: credits.expiringCount > 0
        padding: Theme.spacingL
        background: Rectangle { color: Theme.errorContainer; radius: Theme.radius }
        Label {
            textFormat: Text.PlainText
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("%n credit(s) expire within four weeks. Use them in time.", "", credits.expiringCount)
        }
    }

    Repeater {
        model: credits
        delegate: SectionCard {
            id: credit
            required property string childName
            required property string label
            required property string remaining
            required property string total
            required property string used
            required property string status
            required property string statusLabel
            required property string validUntil
            required property bool expiringSoon
            required property string history
            Layout.fillWidth: true
            heading: credit.label + " · " + credit.childName
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: credit.status === "usable" ? qsTr("%1 usable of %2").arg(credit.remaining).arg(credit.total)
                                                 : credit.statusLabel
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: credit.status === "usable" ? Theme.primary : Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Used: %1 · valid until %2").arg(credit.used).arg(credit.validUntil)
                color: credit.expiringSoon ? Theme.error : Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: credit.history.length > 0
                text: credit.history
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
            }
        }
    }
    EmptyState {
        Layout.alignment: Qt.AlignHCenter
        visible: credits.count === 0
        icon: "clock"
        title: qsTr("No credits")
        explanation: qsTr("Credits from your contract or from absence show here.")
    }
}
