// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// The overview of Overig: the parent and each child first, then the sections the organisation
// offers, the accounts on this device, and the app itself.
ScrollView {
    id: list
    required property AccountDetails account
    required property ChildListModel childList
    signal openRequested(string target)
    contentWidth: availableWidth

    AppLanguage { id: language }
    AppColorScheme { id: colorScheme }
    MediaCacheModel { id: storage; accounts: App.accountList }
    // Measured again when the overview shows (after emptying, after browsing photos).
    onVisibleChanged: if (list.visible) storage.refresh()

    ColumnLayout {
        width: Math.min(list.availableWidth - 2 * Theme.spacingL, Theme.contentMaxWidth)
        x: (list.availableWidth - width) / 2
        spacing: Theme.spacingL

        Item { Layout.preferredHeight: Theme.spacingXs }

        SectionCard {
            objectName: "section_family"
            Layout.fillWidth: true
            heading: qsTr("Account & children")
            MenuRow {
                objectName: "row_parent"
                title: list.account.fullName.length > 0 ? list.account.fullName : App.session.username
                detail: list.account.changeStatus === "pending" ? qsTr("Change of details being processed")
                                                                : list.account.email
                iconName: "edit"
                onClicked: list.openRequested("parent")
            }
            Repeater {
                model: list.childList
                delegate: MenuRow {
                    id: childRow
                    required property string childId
                    required property string firstName
                    required property string fullName
                    required property bool active
                    required property string birthDate
                    objectName: "row_child_" + childRow.childId
                    title: childRow.fullName
                    detail: childRow.active ? qsTr("Born %1").arg(childRow.birthDate) : qsTr("Care has ended")
                    iconName: "child"
                    onClicked: list.openRequested("child/" + childRow.childId)
                }
            }
        }

        SectionCard {
            Layout.fillWidth: true
            heading: qsTr("Family")
            MenuRow {
                objectName: "row_credits"
                visible: App.session.syncStatus !== undefined && App.session.offers("credits") // re-read after each sync
                title: qsTr("Credits")
                detail: qsTr("Hours or points still to use, and what they were used for")
                iconName: "clock"
                onClicked: list.openRequested("credits")
            }
            MenuRow {
                objectName: "row_documents"
                visible: App.session.syncStatus !== undefined && App.session.offers("documents") // re-read after each sync
                title: qsTr("Invoices, documents & annual statements")
                iconName: "book"
                onClicked: list.openRequested("documents")
            }
            MenuRow {
                objectName: "row_archive"
                title: qsTr("Save everything")
                detail: qsTr("Every photo, video and diary day in a folder on this device, with their dates")
                iconName: "download"
                onClicked: App.open("overig", "archive")
            }
            MenuRow {
                objectName: "row_question"
                // The answer arrives in Berichten: not without it.
                visible: list.account.canAsk && App.session.syncStatus !== undefined && App.session.offers("messages")
                title: qsTr("Ask a question")
                detail: qsTr("Arrives as a conversation in Messages")
                iconName: "messages"
                onClicked: list.openRequested("question")
            }
        }

        SectionCard {
            Layout.fillWidth: true
            heading: qsTr("Settings")
            MenuRow {
                objectName: "row_notifications"
                title: qsTr("Notifications")
                // The portal's settings where it has them; quiet hours always (kept here).
                detail: App.session.syncStatus !== undefined && App.session.offers("notificationSettings")
                        ? qsTr("Per item: a notification and/or an e-mail; quiet hours")
                        : qsTr("Quiet hours")
                iconName: "bell"
                onClicked: list.openRequested("notifications")
            }
            MenuRow {
                objectName: "row_password"
                title: qsTr("Change password")
                iconName: "lock"
                onClicked: list.openRequested("password")
            }
            MenuRow {
                objectName: "row_storage"
                title: qsTr("Storage on this device")
                detail: qsTr("%1 of photos, videos and documents").arg(storage.totalSize)
                iconName: "storage"
                onClicked: list.openRequested("storage")
            }
            // The chips wrap under the heading when the text is large (150 % fonts).
            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingL
                spacing: Theme.spacingXs
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("Language")
                    font.weight: Font.DemiBold
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    // The names stay in their own language, so a parent finds theirs either way.
                    FilterChip {
                        objectName: "language_nl"
                        text: "Nederlands"
                        checked: language.language === "nl"
                        onClicked: language.setLanguage("nl")
                    }
                    FilterChip {
                        objectName: "language_en"
                        text: "English"
                        checked: language.language === "en"
                        onClicked: language.setLanguage("en")
                    }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingL
                Layout.topMargin: Theme.spacingS
                spacing: Theme.spacingXs
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("Appearance")
                    font.weight: Font.DemiBold
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    FilterChip {
                        objectName: "scheme_system"
                        text: qsTr("System")
                        Accessible.description: qsTr("Light or dark as the device is set")
                        checked: colorScheme.scheme === "system"
                        onClicked: colorScheme.setScheme("system")
                    }
                    FilterChip {
                        objectName: "scheme_light"
                        text: qsTr("Light")
                        checked: colorScheme.scheme === "light"
                        onClicked: colorScheme.setScheme("light")
                    }
                    FilterChip {
                        objectName: "scheme_dark"
                        text: qsTr("Dark")
                        checked: colorScheme.scheme === "dark"
                        onClicked: colorScheme.setScheme("dark")
                    }
                }
            }
        }

        AccountsSection {
            Layout.fillWidth: true
        }

        SectionCard {
            Layout.fillWidth: true
            MenuRow {
                objectName: "row_portal"
                visible: !App.session.demo
                title: qsTr("To the parent portal")
                detail: qsTr("Opens the organisation's portal in the browser")
                onClicked: Qt.openUrlExternally(list.account.portalUrl)
            }
            MenuRow {
                objectName: "row_about"
                title: qsTr("About this app")
                detail: qsTr("Nestje %1 · free software (GPL 3.0 or later)").arg(App.version)
                iconName: "nestje"
                tintIcon: false
                onClicked: list.openRequested("about")
            }
        }

        Item { Layout.preferredHeight: Theme.spacingL }
    }
}
