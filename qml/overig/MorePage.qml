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

            AccountsSection {
                Layout.fillWidth: true
            }

            EmptyState {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.spacingXl
                icon: "more"
                title: qsTr("More is on its way")
                explanation: qsTr("Credits, requests, invoices, consents and notification settings will be available here.")
            }

            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.spacingXl
                text: qsTr("Nestje %1 · open source").arg(App.version)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
