// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A check box whose text wraps instead of being cut: "Als geheel beoordelen: alleen als alle
// kinderen kunnen komen" and the organisation's reasons do not fit one line of a phone. Plain
// text: a day part's name and a refusal come from the portal.
CheckBox {
    id: box
    contentItem: Label {
        textFormat: Text.PlainText // text from the portal is never markup
        leftPadding: box.indicator.width + box.spacing
        text: box.text
        wrapMode: Text.Wrap
        color: box.enabled ? Theme.text : Theme.textSecondary
        verticalAlignment: Text.AlignVCenter
    }
}
