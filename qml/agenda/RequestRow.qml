// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// One request for one child in the Aanvragenoverzicht: what, when, its status; the trash icon
// while it can be cancelled, otherwise nothing (the detail says why not).
ItemDelegate {
    focusPolicy: Qt.StrongFocus // Tab reaches it: an ItemDelegate takes no focus of itself
    id: row
    property string typeLabel
    property string childName
    property string period
    property string status     // pending | approved | rejected | expired | cancelled
    property string statusLabel
    property bool cancellable
    property bool cancelling
    property string cancelRefused
    signal cancelRequested()

    padding: Theme.spacingM
    leftPadding: Theme.spacingL
    background: Rectangle {
        radius: Theme.radius
        color: row.hovered ? Theme.surfaceVariant : Theme.surface
        border.width: row.visualFocus ? 3 : 1
        border.color: row.visualFocus ? Theme.primary : Theme.outline
    }
    Accessible.name: typeLabel + ", " + childName + ", " + period + ", " + statusLabel

    contentItem: RowLayout {
        spacing: Theme.spacingM
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: row.typeLabel + " · " + row.childName
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: row.period
                font.pixelSize: Theme.fontSmall + 1
                color: Theme.textSecondary
                elide: Text.ElideRight
            }
            Label {
                objectName: "cancellingLabel"
                textFormat: Text.PlainText // text from the portal is never markup
                visible: row.cancelling
                text: qsTr("Being cancelled…")
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
            Label {
                objectName: "cancelRefusedLabel"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: row.cancelRefused.length > 0
                text: row.cancelRefused
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.error
            }
        }
        Rectangle {
            objectName: "statusChip"
            radius: height / 2
            // No id inside the deferred contentItem: the label is the chip's only child.
            implicitHeight: children[0].implicitHeight + Theme.spacingXs * 2
            implicitWidth: children[0].implicitWidth + Theme.spacingM * 2
            color: row.status === "approved" ? Theme.primaryContainer
                 : row.status === "pending" ? Theme.parentContainer
                 : row.status === "rejected" ? Theme.errorContainer : Theme.surfaceVariant
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                anchors.centerIn: parent
                text: row.statusLabel
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: row.status === "approved" ? Theme.textOnPrimaryContainer
                     : row.status === "pending" ? Theme.textOnParentContainer
                     : row.status === "rejected" ? Theme.error : Theme.textSecondary
            }
        }
        ToolButton {
            objectName: "cancelButton"
            visible: row.cancellable
            icon.source: "qrc:/icons/close.svg"
            icon.color: Theme.error
            Accessible.name: qsTr("Cancel for %1").arg(row.childName)
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: row.cancelRequested()
        }
    }
}
