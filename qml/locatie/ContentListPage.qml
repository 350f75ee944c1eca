// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// "Alle bekijken": every news item or every newsletter, newest first.
BackPage {
    id: page
    objectName: "locationList"
    // "news" or "newsletter"
    property string kind: "news"
    signal itemRequested(string kind, string id)
    header: SubPageHeader {
        title: page.kind === "newsletter" ? qsTr("Newsletters") : qsTr("News")
        onBack: page.back()
    }

    NewsModel { id: news; session: App.session }
    NewsletterModel { id: letters; session: App.session }

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        model: page.kind === "newsletter" ? letters : news
        delegate: ContentRow {
            required property string key
            required property var model
            width: Math.min(list.width - 2 * Theme.spacingL, Theme.contentMaxWidth)
            x: (list.width - width) / 2
            title: model.title
            day: model.day
            snippet: model.snippet
            isNew: model.isNew
            hasAttachment: model.hasAttachment === true
            onClicked: page.itemRequested(page.kind, key)
        }
    }
}
