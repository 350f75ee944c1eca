// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Notificaties: per item whether to get a notification on this device and/or an e-mail. The
// portal stores them per account; a change is shown at once and sent through the outbox.
// Above them Nestje's switch for the whole account on this device (kept in the account's cache);
// below them the quiet hours, kept on this device for every account: what arrives in them is
// shown when they end.
SubPage {
    id: page
    objectName: "page_overig_notifications"
    required property AccountDetails account
    title: qsTr("Notifications")
    subtitle: App.session.staleNote("notificationSettings")

    NotificationSettingModel { id: settings; session: App.session }

    SectionCard {
        objectName: "deviceNotifications"
        Layout.fillWidth: true
        heading: qsTr("On this device")
        RowLayout {
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText // the organisation's name
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Notifications from %1").arg(App.session.organisation)
            }
            ToggleSwitch {
                id: deviceSwitch
                objectName: "deviceNotificationsSwitch"
                checked: page.account.notifiesOnThisDevice
                Accessible.name: qsTr("Notifications from %1 on this device").arg(App.session.organisation)
                onToggled: page.account.notifiesOnThisDevice = deviceSwitch.checked
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            text: page.account.notifiesOnThisDevice
                  ? qsTr("The choices below are kept by the organisation for all your devices.")
                  : qsTr("Off: this account shows no notifications on this device. E-mail and your other devices follow the choices below.")
        }
    }

    SectionCard {
        objectName: "portalNotificationSettings"
        Layout.fillWidth: true
        visible: App.session.syncStatus !== undefined && App.session.offers("notificationSettings") // re-read after each sync
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Label { textFormat: Text.PlainText; text: qsTr("Notification"); font.pixelSize: Theme.fontSmall; color: Theme.textSecondary; Layout.preferredWidth: 96; horizontalAlignment: Text.AlignHCenter }
            Label { textFormat: Text.PlainText; text: qsTr("E-mail"); font.pixelSize: Theme.fontSmall; color: Theme.textSecondary; Layout.preferredWidth: 72; horizontalAlignment: Text.AlignHCenter }
        }
        Repeater {
            model: settings
            delegate: RowLayout {
                id: row
                required property string item
                required property string label
                required property bool push
                required property bool email
                Layout.fillWidth: true
                Label {
                    textFormat: Text.PlainText // text from the portal is never markup
                    Layout.fillWidth: true
                    text: row.label
                    wrapMode: Text.Wrap
                }
                ToggleSwitch {
                    id: pushSwitch
                    objectName: "push_" + row.item
                    Layout.preferredWidth: 96
                    checked: row.push
                    Accessible.name: qsTr("Notification for %1").arg(row.label)
                    onToggled: page.account.setNotification(row.item, pushSwitch.checked, row.email)
                }
                ToggleSwitch {
                    id: emailSwitch
                    objectName: "email_" + row.item
                    Layout.preferredWidth: 72
                    checked: row.email
                    Accessible.name: qsTr("E-mail for %1").arg(row.label)
                    onToggled: page.account.setNotification(row.item, row.push, emailSwitch.checked)
                }
            }
        }
        Label {
            textFormat: Text.PlainText // the portal's refusal is shown as it came
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.error
            visible: text.length > 0
            text: page.account.problem
        }
    }

    QuietHours { id: quiet }
    // Every half hour of the day, "00:00" … "23:30".
    readonly property var halfHours: Array.from({ length: 48 }, (_, i) => quiet.timeText(i * 30))

    SectionCard {
        objectName: "quietHours"
        Layout.fillWidth: true
        heading: qsTr("Quiet hours")
        RowLayout {
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("No notifications at night: what arrives between these times is shown when the quiet hours end. For every account on this device.")
            }
            ToggleSwitch {
                id: quietSwitch
                objectName: "quietHoursSwitch"
                checked: quiet.enabled
                Accessible.name: qsTr("Quiet hours")
                onToggled: quiet.enabled = quietSwitch.checked
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingL
            enabled: quiet.enabled
            RowLayout {
                spacing: Theme.spacingS
                Label { textFormat: Text.PlainText; text: qsTr("From") }
                Dropdown {
                    id: fromBox
                    objectName: "quietFrom"
                    model: page.halfHours
                    currentIndex: Math.floor(quiet.from / 30)
                    Accessible.name: qsTr("Quiet hours from")
                    onActivated: index => quiet.from = index * 30
                }
            }
            RowLayout {
                spacing: Theme.spacingS
                Label { textFormat: Text.PlainText; text: qsTr("Until") }
                Dropdown {
                    id: untilBox
                    objectName: "quietUntil"
                    model: page.halfHours
                    currentIndex: Math.floor(quiet.until / 30)
                    Accessible.name: qsTr("Quiet hours until")
                    onActivated: index => quiet.until = index * 30
                }
            }
        }
    }
}
