// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// A child: mentor, placements, and "Toestemmingen en verklaringen": permissions switch on and
// off (through the outbox: shown at once, sent when the portal is there), declarations are shown
// and marked as changed only at the location.
SubPage {
    id: page
    objectName: "page_overig_child"
    required property AccountDetails account
    property string childId
    signal openRequested(string target)
    title: childName()

    function childName() {
        for (let i = 0; i < childList.count; ++i) {
            const row = childList.get(i)
            if (row.childId === page.childId)
                return row.fullName
        }
        return qsTr("Child")
    }

    ChildListModel { id: childList; session: App.session }
    PlacementModel { id: placements; session: App.session; childId: page.childId }
    PermissionModel { id: permissions; session: App.session; childId: page.childId }
    ObservationModel { id: observations; session: App.session; childId: page.childId }

    SectionCard {
        Layout.fillWidth: true
        heading: qsTr("Placements")
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            visible: placements.mentor.length > 0
            text: qsTr("Mentor: %1").arg(placements.mentor)
            wrapMode: Text.Wrap
        }
        Repeater {
            model: placements
            delegate: ColumnLayout {
                id: placement
                required property string product
                required property string careType
                required property string group
                required property string location
                required property string period
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                spacing: 0
                Label {
                    textFormat: Text.PlainText // text from the portal is never markup
                    Layout.fillWidth: true
                    text: placement.product
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Label {
                    textFormat: Text.PlainText // text from the portal is never markup
                    Layout.fillWidth: true
                    text: { let parts = ""; for (const part of [placement.careType, placement.group, placement.location]) if (part.length > 0) parts += (parts.length > 0 ? " · " : "") + part; return parts }
                    wrapMode: Text.Wrap
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: placement.period
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
        Label {
            textFormat: Text.PlainText
            visible: placements.count === 0
            text: qsTr("No placements known yet.")
            color: Theme.textSecondary
        }
    }

    SectionCard {
        objectName: "permissions"
        Layout.fillWidth: true
        visible: permissions.count > 0
        heading: qsTr("Permissions and declarations")
        Repeater {
            model: permissions
            delegate: PermissionRow {
                onToggled: granted => page.account.setPermission(page.childId, permissionId, granted)
            }
        }
        Label {
            textFormat: Text.PlainText // the portal's refusal is shown as it came
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.error
            visible: text.length > 0
            text: page.account.problem
        }
        RowLayout {
            visible: page.account.problem.length > 0
            TextButton { text: qsTr("Try again"); onClicked: page.account.retryFailed() }
            TextButton { text: qsTr("Undo"); onClicked: page.account.discardFailed() }
        }
    }

    MenuRow {
        objectName: "row_observations"
        visible: observations.count > 0
        title: qsTr("Observations")
        detail: qsTr("%n form(s), newest first", "", observations.count)
        onClicked: page.openRequested("observations/" + page.childId)
    }
}
