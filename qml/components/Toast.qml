// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A short message at the bottom that goes away by itself ("Opgeslagen in …"), optionally with
// one action ("Map openen"); with an action it stays a little longer so there is time to tap it.
Rectangle {
    id: toast
    property alias text: label.text
    property string actionText
    property var action: null
    function show(message, actionText, action) {
        label.text = message
        toast.actionText = actionText || ""
        toast.action = action || null
        opacity = 1
        timer.interval = toast.actionText.length > 0 ? 8000 : 4000
        timer.restart()
    }
    function hide() {
        opacity = 0
    }
    readonly property real maxWidth: (parent ? parent.width : 400) - 2 * Theme.spacingL
    width: Math.min(row.implicitWidth + 2 * Theme.spacingL, maxWidth)
    height: row.implicitHeight + 2 * Theme.spacingM
    radius: 12
    color: "#E6323130"
    opacity: 0
    visible: opacity > 0
    z: 100
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text
    Behavior on opacity { NumberAnimation { duration: Theme.durationShort } }
    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: toast.actionText.length > 0 ? Theme.spacingS : Theme.spacingL
        anchors.topMargin: Theme.spacingM
        anchors.bottomMargin: Theme.spacingM
        spacing: Theme.spacingS
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            id: label
            objectName: "toastText"
            Layout.fillWidth: true
            Layout.maximumWidth: toast.maxWidth - 2 * Theme.spacingL - (actionButton.visible ? actionButton.implicitWidth + row.spacing : 0)
            color: "white"
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            horizontalAlignment: actionButton.visible ? Text.AlignLeft : Text.AlignHCenter
            font.pixelSize: Theme.fontBody - 1
        }
        Button {
            id: actionButton
            objectName: "toastAction"
            visible: toast.actionText.length > 0
            flat: true
            text: toast.actionText
            font.capitalization: Font.MixedCase
            font.weight: Font.DemiBold
            contentItem: Label {
                textFormat: Text.PlainText
                text: actionButton.text
                font: actionButton.font
                color: "#A8E0D0" // light teal on the toast's fixed dark grey (about 9:1)
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            onClicked: {
                const act = toast.action // a function given to show()
                if (act)
                    act()
                toast.hide()
            }
        }
    }
    Timer {
        id: timer
        interval: 4000
        onTriggered: toast.opacity = 0
    }
}
