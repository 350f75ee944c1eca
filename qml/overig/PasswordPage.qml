// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Wachtwoord wijzigen: the current password, the new one twice. The portal logs out the
// other devices; this one stays logged in and the keychain gets the new password.
SubPage {
    id: page
    objectName: "page_overig_password"
    required property AccountDetails account
    signal message(string text)
    title: qsTr("Change password")

    Connections {
        target: page.account
        function onPasswordChanged() {
            for (const field of [current, next, repeated])
                field.clear()
            problem.text = ""
            page.message(qsTr("Your password has been changed. Other devices have been logged out."))
            page.back()
        }
        function onPasswordRefused(reason) { problem.text = reason }
    }

    SectionCard {
        Layout.fillWidth: true
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            text: qsTr("At least %1 characters. After the change, other devices have to log in again.").arg(page.account.passwordMinimum)
        }
        // Labels above the fields rather than placeholders: at a large font a placeholder is
        // elided ("Nieuw wachtwoord nog…"), and it is gone once the parent types.
        FormField { id: current; objectName: "field_current"; Layout.fillWidth: true; password: true; label: qsTr("Current password") }
        FormField { id: next; objectName: "field_new"; Layout.fillWidth: true; password: true; label: qsTr("New password") }
        FormField { id: repeated; objectName: "field_repeat"; Layout.fillWidth: true; password: true; label: qsTr("New password again") }
        Label {
            id: problem
            objectName: "passwordProblem"
            textFormat: Text.PlainText // the portal's refusal is shown as it came
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.error
            visible: text.length > 0
        }
        PrimaryButton {
            objectName: "changePassword"
            text: page.account.passwordBusy ? qsTr("Changing…") : qsTr("Change password")
            enabled: !page.account.passwordBusy
            onClicked: {
                problem.text = page.account.passwordProblem(current.text, next.text, repeated.text)
                if (problem.text.length === 0)
                    page.account.changePassword(current.text, next.text, repeated.text)
            }
        }
    }
}
