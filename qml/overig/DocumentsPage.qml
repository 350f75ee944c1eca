// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtCore
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Facturen, documenten en jaaropgaven: a list per type with date and subject. A document opens
// in the system's PDF viewer or is saved where the parent chooses; once opened it stays on this
// device.
SubPage {
    id: page
    objectName: "page_overig_documents"
    signal message(string text)
    title: qsTr("Invoices, documents & annual statements")
    subtitle: App.session.staleNote("documents")

    property string type: "invoice"
    property var saving: null

    DocumentModel { id: documents; session: App.session; type: page.type }
    DocumentFiles {
        id: files
        session: App.session
        onFailed: reason => page.message(reason)
        onSaved: path => page.message(qsTr("Saved as %1").arg(path))
    }
    FilePicker {
        id: savePicker
        objectName: "documentSavePicker"
        title: qsTr("Save document")
        save: true
        folder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        // The document's subject as its name ("Jaaropgave 2025.pdf"), without the characters a
        // file name cannot hold.
        suggestedName: page.saving ? page.saving.subject.replace(/[\/\\:*?"<>|]/g, "-").trim() + ".pdf" : ""
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        defaultSuffix: "pdf"
        onPicked: urls => {
            if (page.saving && urls.length > 0)
                files.saveAs(page.saving.type, page.saving.adminId, page.saving.itemId, urls[0])
        }
        onFailed: reason => page.message(reason)
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Repeater {
            model: [
                { type: "invoice", label: qsTr("Invoices") },
                { type: "document", label: qsTr("Documents") },
                { type: "annualstatement", label: qsTr("Annual statements") }
            ]
            delegate: FilterChip {
                id: chip
                required property var modelData
                objectName: "documents_" + chip.modelData.type
                text: chip.modelData.label
                checked: page.type === chip.modelData.type
                onClicked: page.type = chip.modelData.type
            }
        }
    }

    SectionCard {
        Layout.fillWidth: true
        visible: documents.count > 0
        Repeater {
            model: documents
            delegate: RowLayout {
                id: row
                required property string type
                required property string adminId
                required property string itemId
                required property string subject
                required property string date
                required property bool hasAttachment
                required property bool offline
                Layout.fillWidth: true
                spacing: Theme.spacingS
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        textFormat: Text.PlainText // text from the portal is never markup
                        Layout.fillWidth: true
                        text: row.subject
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: row.offline ? qsTr("%1 · on this device").arg(row.date) : row.date
                        wrapMode: Text.Wrap // beside the buttons at a large font
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSmall
                    }
                }
                TextButton {
                    visible: row.hasAttachment
                    text: qsTr("Open")
                    Accessible.name: qsTr("Open %1").arg(row.subject)
                    onClicked: files.open(row.type, row.adminId, row.itemId)
                }
                ToolButton {
                    visible: row.hasAttachment
                    icon.source: "qrc:/icons/download.svg"
                    icon.color: Theme.text
                    Accessible.name: qsTr("Save %1").arg(row.subject)
                    onClicked: {
                        page.saving = { type: row.type, adminId: row.adminId, itemId: row.itemId, subject: row.subject }
                        savePicker.open()
                    }
                }
            }
        }
    }
    EmptyState {
        Layout.alignment: Qt.AlignHCenter
        visible: documents.count === 0
        icon: "book"
        title: qsTr("Nothing here yet")
    }
}
