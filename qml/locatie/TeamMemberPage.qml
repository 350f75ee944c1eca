// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// More about one member of staff: photo, role, group and what they tell about themselves.
BackPage {
    id: page
    objectName: "locationTeamMember"
    property string memberId
    header: SubPageHeader {
        title: qsTr("Our team")
        onBack: page.back()
    }

    TeamModel { id: team; session: App.session }
    readonly property var member: {
        team.count // re-read when the team changes
        for (let i = 0; i < team.count; ++i) {
            const row = team.get(i)
            if (row.key === page.memberId)
                return row
        }
        return null
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.spacingL, 640)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacingM
            Item { Layout.preferredHeight: Theme.spacingL }
            TeamAvatar {
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: 128
                implicitHeight: 128
                initials: page.member ? page.member.initials : ""
                source: page.member ? page.member.avatar : ""
            }
            Label {
                objectName: "memberName"
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: page.member ? page.member.name : qsTr("This person is no longer in the team.")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                visible: text.length > 0
                text: page.member ? [page.member.role, page.member.groupName].filter(s => s.length > 0).join(" · ") : ""
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                visible: text.length > 0
                text: page.member ? page.member.bio : ""
                wrapMode: Text.Wrap
            }
        }
    }
}
