// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.impl as ControlsImpl

// A monochrome icon from resources/icons, tinted to `color`.
ControlsImpl.IconImage {
    property string iconName
    source: iconName.length > 0 ? "qrc:/icons/" + iconName + ".svg" : ""
    sourceSize.width: width
    sourceSize.height: height
    width: 24
    height: 24
    color: Theme.text
}
