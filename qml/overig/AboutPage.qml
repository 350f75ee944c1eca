// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Over deze app: the version, the licence and where to read it, and the libraries Nestje is
// built on with their licences.
SubPage {
    id: page
    objectName: "page_overig_about"
    title: qsTr("About this app")

    SectionCard {
        Layout.fillWidth: true
        heading: qsTr("Nestje %1").arg(App.version)
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("An open-source parent app for childcare organisations that use the Konnect parent portal.")
        }
    }

    SectionCard {
        objectName: "licence"
        Layout.fillWidth: true
        heading: qsTr("Licence")
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Nestje is free software: you may use, study, share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes without any warranty.")
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            text: qsTr("The full text is in the file LICENSE of the source code, installed as /usr/share/doc/nestje/LICENSE, and at https://www.gnu.org/licenses/gpl-3.0.html.")
        }
        TextButton {
            text: qsTr("Read the licence")
            onClicked: Qt.openUrlExternally("https://www.gnu.org/licenses/gpl-3.0.html")
        }
    }

    SectionCard {
        Layout.fillWidth: true
        heading: qsTr("Built with")
        Repeater {
            model: [
                { name: "Qt 6", licence: "LGPL-3.0-only" },
                { name: "QtKeychain", licence: "BSD-3-Clause" },
                { name: "SQLite", licence: qsTr("public domain") },
                { name: "Exiv2", licence: "GPL-2.0-or-later" },
                { name: "libical", licence: "LGPL-2.1-only OR MPL-2.0" },
                // The icons in resources/icons are drawn after Google's Material icons.
                { name: "Material Design icons", licence: "Apache-2.0" }
            ]
            delegate: RowLayout {
                id: library
                required property var modelData
                Layout.fillWidth: true
                // Both wrap: at a large font "Material Design icons" and "LGPL-2.1-only OR
                // MPL-2.0" do not fit on one line of a phone together.
                Label {
                    textFormat: Text.PlainText
                    text: library.modelData.name
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    textFormat: Text.PlainText
                    text: library.modelData.licence
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignRight
                    Layout.maximumWidth: library.width / 2
                }
            }
        }
    }
}
