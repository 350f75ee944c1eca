// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Overig: the parent and the children at the top, then credits, documents, notifications,
// a question, the language, the accounts on this device and "Over deze app". Sections open on a
// stack inside the tab; from 840 px the overview stays on the left and the section opens beside
// it. Modules the organisation does not offer are hidden.
TabPage {
    id: page
    objectName: "page_overig"
    title: qsTr("More")

    readonly property bool wide: width >= Theme.wideBreakpoint

    // Opens a section: "parent", "child/<id>", "credits", "documents", "notifications",
    // "question", "password", "about", "observations/<child id>", "storage".
    function open(target) {
        const slash = target.indexOf("/")
        const kind = slash < 0 ? target : target.slice(0, slash)
        const id = slash < 0 ? "" : target.slice(slash + 1)
        const pages = {
            "parent": parentPage, "child": childPage, "credits": creditsPage, "documents": documentsPage,
            "notifications": notificationsPage, "question": questionPage, "password": passwordPage,
            "about": aboutPage, "observations": observationsPage, "storage": storagePage
        }
        if (!pages[kind])
            return
        const properties = id.length > 0 ? { childId: id } : {}
        focusReturn.remember(page.Window.activeFocusItem)
        if (page.wide)
            stack.replace(null, pages[kind], properties)
        else
            stack.push(pages[kind], properties)
    }
    function back() {
        if (page.wide)
            stack.replace(null, placeholder)
        else
            stack.pop()
        if (stack.depth === 1)
            focusReturn.restore()
    }
    FocusReturn { id: focusReturn; stack: stack }

    // Deep links: a notification about expiring credit opens "credits".
    Connections {
        target: App
        function onLinkRequested(tab, target) {
            if (tab === "overig")
                page.open(target)
        }
    }

    // "Alles bewaren" opens over the window: App.open("overig", "archive").
    ArchiveLink { tab: "overig" }
    AccountDetails { id: details; session: App.session }
    ChildListModel { id: childModel; session: App.session }
    Toast { id: toast; z: 10 }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        // The overview stays on the left from 840 px (an instance of its own: a bound
        // Component cannot be loaded outside its creation context).
        OverviewList {
            visible: page.wide
            Layout.preferredWidth: 400
            Layout.fillHeight: true
            account: details
            childList: childModel
            onOpenRequested: target => page.open(target)
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
                icon: "more"
                title: qsTr("Choose a section")
                explanation: qsTr("Your details, your children, credits, documents and settings.")
            }
        }
    }

    Component {
        id: overview
        OverviewList {
            account: details
            childList: childModel
            onOpenRequested: target => page.open(target)
        }
    }
    Component { id: parentPage; ParentPage { account: details; onBack: page.back(); onMessage: text => toast.show(text) } }
    Component { id: passwordPage; PasswordPage { account: details; onBack: page.back(); onMessage: text => toast.show(text) } }
    Component { id: childPage; ChildPage { account: details; onBack: page.back(); onOpenRequested: target => page.open(target) } }
    Component { id: observationsPage; ObservationsPage { onBack: page.back() } }
    Component { id: creditsPage; CreditsPage { onBack: page.back() } }
    Component { id: documentsPage; DocumentsPage { onBack: page.back(); onMessage: text => toast.show(text) } }
    Component { id: notificationsPage; NotificationsPage { account: details; onBack: page.back() } }
    Component { id: questionPage; QuestionPage { account: details; childList: childModel; onBack: page.back(); onMessage: text => toast.show(text) } }
    Component { id: aboutPage; AboutPage { onBack: page.back() } }
    Component { id: storagePage; StoragePage { onBack: page.back(); onMessage: text => toast.show(text) } }
}
