import QtQuick
import QtQuick.Controls

// A secondary action as an outlined pill with an icon: "Foto's", "Vernieuwen".
Button {
    id: action
    property string iconName
    implicitHeight: 48
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    font.capitalization: Font.MixedCase
    Accessible.name: text
    contentItem: Row {
        spacing: Theme.spacingS
        AppIcon {
            anchors.verticalCenter: parent.verticalCenter
            iconName: action.iconName
            width: 20
            height: 20
            color: action.enabled ? Theme.primary : Theme.textSecondary
            visible: action.iconName.length > 0
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: action.text
            font: action.font
            color: action.enabled ? Theme.primary : Theme.textSecondary
        }
    }
    background: Rectangle {
        radius: height / 2
        color: action.down ? Theme.primaryContainer : action.hovered ? Qt.lighter(Theme.primaryContainer, 1.08) : Theme.surface
        border.width: action.visualFocus ? 3 : 1
        border.color: action.visualFocus ? Theme.primary : Theme.outline
    }
}
