// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Nestje

// The app's text field for more than one line (a diary entry, a message, a remark): FormField's
// label, box (FieldBoundary, 3:1 on the card) and error line around a TextArea that wraps. It
// stays a TextArea, so a form reads `text` and handles keys as before.
TextArea {
    id: area
    // Above the box, and the field's accessible name. Empty: no label line.
    property string label
    // Below the box in the error colour, and the box's edge turns the error colour.
    property string errorText
    // Below the box in the secondary colour while there is no error.
    property string hint

    readonly property bool hasError: errorText.length > 0
    readonly property real labelRoom: labelText.visible ? labelText.height + Theme.spacingXs : 0
    readonly property real messageRoom: messageText.visible ? messageText.height + Theme.spacingXs : 0

    font.pixelSize: Theme.fontLarge
    placeholderTextColor: Theme.textSecondary // the style's hint colour reads at 2.7:1
    wrapMode: TextEdit.Wrap
    topInset: labelRoom
    bottomInset: messageRoom
    topPadding: topInset + Theme.spacingM
    bottomPadding: bottomInset + Theme.spacingM
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    hoverEnabled: true

    // Tab moves on to the next control as in a one-line field. A TextArea would type a tab
    // character and keep the keyboard for good (WCAG 2.1.2; tst_every_page tabs through it).
    Keys.onTabPressed: area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
    Keys.onBacktabPressed: area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)

    Accessible.name: label.length > 0 ? label : placeholderText
    Accessible.description: hasError ? errorText : hint

    background: FieldBoundary {
        focused: area.activeFocus
        hovered: area.hovered
        hasError: area.hasError
    }

    Label {
        id: labelText
        objectName: "fieldLabel"
        textFormat: Text.PlainText
        visible: area.label.length > 0
        width: area.width
        wrapMode: Text.Wrap
        text: area.label
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall + 1
    }

    Label {
        id: messageText
        objectName: "fieldMessage"
        textFormat: Text.PlainText // an error can be the portal's words
        visible: text.length > 0
        y: area.height - height
        width: area.width
        wrapMode: Text.Wrap
        text: area.hasError ? area.errorText : area.hint
        color: area.hasError ? Theme.error : Theme.textSecondary
        font.pixelSize: Theme.fontSmall
    }
}
