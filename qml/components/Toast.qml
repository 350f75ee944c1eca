import QtQuick
import QtQuick.Controls

// A short message at the bottom that goes away by itself ("Opgeslagen in …").
Rectangle {
    id: toast
    property alias text: label.text
    function show(message) {
        label.text = message
        opacity = 1
        timer.restart()
    }
    width: Math.min(label.implicitWidth + 2 * Theme.spacingL, (parent ? parent.width : 400) - 2 * Theme.spacingL)
    height: label.implicitHeight + 2 * Theme.spacingM
    radius: 12
    color: "#E6323130"
    opacity: 0
    visible: opacity > 0
    z: 100
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text
    Behavior on opacity { NumberAnimation { duration: Theme.durationShort } }
    Label {
        textFormat: Text.PlainText // text from the portal is never markup
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        color: "white"
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontBody - 1
    }
    Timer {
        id: timer
        interval: 4000
        onTriggered: toast.opacity = 0
    }
}
