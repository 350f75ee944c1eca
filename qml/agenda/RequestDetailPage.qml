// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// A request for one child: every booking, the remark, the organisation's words, the expiry,
// and "Annuleren" while allowed, or the organisation's reason why it can no longer be cancelled.
Page {
    id: detail
    objectName: "requestDetailPage"
    property var request: ({})   // RequestOverviewModel.get(row)
    signal back()
    signal cancelRequested()

    background: Rectangle { color: Theme.background }
    header: SubPageHeader {
        title: (detail.request.typeLabel || "") + " · " + (detail.request.childName || "")
        subtitle: detail.request.period || ""
        onBack: detail.back()
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        clip: true
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: Math.min(detail.width - 2 * Theme.spacingL, Theme.contentMaxWidth)
            spacing: Theme.spacingM

            Label {
                objectName: "detailStatus"
                textFormat: Text.PlainText // text from the portal is never markup
                text: detail.request.statusLabel || ""
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.text
            }
            Repeater {
                model: detail.request.bookings || []
                Label {
                    required property string modelData
                    textFormat: Text.PlainText // text from the portal is never markup
                    Layout.fillWidth: true
                    text: modelData
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
            }
            DetailLine { label: qsTr("Reason"); value: detail.request.reason || "" }
            DetailLine { label: qsTr("Your remark"); value: detail.request.remark || "" }
            DetailLine { label: qsTr("From the organisation"); value: detail.request.staffMessage || "" }
            DetailLine { label: qsTr("Expires automatically on"); value: detail.request.expires || "" }
            DetailLine { label: qsTr("Requested on"); value: detail.request.created || "" }

            Label {
                objectName: "cancelRefusal"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: !detail.request.cancellable && (detail.request.cancelRefusal || "").length > 0
                         && detail.request.status !== "cancelled"
                text: detail.request.cancelRefusal || ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: (detail.request.cancelRefused || "").length > 0
                text: detail.request.cancelRefused || ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.error
            }
            TextButton {
                objectName: "cancelRequestButton"
                visible: detail.request.cancellable === true
                text: qsTr("Cancel for %1").arg(detail.request.childName || "")
                icon.source: "qrc:/icons/close.svg"
                onClicked: detail.cancelRequested()
            }
        }
    }

    component DetailLine: ColumnLayout {
        id: line
        property string label
        property string value
        visible: value.length > 0
        Layout.fillWidth: true
        spacing: 2
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            text: line.label
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            text: line.value
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
    }
}
