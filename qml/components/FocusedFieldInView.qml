// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// Keeps a form's focused field in view when the room for the form shrinks. A phone's on-screen
// keyboard either makes the window shorter (Phosh, Plasma Mobile, Android's adjustResize) or
// lies over its lower part (Qt.inputMethod.keyboardRectangle). A Flickable follows neither, so a
// field in the lower half of a form stayed under the keyboard while the parent typed in it.
// Put one inside a form's Flickable (a ScrollView's contentItem will do):
//     FocusedFieldInView { flickable: flick }
Item {
    id: keeper
    required property Flickable flickable
    // Room kept above and below the field, so its label and what follows it show too.
    property real margin: Theme.spacingXl

    // How much of the flickable the keyboard covers, where it lies over the window.
    readonly property real covered: {
        const keyboard = Qt.inputMethod.keyboardRectangle
        if (!Qt.inputMethod.visible || keyboard.height <= 0 || !flickable.Window.window)
            return 0
        const bottom = flickable.mapToItem(null, 0, flickable.height).y
        return Math.max(0, Math.min(flickable.height, bottom - keyboard.y))
    }
    // The form can scroll its last field above a keyboard that covers it.
    Binding {
        target: keeper.flickable
        property: "bottomMargin"
        value: keeper.covered
    }

    function holds(item: Item): bool {
        for (let i = item; i; i = i.parent) {
            if (i === flickable.contentItem)
                return true
        }
        return false
    }

    // Scrolls the least that brings the focused field (or, in a field taller than the room, its
    // cursor) into the part of the flickable that is not covered.
    function reveal() {
        const window = flickable.Window.window
        const item = window ? window.activeFocusItem : null
        if (!item || !holds(item))
            return
        if (room <= 0)
            return
        let box = item.mapToItem(flickable.contentItem, 0, 0, item.width, item.height)
        const edit = item as TextEdit
        const input = item as TextInput
        const cursor = edit ? edit.cursorRectangle : input ? input.cursorRectangle : undefined
        if (box.height + 2 * margin > room && cursor !== undefined)
            box = item.mapToItem(flickable.contentItem, cursor.x, cursor.y, cursor.width, cursor.height)
        let y = flickable.contentY
        if (box.y + box.height + margin > y + room)
            y = box.y + box.height + margin - room
        if (box.y - margin < y)
            y = box.y - margin
        const lowest = flickable.contentHeight + covered - flickable.height
        flickable.contentY = Math.max(-flickable.topMargin, Math.min(y, Math.max(0, lowest)))
    }

    // After the layout has followed, once: when the focus moves (also when a form that focused
    // its field on creation arrives in the window), the room changes, or the form's layout does
    // (it settles after the page is made; a text area grows a line as the parent types).
    function later() { settle.restart() }
    Timer {
        id: settle
        interval: 30
        onTriggered: keeper.reveal()
    }
    readonly property Item focusItem: flickable.Window.activeFocusItem
    onFocusItemChanged: later()
    readonly property real room: flickable.height - covered
    onRoomChanged: later()
    Connections {
        target: keeper.flickable
        function onContentHeightChanged() { keeper.later() }
    }
    Connections {
        target: keeper.focusItem
        ignoreUnknownSignals: true
        function onCursorRectangleChanged() { keeper.later() }
    }
}
