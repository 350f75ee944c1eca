// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Nestje
import Nestje.Core

// The Aanvragenoverzicht: every request and absence per child, newest first.
ListView {
    id: list
    objectName: "requestList"
    property RequestOverviewModel requests
    property real contentMargin: Theme.spacingL
    signal openRequest(int row)
    signal cancelRequest(int row)

    model: requests
    spacing: Theme.spacingS
    topMargin: Theme.spacingM
    bottomMargin: Theme.spacingXl
    clip: true
    keyNavigationEnabled: true
    activeFocusOnTab: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Requests")
    ScrollBar.vertical: ScrollBar {}

    delegate: Item {
        id: item
        required property int index
        required property string typeLabel
        required property string childName
        required property string period
        required property string status
        required property string statusLabel
        required property bool cancellable
        required property bool cancelling
        required property string cancelRefused
        width: list.width
        height: requestRow.implicitHeight
        RequestRow {
            id: requestRow
            x: list.contentMargin
            width: Math.min(item.width - 2 * list.contentMargin, Theme.contentMaxWidth)
            typeLabel: item.typeLabel
            childName: item.childName
            period: item.period
            status: item.status
            statusLabel: item.statusLabel
            cancellable: item.cancellable
            cancelling: item.cancelling
            cancelRefused: item.cancelRefused
            onClicked: list.openRequest(item.index)
            onCancelRequested: list.cancelRequest(item.index)
        }
    }

}
