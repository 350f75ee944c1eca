// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// "Wachtwoord vergeten?" on the login page: the portal mails a link to choose a new password.
// The answer is the same whether or not the address is known (the portal does not tell);
// being offline, the portal being down or too many requests each get their own words.
Rectangle {
    id: panel
    objectName: "forgotPasswordPanel"
    // The portal as typed on the login page, and the e-mail address to start with.
    required property string portal
    property alias email: forgotEmail.text
    property ForgotPassword request: ownRequest
    signal closeRequested()

    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius / 2
    color: Theme.surfaceVariant

    ForgotPassword { id: ownRequest; login: App.login }

    function focusEmail() {
        forgotEmail.forceActiveFocus()
    }
    function send() {
        panel.request.send(panel.portal, forgotEmail.text)
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Forgot password?")
            font.weight: Font.Bold
            Accessible.role: Accessible.Heading
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            visible: panel.request.answer.length === 0
            text: qsTr("Your portal sends a link to choose a new password to the e-mail address you log in with.")
        }
        FormField {
            id: forgotEmail
            objectName: "forgotEmailField"
            Layout.fillWidth: true
            visible: panel.request.answer.length === 0
            placeholderText: qsTr("you@example.nl")
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("E-mail address for the new password")
            onAccepted: panel.send()
        }
        Label {
            objectName: "forgotProblem"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            visible: text.length > 0
            text: panel.request.problem
            color: Theme.error
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            objectName: "forgotAnswer"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            visible: text.length > 0
            text: panel.request.answer
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        // Below each other when a large font leaves no room beside each other.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            TextButton {
                objectName: "forgotSend"
                visible: panel.request.answer.length === 0
                enabled: !panel.request.busy
                text: qsTr("Send link")
                onClicked: panel.send()
            }
            TextButton {
                objectName: "forgotClose"
                text: panel.request.answer.length > 0 ? qsTr("Back to logging in") : qsTr("Cancel")
                onClicked: {
                    panel.request.reset()
                    panel.closeRequested()
                }
            }
            BusyIndicator {
                visible: panel.request.busy
                running: panel.request.busy
                implicitWidth: 28
                implicitHeight: 28
            }
        }
    }
}
