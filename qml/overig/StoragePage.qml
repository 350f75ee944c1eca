// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Opslag op dit apparaat: per account how much its cached photos, videos and opened files
// take, and emptying them (after a confirmation). Nothing is lost: what is shown again is
// fetched again.
SubPage {
    id: page
    objectName: "page_overig_storage"
    title: qsTr("Storage on this device")
    signal message(string text)
    // The model can be given (tests); the page makes its own otherwise.
    property MediaCacheModel storage: ownStorage

    MediaCacheModel { id: ownStorage; accounts: App.accountList }
    Component.onCompleted: page.storage.refresh()

    SectionCard {
        Layout.fillWidth: true
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Photos, videos and files you have opened are kept on this device, so they open at once and also offline. Emptying the cache frees the space; they are downloaded again when you open them.")
        }
    }

    Repeater {
        model: page.storage
        delegate: SectionCard {
            id: row
            required property string accountId
            required property string organisation
            required property string username
            required property string size
            required property real mediaBytes
            required property real fileBytes
            required property string mediaSize
            required property string fileSize
            objectName: "storage_" + row.accountId
            Layout.fillWidth: true
            heading: row.organisation.length > 0 ? row.organisation : row.username
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                visible: row.organisation.length > 0
                text: row.username
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere // a long address reads whole
            }
            Label {
                objectName: "storageSize"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Photos and videos: %1").arg(row.mediaSize) + "\n" + qsTr("Documents and attachments: %1").arg(row.fileSize)
            }
            TextButton {
                objectName: "emptyCache"
                enabled: row.mediaBytes + row.fileBytes > 0
                text: qsTr("Empty the cache (%1)").arg(row.size)
                Accessible.name: qsTr("Empty the cache of %1").arg(row.organisation.length > 0 ? row.organisation : row.username)
                onClicked: confirmEmpty.askFor(row.accountId, row.organisation.length > 0 ? row.organisation : row.username, row.size)
            }
        }
    }

    ConfirmDialog {
        id: confirmEmpty
        objectName: "confirmEmptyCache"
        property string accountId
        property string name
        property string size
        function askFor(accountId, name, size) {
            confirmEmpty.accountId = accountId
            confirmEmpty.name = name
            confirmEmpty.size = size
            open()
        }
        title: qsTr("Empty the cache?")
        text: qsTr("The photos, videos and files of %1 on this device (%2) are deleted. They are downloaded again when you open them, which needs an internet connection.").arg(confirmEmpty.name).arg(confirmEmpty.size)
        confirmText: qsTr("Empty")
        onConfirmed: {
            page.storage.clear(confirmEmpty.accountId)
            page.message(qsTr("The cache of %1 is empty.").arg(confirmEmpty.name))
        }
    }
}
