// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Nestje

// The open list of a dropdown (Kind, Dag): an opaque card. Material's own background is drawn
// through a shadow effect, and where that effect cannot run (software rendering, as under Xvfb
// and on some phones) nothing was drawn at all, so the items lay over the form.
Rectangle {
    objectName: "dropdownBackground"
    color: Theme.surface
    radius: 8
    border.width: 1
    border.color: Theme.outline
}
