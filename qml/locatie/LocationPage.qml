import QtQuick
import Nestje

// Mijn locatie: news, the team and information of the child's location.
TabPage {
    objectName: "page_locatie"
    title: qsTr("My location")

    EmptyState {
        anchors.centerIn: parent
        icon: "location"
        title: qsTr("No news from your location yet")
        explanation: qsTr("News, newsletters, the team and practical information of your child's location appear here.")
    }
}
