// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// The accounts on this device: switch with one tap, add one, log out of one or of all.
Pane {
    id: section
    padding: Theme.spacingL
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.outline
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Accounts")
            font.pixelSize: Theme.fontBody
            font.weight: Font.Bold
            Accessible.role: Accessible.Heading
        }

        Repeater {
            model: App.accountList
            delegate: ItemDelegate {
                focusPolicy: Qt.StrongFocus // Tab reaches it: an ItemDelegate takes no focus of itself
                id: accountRow
                required property string accountId
                required property string username
                required property string organisation
                required property bool active
                required property bool demo
                objectName: "account_" + accountRow.accountId
                Layout.fillWidth: true
                clip: true // the press ripple stays inside the row
                highlighted: accountRow.active
                Accessible.name: accountRow.active ? qsTr("%1 at %2, active").arg(accountRow.username).arg(accountRow.organisation)
                                              : qsTr("Switch to %1 at %2").arg(accountRow.username).arg(accountRow.organisation)
                onClicked: App.switchAccount(accountRow.accountId)
                contentItem: RowLayout {
                    spacing: Theme.spacingL
                    Rectangle {
                        width: 40
                        height: 40
                        radius: 20
                        color: accountRow.active ? Theme.primary : Theme.primaryContainer
                        Label {
                            textFormat: Text.PlainText // text from the portal is never markup
                            anchors.centerIn: parent
                            text: accountRow.organisation.length > 0 ? accountRow.organisation.charAt(0).toUpperCase() : "?"
                            font.weight: Font.Bold
                            color: accountRow.active ? Theme.textOnPrimary : Theme.textOnPrimaryContainer
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            textFormat: Text.PlainText // text from the portal is never markup
                            Layout.fillWidth: true
                            text: accountRow.demo ? qsTr("Demo · %1").arg(accountRow.organisation) : accountRow.organisation
                            font.weight: Font.DemiBold
                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere // a long address reads whole
                        }
                        Label {
                            textFormat: Text.PlainText // text from the portal is never markup
                            Layout.fillWidth: true
                            text: accountRow.username
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere // a long address reads whole
                        }
                    }
                    Label {
                        textFormat: Text.PlainText // text from the portal is never markup
                        visible: accountRow.active
                        text: qsTr("Active")
                        color: Theme.primary
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                    }
                }
            }
        }

        // A Flow: at a large font the two buttons do not fit side by side on a phone.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            TextButton {
                objectName: "addAccountButton"
                text: qsTr("Add account")
                onClicked: App.addAccount()
            }
            TextButton {
                objectName: "logoutButton"
                text: qsTr("Log out")
                icon.source: "qrc:/icons/logout.svg"
                Accessible.name: qsTr("Log out of %1").arg(App.session.username)
                onClicked: confirmLogout.ask()
            }
        }
        TextButton {
            objectName: "logoutAllButton"
            visible: App.accountCount > 1
            text: qsTr("Log out of all accounts")
            onClicked: confirmLogoutAll.ask()
        }
    }

    // Logging out cannot be undone with a tap (the password is needed again): ask first.
    ConfirmDialog {
        id: confirmLogout
        objectName: "confirmLogout"
        title: qsTr("Log out?")
        text: qsTr("You log out of %1 at %2. To use this account again you need its password.").arg(App.session.username).arg(App.session.organisation)
        confirmText: qsTr("Log out")
        onConfirmed: App.logout()
    }
    ConfirmDialog {
        id: confirmLogoutAll
        objectName: "confirmLogoutAll"
        title: qsTr("Log out of all accounts?")
        text: qsTr("You log out of all %n accounts on this device. To use them again you need their passwords.", "", App.accountCount)
        confirmText: qsTr("Log out of all accounts")
        onConfirmed: App.logoutAll()
    }
}
