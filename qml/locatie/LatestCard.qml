// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// The most recent news items or newsletters, with "Alle bekijken" when there are more.
// Hidden when the organisation has none (or does not offer them).
LocationSection {
    id: card
    // "news" or "newsletter"
    property string kind: "news"
    readonly property int shown: 3
    readonly property var source: kind === "newsletter" ? letters : news
    heading: kind === "newsletter" ? qsTr("Newsletters") : qsTr("News")
    feature: kind === "newsletter" ? "newsletters" : "news"
    visible: source.count > 0
    showAll: (kind === "newsletter" ? allLetters : allNews).count > shown
    signal itemRequested(string kind, string id)

    NewsModel { id: news; session: App.session; limit: card.kind === "news" ? card.shown : 0 }
    NewsletterModel { id: letters; session: App.session; limit: card.kind === "newsletter" ? card.shown : 0 }
    // Only counted, to know whether "Alle bekijken" has more to show.
    NewsModel { id: allNews; session: card.kind === "news" ? App.session : null }
    NewsletterModel { id: allLetters; session: card.kind === "newsletter" ? App.session : null }

    Repeater {
        model: card.source
        delegate: ContentRow {
            required property string key
            required property var model
            objectName: card.kind + "Row"
            title: model.title
            day: model.day
            snippet: model.snippet
            isNew: model.isNew
            hasAttachment: model.hasAttachment === true
            onClicked: card.itemRequested(card.kind, key)
        }
    }
}
