// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Nestje

// One message of a conversation: the parent's own on the right in their colour, the staff's on
// the left, with who wrote it and when, photos as thumbnails (a tap opens them large) and files
// (a tap opens them from this device; fetched once, also offline afterwards); the first message of a day has the day above it. A message on its way says so; a
// refused one shows the portal's reason with retry and discard.
// A long conversation builds a screen of these when it opens, so a bubble is plain items
// (Text, not Label; no layouts), and what most messages lack (the day heading, photos, files,
// the send state) is only built for the messages that have it (MessageDayHeading, MessageExtras).
Item {
    id: bubble
    required property int index
    required property string text
    required property string author
    required property bool fromParent
    required property string day
    required property bool dayStart
    required property string time
    required property var photos
    required property var files
    required property bool pending
    required property string sendState
    required property string errorText
    required property var writeId
    // What MessageFiles knows of the files it was asked for (key -> {busy, offline, error}).
    property var fileStates: ({})
    signal openPhoto(string mediaId)
    signal openFile(string messageId, string fileId)
    signal retry(var writeId)
    signal discard(var writeId)

    width: ListView.view ? ListView.view.width : 400
    implicitHeight: card.y + card.height + Theme.spacingS
    Accessible.role: Accessible.ListItem
    Accessible.name: author + ", " + time + ": " + text

    // What most messages lack is built only for those that have it, and without an item in
    // its place for the others (a Repeater or Loader per bubble cost a long conversation's
    // first screen 0.3 ms of its 1.9 ms of bubbles): the day above the first message of a day,
    // and the photos, files and send state under the text (MessageExtras).
    readonly property bool hasExtras: photos.length > 0 || files.length > 0 || pending
    property Item dayHeading: null
    property Item extras: null
    function part(item: Item, wanted: bool, url: string, parentItem: Item): Item {
        if (item !== null) {
            item.parent = null
            item.destroy()
        }
        return wanted ? Qt.createComponent(url).createObject(parentItem, { bubble: bubble }) as Item : null
    }
    function updateParts() {
        if (dayStart !== (dayHeading !== null))
            dayHeading = part(dayHeading, dayStart, "MessageDayHeading.qml", bubble)
        if (hasExtras !== (extras !== null))
            extras = part(extras, hasExtras, "MessageExtras.qml", content)
    }
    onDayStartChanged: updateParts()
    onHasExtrasChanged: updateParts()
    Component.onCompleted: updateParts()

    Rectangle {
        id: card
        objectName: "bubbleCard"
        readonly property real maxWidth: Math.min(bubble.width * 0.82, 620)
        // What the content would take on one line, the photos and buttons as they are.
        readonly property real naturalWidth: Math.max(authorText.implicitWidth + Theme.spacingS + timeText.implicitWidth,
                                                      messageText.implicitWidth, bubble.extras ? bubble.extras.implicitWidth : 0)
        x: bubble.fromParent ? bubble.width - width - Theme.spacingL : Theme.spacingL
        y: bubble.dayHeading ? bubble.dayHeading.implicitHeight : 0
        width: Math.min(maxWidth, Math.max(naturalWidth, 160) + 2 * Theme.spacingM)
        height: content.height + 2 * Theme.spacingM
        radius: Theme.radius
        color: bubble.fromParent ? Theme.parentContainer : Theme.surface
        border.width: bubble.fromParent ? 0 : 1
        border.color: Theme.outline
        opacity: bubble.pending && bubble.sendState === "sending" ? 0.8 : 1

        Column {
            id: content
            x: Theme.spacingM
            y: Theme.spacingM
            width: card.width - 2 * Theme.spacingM
            spacing: Theme.spacingXs
            Item {
                width: content.width
                height: authorText.implicitHeight
                Text {
                    id: authorText
                    objectName: "author"
                    textFormat: Text.PlainText // text from the portal is never markup
                    width: parent.width - timeText.implicitWidth - Theme.spacingS
                    text: bubble.author
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: bubble.fromParent ? Theme.textOnParentContainer : Theme.primary
                }
                Text {
                    id: timeText
                    anchors.right: parent.right
                    textFormat: Text.PlainText
                    text: bubble.time
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
            }
            Text {
                id: messageText
                objectName: "messageText"
                textFormat: Text.PlainText // text from the portal is never markup
                width: content.width
                visible: bubble.text.length > 0
                text: bubble.text
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
        }
    }
}
