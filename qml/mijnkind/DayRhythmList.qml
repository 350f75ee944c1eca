// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
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
    // Above the times when the device is in another zone: they are the daycare's clock.
    property string note
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

    Label {
        objectName: "timesNote"
        visible: list.note.length > 0
        text: list.note
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }

    Repeater {
        model: list.limit >= 0 ? list.moments.slice(0, list.limit) : list.moments
        // Plain positioners with explicit widths: wrapped text in nested layouts gets its
        // height before its width and overlaps the next row.
        Item {
            id: momentRow
            required property var modelData
            Layout.fillWidth: true
            implicitHeight: Math.max(28, texts.implicitHeight)
            Accessible.role: Accessible.StaticText
            Accessible.name: momentRow.modelData.time + " " + momentRow.modelData.title
                             + (momentRow.modelData.ongoing ? ", " + qsTr("still going on") : "")
                             + (momentRow.modelData.description ? ", " + momentRow.modelData.description : "")
                             + (momentRow.modelData.remarks ? ", " + momentRow.modelData.remarks : "")

            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                id: timeLabel
                width: 92
                text: momentRow.modelData.time
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }
            Rectangle {
                id: iconCircle
                x: timeLabel.width + Theme.spacingM
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
            Column {
                id: texts
                x: iconCircle.x + iconCircle.width + Theme.spacingM
                width: momentRow.width - x
                spacing: 2
                Row {
                    spacing: Theme.spacingS
                    width: parent.width
                    Label {
                        textFormat: Text.PlainText // text from the portal is never markup
                        id: titleLabel
                        // As wide as the title on one line (measured apart: the label's own
                        // implicitWidth moves as it wraps, and Qt reported a binding loop), and
                        // wrapping where the row ends.
                        width: Math.min(Math.ceil(titleWidth.advanceWidth) + 1,
                                        parent.width - (ongoingBadge.visible ? ongoingBadge.width + Theme.spacingS : 0))
                        TextMetrics {
                            id: titleWidth
                            font: titleLabel.font
                            text: titleLabel.text
                        }
                        text: momentRow.modelData.title
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    Rectangle {
                        id: ongoingBadge
                        visible: momentRow.modelData.ongoing
                        radius: 8
                        color: Theme.primary
                        width: ongoingText.implicitWidth + 12
                        height: ongoingText.implicitHeight + 4
                        anchors.verticalCenter: titleLabel.verticalCenter
                        Label {
                            textFormat: Text.PlainText // text from the portal is never markup
                            id: ongoingText
                            anchors.centerIn: parent
                            text: qsTr("ongoing")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textOnPrimary
                        }
                    }
                }
                Label {
                    textFormat: Text.PlainText // text from the portal is never markup
                    width: parent.width
                    visible: text.length > 0 && text !== momentRow.modelData.title
                    text: momentRow.modelData.description
                    font.pixelSize: Theme.fontSmall + 1
                    color: Theme.textSecondary
                    wrapMode: Text.WordWrap
                }
                Label {
                    textFormat: Text.PlainText // text from the portal is never markup
                    width: parent.width
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
