// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// The control that opened a sub-page on `stack` (a menu row of Overig, a news row of Mijn
// locatie) gets the keyboard back when the parent leaves the sub-page, by the back button,
// Escape or the back key: a keyboard user goes on where they were, not at the window's start.
//     FocusReturn { id: focusReturn; stack: stack }
//     open: focusReturn.remember(page.Window.activeFocusItem)   back: focusReturn.restore()
QtObject {
    property StackView stack
    property Item opener: null

    // Called before a sub-page opens. A page opened from another sub-page (a news item from
    // the full list) keeps the first opener: that one is still there when the stack is back.
    function remember(focused: Item) {
        for (let item = focused; item; item = item.parent) {
            if (item === stack)
                return
        }
        opener = focused
    }
    // Called once the stack shows its start again.
    function restore() {
        if (opener && opener.visible)
            opener.forceActiveFocus(Qt.OtherFocusReason)
        opener = null
    }
}
