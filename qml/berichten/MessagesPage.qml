import QtQuick
import Nestje

// Berichten: conversations with the group and the organisation.
TabPage {
    objectName: "page_berichten"
    title: qsTr("Messages")

    EmptyState {
        anchors.centerIn: parent
        icon: "messages"
        title: qsTr("No messages yet")
        explanation: qsTr("Messages between you and the group appear here. You will see a badge on this tab when there is something new.")
    }
}
