// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Nestje

// A page opened inside a tab (Overig's sections, Mijn locatie's lists and items): it says
// back() when the parent leaves it, by the header's back button (SubPageHeader { onBack:
// page.back() }), by Escape on a desktop or by a phone's back key. The page takes the keyboard
// when its StackView shows it, so the key reaches it also after a tap or a link opened it.
Page {
    id: page
    signal back()
    background: Rectangle { color: Theme.background }
    focus: true
    StackView.onActivated: forceActiveFocus()
    Keys.onEscapePressed: event => { page.back(); event.accepted = true }
    Keys.onBackPressed: event => { page.back(); event.accepted = true }
}
