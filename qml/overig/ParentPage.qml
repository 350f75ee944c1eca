// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// The parent's details and a request to change them: one pending at a time, as the portal
// enforces; its status shows until staff processed it.
SubPage {
    id: page
    objectName: "page_overig_parent"
    required property AccountDetails account
    signal message(string text)
    title: qsTr("Your details")

    SectionCard {
        Layout.fillWidth: true
        heading: qsTr("As the organisation knows you")
        Repeater {
            model: [
                { label: qsTr("Name"), value: page.account.fullName },
                { label: qsTr("E-mail address"), value: page.account.email },
                { label: qsTr("Phone number"), value: page.account.phone },
                { label: qsTr("Address"), value: page.account.address }
            ]
            delegate: ColumnLayout {
                id: detail
                required property var modelData
                Layout.fillWidth: true
                spacing: 0
                Label {
                    textFormat: Text.PlainText
                    text: detail.modelData.label
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                }
                Label {
                    textFormat: Text.PlainText // text from the portal is never markup
                    Layout.fillWidth: true
                    text: detail.modelData.value.length > 0 ? detail.modelData.value : "–"
                    wrapMode: Text.Wrap
                }
            }
        }
    }

    SectionCard {
        objectName: "changeStatus"
        Layout.fillWidth: true
        visible: page.account.changeSummary.length > 0 || page.account.changeSending
        heading: qsTr("Change request")
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: page.account.changeSending ? qsTr("Being sent…") : page.account.changeSummary
            color: page.account.changeStatus === "processed" ? Theme.primary : Theme.text
        }
    }

    SectionCard {
        objectName: "changeForm"
        Layout.fillWidth: true
        visible: page.account.canRequestChange
        heading: qsTr("Request a change")
        enabled: page.account.changeStatus !== "pending" && !page.account.changeSending
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            text: parent.enabled ? qsTr("Fill in only what should change. The organisation processes it.")
                                 : qsTr("Until this change is processed, you cannot change your details again.")
        }
        FormField { id: nameField; objectName: "field_name"; Layout.fillWidth: true; placeholderText: qsTr("Name") }
        FormField { id: emailField; objectName: "field_email"; Layout.fillWidth: true; placeholderText: qsTr("E-mail address"); inputMethodHints: Qt.ImhEmailCharactersOnly }
        FormField { id: phoneField; objectName: "field_phone"; Layout.fillWidth: true; placeholderText: qsTr("Phone number"); inputMethodHints: Qt.ImhDialableCharactersOnly }
        FormField { id: addressField; objectName: "field_address"; Layout.fillWidth: true; placeholderText: qsTr("Address") }
        FormField { id: remarkField; objectName: "field_remark"; Layout.fillWidth: true; placeholderText: qsTr("Remark (optional)") }
        Label {
            id: problem
            textFormat: Text.PlainText // the portal's refusal is shown as it came
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.error
            visible: text.length > 0
            text: page.account.problem
        }
        PrimaryButton {
            objectName: "sendChange"
            text: qsTr("Send change")
            onClicked: {
                const reason = page.account.requestChange(nameField.text, emailField.text, phoneField.text,
                                                          addressField.text, remarkField.text)
                if (reason.length > 0) {
                    problem.text = reason
                } else {
                    for (const field of [nameField, emailField, phoneField, addressField, remarkField])
                        field.clear()
                    page.message(qsTr("Your change is being sent."))
                }
            }
        }
    }
}
