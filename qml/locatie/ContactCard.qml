// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Contact: the organisation and its locations, with the address, phone and e-mail as actions
// (a map application, a call, a mail). Hidden until the details are known.
LocationSection {
    id: card
    heading: contact.name.length > 0 ? contact.name : qsTr("Contact")
    feature: "contact"
    visible: contact.known

    ContactInfo { id: contact; session: App.session }
    OrganisationLocationModel { id: places; session: App.session }

    ContactAction {
        objectName: "contactAddress"
        label: qsTr("Address")
        value: contact.address
        link: contact.address.length > 0 ? "geo:0,0?q=" + encodeURIComponent(contact.address) : ""
        actionName: qsTr("Open in maps")
    }
    ContactAction {
        objectName: "contactPhone"
        label: qsTr("Phone")
        value: contact.phone
        link: contact.phone.length > 0 ? "tel:" + contact.phone.replace(/[^0-9+]/g, "") : ""
        actionName: qsTr("Call")
    }
    ContactAction {
        objectName: "contactEmail"
        label: qsTr("E-mail")
        value: contact.email
        link: contact.email.length > 0 ? "mailto:" + contact.email : ""
        actionName: qsTr("Send an e-mail")
    }
    ContactAction {
        label: qsTr("Website")
        value: contact.website
        link: /^https?:\/\//.test(contact.website) ? contact.website : ""
        actionName: qsTr("Open the website")
    }

    Repeater {
        model: places
        delegate: ColumnLayout {
            required property string name
            required property string address
            required property string phone
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            spacing: 0
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: parent.name
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            ContactAction {
                value: parent.address
                link: parent.address.length > 0 ? "geo:0,0?q=" + encodeURIComponent(parent.address) : ""
                actionName: qsTr("Open in maps")
            }
            ContactAction {
                value: parent.phone
                link: parent.phone.length > 0 ? "tel:" + parent.phone.replace(/[^0-9+]/g, "") : ""
                actionName: qsTr("Call")
            }
        }
    }
}
