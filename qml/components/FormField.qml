// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Nestje

// The app's one-line text field, as every form uses it: a label above, a box whose edge reads
// at 3:1 on the card (FieldBoundary), and a line below for an error (or a hint). It stays a
// TextField, so a form reads `text`, calls clear() and sets echoMode or inputMethodHints as
// before; the label and the message line are drawn inside the field's insets, so a click on the
// label puts the cursor in the field.
//     FormField { label: qsTr("Subject"); errorText: form.subjectProblem }
// For more than one line of text: FormArea.
TextField {
    id: field
    // Above the box, and the field's accessible name. Empty: the field has no label line (a
    // placeholder names it, or Accessible.name).
    property string label
    // Below the box in the error colour, and the box's edge turns the error colour.
    property string errorText
    // Below the box in the secondary colour while there is no error.
    property string hint
    // A password: typed as dots, with a button that shows what was typed.
    property bool password: false
    property bool revealed: false

    readonly property bool hasError: errorText.length > 0
    readonly property real labelRoom: labelText.visible ? labelText.height + Theme.spacingXs : 0
    readonly property real messageRoom: messageText.visible ? messageText.height + Theme.spacingXs : 0

    font.pixelSize: Theme.fontLarge
    placeholderTextColor: Theme.textSecondary // the style's hint colour reads at 2.7:1
    topInset: labelRoom
    bottomInset: messageRoom
    topPadding: topInset + Theme.spacingM
    bottomPadding: bottomInset + Theme.spacingM
    leftPadding: Theme.spacingM
    rightPadding: password ? revealButton.width + Theme.spacingXs : Theme.spacingM
    echoMode: password && !revealed ? TextInput.Password : TextInput.Normal
    inputMethodHints: password ? Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                               : Qt.ImhNone
    hoverEnabled: true

    Accessible.name: label.length > 0 ? label : placeholderText
    Accessible.description: hasError ? errorText : hint

    background: FieldBoundary {
        focused: field.activeFocus
        hovered: field.hovered
        hasError: field.hasError
    }

    Label {
        id: labelText
        objectName: "fieldLabel"
        textFormat: Text.PlainText
        visible: field.label.length > 0
        width: field.width
        wrapMode: Text.Wrap
        text: field.label
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall + 1
    }

    ToolButton {
        id: revealButton
        objectName: "revealPasswordButton"
        visible: field.password
        x: field.width - width
        y: field.topInset + (field.height - field.topInset - field.bottomInset - height) / 2
        icon.source: field.revealed ? "qrc:/icons/eye-off.svg" : "qrc:/icons/eye.svg"
        icon.color: Theme.textSecondary
        focusPolicy: Qt.TabFocus
        Accessible.name: field.revealed ? qsTr("Hide password") : qsTr("Show password")
        onClicked: field.revealed = !field.revealed
    }

    Label {
        id: messageText
        objectName: "fieldMessage"
        textFormat: Text.PlainText // an error can be the portal's words
        visible: text.length > 0
        y: field.height - height
        width: field.width
        wrapMode: Text.Wrap
        text: field.hasError ? field.errorText : field.hint
        color: field.hasError ? Theme.error : Theme.textSecondary
        font.pixelSize: Theme.fontSmall
    }
}
