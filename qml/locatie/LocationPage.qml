// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Mijn locatie: news, newsletters, the team, information pages and contact details of the
// organisation. Items open on a stack inside the tab; from 840 px the overview stays on the
// left and the item opens beside it.
TabPage {
    id: page
    objectName: "page_locatie"
    title: qsTr("My location")

    readonly property bool wide: width >= Theme.wideBreakpoint

    // Deep links (notifications, screenshots): "news/<id>", "newsletter/<id>", "page/<id>",
    // "team/<id>", and the full lists "news", "newsletters", "team".
    function open(target) {
        const slash = target.indexOf("/")
        const kind = slash < 0 ? target : target.slice(0, slash)
        const id = slash < 0 ? "" : target.slice(slash + 1)
        let component = null
        let properties = {}
        if ((kind === "news" || kind === "newsletter" || kind === "page") && id.length > 0) {
            component = contentPage
            properties = { kind: kind, itemId: id }
        } else if (kind === "news" || kind === "newsletters") {
            component = listPage
            properties = { kind: kind === "news" ? "news" : "newsletter" }
        } else if (kind === "team" && id.length > 0) {
            component = memberPage
            properties = { memberId: id }
        } else if (kind === "team") {
            component = teamPage
        }
        if (!component)
            return
        focusReturn.remember(page.Window.activeFocusItem)
        if (page.wide)
            stack.replace(null, component, properties)
        else
            stack.push(component, properties)
    }
    function back() {
        if (stack.depth > 1)
            stack.pop()
        else if (page.wide)
            stack.replace(null, placeholder)
        if (stack.depth === 1)
            focusReturn.restore()
    }
    FocusReturn { id: focusReturn; stack: stack }

    Connections {
        target: App
        function onLinkRequested(tab, target) {
            if (tab === "locatie")
                page.open(target)
        }
    }

    TeamPhotos { session: App.session }
    Toast { id: toast; z: 10 }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        Loader {
            active: page.wide
            visible: active
            Layout.preferredWidth: 420
            Layout.fillHeight: true
            sourceComponent: overview
        }
        Rectangle {
            visible: page.wide
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            color: Theme.outline
        }
        StackView {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: page.wide ? placeholder : overview
        }
    }
    onWideChanged: stack.replace(null, page.wide ? placeholder : overview)

    Component {
        id: placeholder
        Item {
            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingL, 480)
                icon: "location"
                title: qsTr("Choose an item")
                explanation: qsTr("News, newsletters and information open here.")
            }
        }
    }
    // The pages below are pushed onto the StackView, which makes them in its own context: Qt 6.4
    // refuses that for bound components ("Cannot instantiate bound component outside its
    // creation context"), so this file has no `pragma ComponentBehavior: Bound` and qmllint is
    // told that these components read the page's ids on purpose.
    // qmllint disable unqualified
    Component {
        id: overview
        LocationOverview { onOpenRequested: target => page.open(target) }
    }
    Component {
        id: contentPage
        ContentPage { onBack: page.back(); onMessage: text => toast.show(text) }
    }
    Component {
        id: listPage
        ContentListPage {
            onBack: page.back()
            // In a list the item goes on top of it, also on a wide screen.
            onItemRequested: (kind, id) => stack.push(contentPage, { kind: kind, itemId: id })
        }
    }
    Component {
        id: teamPage
        TeamPage {
            onBack: page.back()
            onMemberRequested: id => stack.push(memberPage, { memberId: id })
        }
    }
    Component {
        id: memberPage
        TeamMemberPage { onBack: page.back() }
    }
    // qmllint enable unqualified
}
