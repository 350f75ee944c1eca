import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Overig: the account, logging out and everything that is not a daily task.
TabPage {
    id: page
    objectName: "page_overig"
    title: qsTr("More")

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(page.width - 2 * Theme.spacingXl, Theme.contentMaxWidth)
            x: (page.width - width) / 2
            spacing: Theme.spacingL

            Item { Layout.preferredHeight: Theme.spacingS }

            Pane {
                Layout.fillWidth: true
                padding: Theme.spacingL
                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.outline
                }
                RowLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingL
                    Rectangle {
                        width: 48
                        height: 48
                        radius: 24
                        color: Theme.primaryContainer
                        Label {
                            anchors.centerIn: parent
                            text: App.accountName.length > 0 ? App.accountName.charAt(0).toUpperCase() : "?"
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.Bold
                            color: Theme.textOnPrimaryContainer
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: App.accountName.length > 0 ? App.accountName : qsTr("Demo without account")
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: App.demo ? qsTr("Demo organisation · %1").arg(App.portalName) : App.portalName
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                    TextButton {
                        objectName: "logoutButton"
                        text: qsTr("Log out")
                        icon.source: "qrc:/icons/logout.svg"
                        Accessible.name: qsTr("Log out of %1").arg(App.accountName)
                        onClicked: App.logout()
                    }
                }
            }

            EmptyState {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.spacingXl
                icon: "more"
                title: qsTr("More is on its way")
                explanation: qsTr("Credits, requests, invoices, consents and notification settings will be available here.")
            }

            Label {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.spacingXl
                text: qsTr("Nestje %1 · open source").arg(App.version)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
