// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Mijn locatie's overview in the order of the manual (6.1-6.4): the team, the latest news and
// newsletters, the information pages under them, and the contact details. What the organisation does not offer (or has nothing of) is hidden; with
// nothing at all, one empty state says what will appear here.
ScrollView {
    id: overview
    signal openRequested(string target)
    contentWidth: availableWidth

    InfoPageModel { id: pages; session: App.session }

    readonly property bool empty: !contact.visible && !team.visible && !news.visible && !letters.visible && !pagesCard.visible

    EmptyState {
        objectName: "locationEmpty"
        visible: overview.empty
        x: (overview.availableWidth - width) / 2
        y: Theme.spacingXl * 3
        width: Math.min(overview.availableWidth - 2 * Theme.spacingL, 480)
        icon: "location"
        title: App.session.syncing ? qsTr("Loading your location…") : qsTr("No news from your location yet")
        explanation: qsTr("News, newsletters, the team and practical information of your child's location appear here.")
    }

    ColumnLayout {
        width: Math.min(overview.availableWidth - 2 * Theme.spacingL, Theme.contentMaxWidth)
        x: (overview.availableWidth - width) / 2
        spacing: Theme.spacingL
        Item { Layout.preferredHeight: Theme.spacingXs }

        TeamCard {
            id: team
            objectName: "teamCard"
            onMemberRequested: id => overview.openRequested("team/" + id)
            onAllRequested: overview.openRequested("team")
        }
        LatestCard {
            id: news
            objectName: "newsCard"
            kind: "news"
            onItemRequested: (kind, id) => overview.openRequested(kind + "/" + id)
            onAllRequested: overview.openRequested("news")
        }
        LatestCard {
            id: letters
            objectName: "newslettersCard"
            kind: "newsletter"
            onItemRequested: (kind, id) => overview.openRequested(kind + "/" + id)
            onAllRequested: overview.openRequested("newsletters")
        }
        LocationSection {
            id: pagesCard
            objectName: "pagesCard"
            heading: qsTr("Information")
            feature: "pages"
            visible: pages.count > 0
            Repeater {
                model: pages
                delegate: ItemDelegate {
                    focusPolicy: Qt.StrongFocus // Tab reaches it: an ItemDelegate takes no focus of itself
                    id: pageRow
                    required property string key
                    required property string title
                    objectName: "pageRow"
                    Layout.fillWidth: true
                    leftPadding: 0
                    text: title
                    Accessible.name: title
                    contentItem: RowLayout {
                        Label {
                            textFormat: Text.PlainText // text from the portal is never markup
                            Layout.fillWidth: true
                            text: pageRow.title
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                        LayoutIcon {
                            iconName: "chevron-right"
                            color: Theme.textSecondary
                            size: 20
                        }
                    }
                    onClicked: overview.openRequested("page/" + key)
                }
            }
        }
        ContactCard {
            id: contact
            objectName: "contactCard"
        }
        Item { Layout.preferredHeight: Theme.spacingL }
    }
}
