import QtQuick
import Nestje

// Mijn kind: the child's timeline (diary, day rhythm, photos) lands here.
TabPage {
    objectName: "page_mijnkind"
    title: qsTr("My child")

    EmptyState {
        anchors.centerIn: parent
        icon: "child"
        title: qsTr("No diary entries yet")
        explanation: qsTr("Photos, the diary and the day rhythm of your child appear here as soon as the group shares them.")
    }
}
