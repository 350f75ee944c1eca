// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// For a self-hosted portal whose certificate comes from its own authority: choose that CA's
// PEM file. It is trusted next to the system's authorities, never instead of them.
ColumnLayout {
    id: section
    property string problem
    spacing: Theme.spacingXs

    TextButton {
        id: certificateButton
        objectName: "portalCertificateButton"
        // The card's width, as the page's other text buttons, with the text centred and
        // wrapping (a large font on a phone) instead of pushing the card past the screen's
        // edge. Not "as wide as its text": a layout takes its items' maximum widths as its own,
        // so this section could be no wider than its text and sat at the left of the card.
        Layout.fillWidth: true
        visible: App.login.certificate.length === 0
        text: qsTr("Self-hosted portal with its own certificate?")
        font.pixelSize: Theme.fontSmall
        contentItem: Label {
            textFormat: Text.PlainText
            text: certificateButton.text
            font: certificateButton.font
            color: Theme.primary
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        onClicked: dialog.open()
    }
    RowLayout {
        Layout.fillWidth: true
        visible: App.login.certificate.length > 0
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Also trusting the certificate of %1").arg(App.login.certificate)
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }
        TextButton {
            text: qsTr("Remove")
            font.pixelSize: Theme.fontSmall
            Accessible.name: qsTr("Stop trusting the certificate of %1").arg(App.login.certificate)
            onClicked: App.login.usePortalCertificate("")
        }
    }
    Label {
        textFormat: Text.PlainText // text from the portal is never markup
        Layout.fillWidth: true
        visible: section.problem.length > 0
        wrapMode: Text.WordWrap
        text: section.problem
        color: Theme.error
        font.pixelSize: Theme.fontSmall
    }

    FilePicker {
        id: dialog
        objectName: "certificatePicker"
        title: qsTr("Choose the portal's CA certificate")
        nameFilters: [qsTr("Certificates (*.pem *.crt *.cer)")]
        acceptLabel: qsTr("Choose")
        onPicked: urls => section.problem = App.login.usePortalCertificate(urls[0])
        onFailed: reason => section.problem = reason
    }
}
