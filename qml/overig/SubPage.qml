// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje

// A page opened from Overig: the header with back, and a scrolling column of content.
BackPage {
    id: page
    property string subtitle
    default property alias content: column.data
    header: SubPageHeader {
        title: page.title
        subtitle: page.subtitle
        onBack: page.back()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            id: column
            width: Math.min(scroll.availableWidth - 2 * Theme.spacingL, Theme.contentMaxWidth)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacingL
            Item { Layout.preferredHeight: Theme.spacingXs }
        }
    }
    // A form's focused field stays above the on-screen keyboard.
    FocusedFieldInView { flickable: scroll.contentItem as Flickable }
}
