// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// A child's observation forms, newest first, read-only.
SubPage {
    id: page
    objectName: "page_overig_observations"
    property string childId
    title: qsTr("Observations")

    ObservationModel { id: observations; session: App.session; childId: page.childId }

    Repeater {
        model: observations
        delegate: SectionCard {
            id: form
            required property string title
            required property string date
            required property string author
            required property string text
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: form.author.length > 0 ? qsTr("%1 · %2").arg(form.date).arg(form.author) : form.date
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                Layout.fillWidth: true
                text: form.text
                wrapMode: Text.Wrap
            }
        }
    }
    EmptyState {
        Layout.alignment: Qt.AlignHCenter
        visible: observations.count === 0
        icon: "book"
        title: qsTr("No observations yet")
    }
}
