// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Ons team on the overview: the staff of the family's groups in a row of photos; a tap opens a
// person, "Alle bekijken" the whole team.
LocationSection {
    id: card
    heading: qsTr("Our team")
    feature: "team"
    visible: team.count > 0
    showAll: true
    signal memberRequested(string id)

    TeamModel { id: team; session: App.session }

    Flickable {
        Layout.fillWidth: true
        implicitHeight: strip.implicitHeight
        contentWidth: strip.implicitWidth
        flickableDirection: Flickable.HorizontalFlick
        clip: true
        Row {
            id: strip
            spacing: Theme.spacingM
            Repeater {
                model: team
                delegate: ItemDelegate {
                    focusPolicy: Qt.StrongFocus // Tab reaches it: an ItemDelegate takes no focus of itself
                    id: member
                    required property string key
                    required property string name
                    required property string groupName
                    required property string initials
                    required property string avatar
                    objectName: "teamMember"
                    width: 96
                    padding: Theme.spacingXs
                    Accessible.name: name
                    onClicked: card.memberRequested(key)
                    contentItem: Column {
                        spacing: Theme.spacingXs
                        TeamAvatar {
                            anchors.horizontalCenter: parent.horizontalCenter
                            initials: member.initials
                            source: member.avatar
                        }
                        Label {
                            width: parent.width
                            textFormat: Text.PlainText // text from the portal is never markup
                            text: member.name
                            horizontalAlignment: Text.AlignHCenter
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                        Label {
                            width: parent.width
                            textFormat: Text.PlainText
                            text: member.groupName
                            horizontalAlignment: Text.AlignHCenter
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }
    }
}
