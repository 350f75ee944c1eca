// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "Weet je het zeker?" before something that cannot be undone with one tap (logging out of an
// account). ask() opens it; `confirmed` fires only after the parent chose the action.
Dialog {
    id: dialog
    property string text
    property string confirmText
    property string rejectText: qsTr("Cancel")
    signal confirmed()

    function ask() {
        open()
    }

    parent: Overlay.overlay
    x: Math.round((parent.width - width) / 2)
    y: Math.round((parent.height - height) / 2)
    width: Math.min(parent.width - 2 * Theme.spacingL, 420)
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    // Opaque, so nothing of the page shows through the text.
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.outline
    }
    Overlay.modal: Rectangle { color: "#66000000" }
    header: DialogTitle { text: dialog.title }

    // The height follows the wrapped text at the dialog's width (an implicit size both ways loops).
    contentHeight: message.implicitHeight
    // Summed here from the parts: the style's own sum also asks the content's implicit width,
    // which a wrapping text changes with the width, and Qt reported a binding loop.
    implicitHeight: topPadding + bottomPadding + contentHeight
                    + (header && header.visible ? header.implicitHeight + spacing : 0)
                    + (footer && footer.visible ? footer.implicitHeight + spacing : 0)
    Label {
        id: message
        objectName: "confirmText"
        width: parent.width
        textFormat: Text.PlainText // text from the portal is never markup
        text: dialog.text
        wrapMode: Text.WordWrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
    }
    footer: RowLayout {
        spacing: Theme.spacingS
        Item { Layout.fillWidth: true }
        Button {
            objectName: "confirmCancel"
            Layout.bottomMargin: Theme.spacingS
            text: dialog.rejectText
            flat: true
            font.capitalization: Font.MixedCase
            onClicked: dialog.reject()
        }
        Button {
            objectName: "confirmAccept"
            Layout.bottomMargin: Theme.spacingS
            Layout.rightMargin: Theme.spacingM
            text: dialog.confirmText
            flat: true
            font.capitalization: Font.MixedCase
            font.weight: Font.DemiBold
            onClicked: dialog.accept()
        }
    }
    onAccepted: confirmed()
}
