// SPDX-License-Identifier: GPL-3.0-or-later
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
    // A phone's keyboard makes the window shorter: 360x720 leaves about 300 px (the GNOME mobile
    // guideline is 360x294). A larger minimum made the window run on under the keyboard.
    minimumHeight: 294
    visible: true
    // The desktop adds " — Nestje" (the application display name) itself.
    title: App.session.active ? App.session.organisation : ""
    color: Theme.background
    // Every control, popup and Label without a size of its own inherits this: the style's own
    // fixed size would ignore the system font (see Theme.fontControl).
    font.pixelSize: Theme.fontControl
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.primary
    Material.primary: Theme.primary

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        sourceComponent: App.screen === App.MainScreen ? shell : login
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
