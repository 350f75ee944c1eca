// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Ons team in full: everyone who works on the groups of the family's children.
BackPage {
    id: page
    objectName: "locationTeam"
    signal memberRequested(string id)
    header: SubPageHeader {
        title: qsTr("Our team")
        onBack: page.back()
    }

    TeamModel { id: team; session: App.session }

    ListView {
        id: list
        anchors.fill: parent
        model: team
        clip: true
        topMargin: Theme.spacingS
        delegate: ItemDelegate {
            focusPolicy: Qt.StrongFocus // Tab reaches it: an ItemDelegate takes no focus of itself
            id: member
            required property string key
            required property string name
            required property string role
            required property string groupName
            required property string initials
            required property string avatar
            width: Math.min(list.width - 2 * Theme.spacingL, Theme.contentMaxWidth)
            x: (list.width - width) / 2
            Accessible.name: name + ", " + role
            onClicked: page.memberRequested(key)
            contentItem: RowLayout {
                spacing: Theme.spacingL
                TeamAvatar { initials: member.initials; source: member.avatar }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        textFormat: Text.PlainText // text from the portal is never markup
                        Layout.fillWidth: true
                        text: member.name
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: member.role.length > 0 && member.groupName.length > 0 ? member.role + " · " + member.groupName : member.role + member.groupName
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
