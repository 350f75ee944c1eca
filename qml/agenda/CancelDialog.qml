// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Nestje

// "Weet je zeker …?" before a request is cancelled for one child; a period goes as a whole.
Dialog {
    id: dialog
    objectName: "cancelDialog"
    property string requestId
    property string childId
    property string childName
    property string what      // "Extra dag, ma 1 dec"
    signal confirmed(string requestId, string childId)

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacingL : 360, 420)
    title: qsTr("Cancel request?")
    // The style's title is a fixed 16 px: this one follows the system font, and wraps.
    header: Label {
        textFormat: Text.PlainText
        text: dialog.title
        padding: 24
        bottomPadding: 0
        wrapMode: Text.Wrap
        font.bold: true
        font.pixelSize: Theme.fontLarge
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    standardButtons: Dialog.Yes | Dialog.No
    // As ConfirmDialog: the height summed from the parts (the style's sum loops on wrapping text).
    contentHeight: message.implicitHeight
    implicitHeight: topPadding + bottomPadding + contentHeight
                    + (header && header.visible ? header.implicitHeight + spacing : 0)
                    + (footer && footer.visible ? footer.implicitHeight + spacing : 0)
    Label {
        id: message
        textFormat: Text.PlainText // text from the portal is never markup
        width: dialog.availableWidth
        wrapMode: Text.Wrap
        text: qsTr("%1 for %2 will be cancelled. A request for a period is cancelled as a whole.")
              .arg(dialog.what).arg(dialog.childName)
        color: Theme.text
    }
    onAccepted: confirmed(requestId, childId)
}
