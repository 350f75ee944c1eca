import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Nestje
import Nestje.Core

ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: App.accountName.length > 0 ? "Nestje · " + App.portalName : "Nestje"
    color: Theme.background
    Material.theme: Material.Light
    Material.accent: Theme.primary
    Material.primary: Theme.primary

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        sourceComponent: App.screen === AppController.MainScreen ? shell : login
    }

    Component {
        id: login
        LoginPage {}
    }
    Component {
        id: shell
        MainShell {}
    }
}
