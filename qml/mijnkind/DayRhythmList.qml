import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// The day rhythm of a journal card as a list: time (or range), an icon per kind of moment,
// what it was, the amount and remarks. A nap without an end time shows as still going on.
ColumnLayout {
    id: list
    property var moments: []
    property int limit: -1 // -1 shows all
    spacing: Theme.spacingS

    function iconFor(category) {
        switch (category) {
        case "bottle": return "moment-bottle"
        case "sleep": return "moment-sleep"
        case "diaper": return "moment-diaper"
        case "toilet": return "moment-toilet"
        case "food": return "moment-food"
        case "drink": return "moment-drink"
        case "medication": return "moment-medication"
        case "temperature": return "moment-temperature"
        case "sunscreen": return "moment-sunscreen"
        case "activity": return "moment-activity"
        default: return "moment-other"
        }
    }

    Repeater {
        model: list.limit >= 0 ? list.moments.slice(0, list.limit) : list.moments
        RowLayout {
            id: momentRow
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.spacingM
            Accessible.role: Accessible.StaticText
            Accessible.name: momentRow.modelData.time + " " + momentRow.modelData.title
                             + (momentRow.modelData.ongoing ? ", " + qsTr("still going on") : "")
                             + (momentRow.modelData.description ? ", " + momentRow.modelData.description : "")
                             + (momentRow.modelData.remarks ? ", " + momentRow.modelData.remarks : "")

            Label {
                Layout.preferredWidth: 92
                Layout.alignment: Qt.AlignTop
                text: momentRow.modelData.time
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }
            Rectangle {
                Layout.alignment: Qt.AlignTop
                width: 28
                height: 28
                radius: 14
                color: Theme.primaryContainer
                AppIcon {
                    anchors.centerIn: parent
                    width: 18
                    height: 18
                    iconName: list.iconFor(momentRow.modelData.category)
                    color: Theme.primary
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    spacing: Theme.spacingS
                    Label {
                        text: momentRow.modelData.title
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        color: Theme.text
                        Layout.fillWidth: !ongoingBadge.visible
                        wrapMode: Text.WordWrap
                    }
                    Rectangle {
                        id: ongoingBadge
                        visible: momentRow.modelData.ongoing
                        radius: 8
                        color: Theme.primary
                        implicitWidth: ongoingText.implicitWidth + 12
                        implicitHeight: ongoingText.implicitHeight + 4
                        Label {
                            id: ongoingText
                            anchors.centerIn: parent
                            text: qsTr("ongoing")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textOnPrimary
                        }
                    }
                    Item { Layout.fillWidth: ongoingBadge.visible }
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0 && text !== momentRow.modelData.title
                    text: momentRow.modelData.description
                    font.pixelSize: Theme.fontSmall + 1
                    color: Theme.textSecondary
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: momentRow.modelData.remarks
                    font.pixelSize: Theme.fontSmall + 1
                    font.italic: true
                    color: Theme.textSecondary
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
