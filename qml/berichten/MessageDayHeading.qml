// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Nestje

// The day above the first message of a day: MessageBubble creates it only for that message.
Text {
    // The bubble it belongs to (MessageBubble creates it with itself).
    required property MessageBubble bubble
    objectName: "dayHeading"
    width: bubble.width
    horizontalAlignment: Text.AlignHCenter
    topPadding: Theme.spacingS
    bottomPadding: Theme.spacingS
    textFormat: Text.PlainText
    text: bubble.day
    font.pixelSize: Theme.fontSmall
    font.weight: Font.DemiBold
    color: Theme.textSecondary
}
