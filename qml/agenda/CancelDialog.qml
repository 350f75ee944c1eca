// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Nestje

// "Weet je zeker …?" before a request is cancelled for one child; a period goes as a whole.
// The app's confirmation, with the buttons saying what they do ("Terug", "Aanvraag annuleren")
// rather than "Ja" and "Nee".
ConfirmDialog {
    property string requestId
    property string childId
    property string childName
    property string what      // "Extra dag, ma 1 dec"

    objectName: "cancelDialog"
    title: qsTr("Cancel request?")
    text: qsTr("%1 for %2 will be cancelled. A request for a period is cancelled as a whole.")
          .arg(what).arg(childName)
    rejectText: qsTr("Back")
    confirmText: qsTr("Cancel request")
}
