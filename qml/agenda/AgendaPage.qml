import QtQuick
import Nestje

// Agenda: planning, extra days, swap days and absence.
TabPage {
    objectName: "page_agenda"
    title: qsTr("Agenda")

    EmptyState {
        anchors.centerIn: parent
        icon: "agenda"
        title: qsTr("Nothing planned yet")
        explanation: qsTr("The days your child is expected appear here, together with your requests for extra days, swap days and absence.")
    }
}
