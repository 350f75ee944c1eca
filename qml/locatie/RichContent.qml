// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Nestje
import Nestje.Core

// The organisation's HTML, after the one sanitiser (LocationItem.richText): headings, lists,
// tables and the portal's images from this device. It loads nothing itself; a link leaves the
// app only when the parent taps it.
TextEdit {
    id: view
    objectName: "richContent"
    // On a light page whatever the scheme (ContentPage.paper): the text is the light scheme's.
    property bool paper: false
    readOnly: true
    selectByMouse: true
    textFormat: TextEdit.RichText
    wrapMode: TextEdit.Wrap
    color: paper ? Theme.lightColors.text : Theme.text
    selectionColor: Theme.primaryContainer
    selectedTextColor: Theme.textOnPrimaryContainer
    font.pixelSize: Theme.fontBody
    onLinkActivated: link => Qt.openUrlExternally(link)

    HoverHandler {
        enabled: view.hoveredLink.length > 0
        cursorShape: Qt.PointingHandCursor
    }
}
