// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A dialog's title (`header: DialogTitle { text: dialog.title }`). The style's is a fixed 16 px
// on a square strip of its own over the dialog's rounded card; this one follows the system font,
// wraps, and lets the card show.
Label {
    textFormat: Text.PlainText
    visible: text.length > 0
    padding: 24
    bottomPadding: 0
    wrapMode: Text.Wrap
    font.bold: true
    font.pixelSize: Theme.fontLarge
    color: Theme.text
    Accessible.role: Accessible.Heading
}
