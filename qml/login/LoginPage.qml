// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Log in with the portal of the organisation, e-mail address and password, or try the demo.
Page {
    id: page
    objectName: "loginPage"
    property alias portal: portalField.text
    property string portalError

    background: Rectangle { color: Theme.background }

    function submit() {
        page.portalError = App.login.portalProblem(portalField.text);
        if (page.portalError.length > 0) {
            portalField.forceActiveFocus();
            return;
        }
        App.login.login(portalField.text, emailField.text, passwordField.text);
    }

    // A focused field stays above the on-screen keyboard.
    FocusedFieldInView { flickable: loginFlick }

    Flickable {
        id: loginFlick
        anchors.fill: parent
        contentHeight: Math.max(height, card.implicitHeight + 2 * Theme.spacingXl)
        boundsBehavior: Flickable.StopAtBounds

        Pane {
            id: card
            width: Math.min(page.width - 2 * Theme.spacingL, 440)
            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(Theme.spacingXl, (page.height - implicitHeight) / 2)
            padding: Theme.spacingXl
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius * 1.5
                border.color: Theme.outline
            }

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingM

                Image {
                    Layout.alignment: Qt.AlignHCenter
                    source: "qrc:/icons/nestje.svg"
                    sourceSize.width: 88
                    sourceSize.height: 88
                    Accessible.ignored: true
                }
                Label {
                    textFormat: Text.PlainText // text from the portal is never markup
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: "Nestje"
                    font.pixelSize: Theme.fontDisplay
                    font.weight: Font.Bold
                    color: Theme.primary
                    Accessible.role: Accessible.Heading
                }
                Label {
                    textFormat: Text.PlainText // text from the portal is never markup
                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.spacingS
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: qsTr("Log in with the parent portal of your childcare organisation.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontBody
                }

                FormField {
                    id: portalField
                    objectName: "portalField"
                    Layout.fillWidth: true
                    label: qsTr("Portal")
                    placeholderText: qsTr("name.ouderportaal.nl")
                    // The portal's own words when it refused (never markup: FormField's line is
                    // plain text).
                    errorText: page.portalError
                    hint: qsTr("For example \"deboomhut\" or the address you use in the browser.")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    text: App.login.portal
                    onTextEdited: page.portalError = ""
                    onAccepted: emailField.forceActiveFocus()
                    KeyNavigation.tab: emailField
                }

                FormField {
                    id: emailField
                    objectName: "emailField"
                    Layout.fillWidth: true
                    label: qsTr("E-mail address")
                    placeholderText: qsTr("you@example.nl")
                    text: App.login.username
                    inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                    onAccepted: passwordField.forceActiveFocus()
                    KeyNavigation.tab: passwordField
                }

                FormField {
                    id: passwordField
                    objectName: "passwordField"
                    Layout.fillWidth: true
                    label: qsTr("Password")
                    password: true
                    onAccepted: page.submit()
                }

                Rectangle {
                    objectName: "loginError"
                    Layout.fillWidth: true
                    visible: App.login.error.length > 0
                    implicitHeight: errorText.implicitHeight + 2 * Theme.spacingM
                    radius: Theme.radius / 2
                    color: Theme.errorContainer
                    Label {
                        textFormat: Text.PlainText // text from the portal is never markup
                        id: errorText
                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        wrapMode: Text.WordWrap
                        text: App.login.error
                        color: Theme.error
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                }

                PrimaryButton {
                    objectName: "loginButton"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingS
                    text: App.login.busy ? qsTr("Logging in…") : qsTr("Log in")
                    enabled: !App.login.busy
                    Accessible.name: qsTr("Log in")
                    onClicked: page.submit()
                }
                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                    visible: App.login.busy
                    running: App.login.busy
                    implicitHeight: 32
                    implicitWidth: 32
                }

                TextButton {
                    objectName: "forgotPasswordButton"
                    Layout.alignment: Qt.AlignHCenter
                    visible: !forgotPanel.visible
                    text: qsTr("Forgot password?")
                    onClicked: {
                        // The reset mail comes from the portal: it must be known first.
                        page.portalError = App.login.portalProblem(portalField.text);
                        if (page.portalError.length > 0) {
                            portalField.forceActiveFocus();
                            return;
                        }
                        forgotPanel.email = emailField.text;
                        forgotPanel.visible = true;
                        forgotPanel.focusEmail();
                    }
                }
                ForgotPasswordPanel {
                    id: forgotPanel
                    Layout.fillWidth: true
                    visible: false
                    portal: portalField.text
                    onCloseRequested: forgotPanel.visible = false
                }

                PortalCertificate {
                    Layout.fillWidth: true
                }

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: Theme.outline
                }

                TextButton {
                    objectName: "backButton"
                    Layout.fillWidth: true
                    visible: App.canCancelLogin
                    text: qsTr("Back to %1").arg(App.session.organisation)
                    onClicked: App.cancelLogin()
                }

                TextButton {
                    objectName: "demoButton"
                    Layout.fillWidth: true
                    text: qsTr("Try the demo")
                    enabled: !App.login.busy
                    Accessible.description: qsTr("Opens Nestje with a sample daycare, without an account")
                    onClicked: App.login.startDemo()
                }
            }
        }
    }
}
