// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts

// An AppIcon in a row or column layout, `size` square. Its picture has its own size, not the
// width the layout gives it: following the width (as AppIcon does), its implicit size changed
// after each layout pass, and a RowLayout gave up with "Polish loop detected".
AppIcon {
    property int size: 24
    Layout.preferredWidth: size
    Layout.preferredHeight: size
    sourceSize.width: size
    sourceSize.height: size
}
