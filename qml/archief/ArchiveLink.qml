// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Nestje
import Nestje.Core

// The way into "Alles bewaren" from a tab: put one in the tab's page (`ArchiveLink { tab:
// "overig" }`) and `App.open("overig", "archive")` or `App.open("mijnkind", "archive/<child id>")`
// opens the archive over the window; "archive?start" (or "archive/<child id>?start", the
// action of a "care has ended" reminder) also starts saving at once. `open(target)` does the
// same for a tab that routes its own links (Mijn kind's openRequested).
Item {
    id: link
    property string tab
    visible: false

    function open(link) {
        const question = link.indexOf("?")
        const target = question < 0 ? link : link.slice(0, question)
        const slash = target.indexOf("/")
        const childId = slash < 0 ? "" : target.slice(slash + 1)
        let childName = ""
        if (childId.length > 0 && App.myChild && App.myChild.timeline) {
            for (const child of App.myChild.timeline.children)
                if (child.id === childId)
                    childName = child.firstName
        }
        dialog.childId = childId
        dialog.childName = childName
        dialog.startNow = question >= 0 && link.slice(question + 1) === "start"
        dialog.open()
    }

    Connections {
        target: App
        function onLinkRequested(tab, target) {
            if (tab === link.tab && /^archive([/?]|$)/.test(target))
                link.open(target)
        }
    }

    Popup {
        id: dialog
        objectName: "archiveDialog"
        property string childId
        property string childName
        property bool startNow
        parent: Overlay.overlay
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        padding: 0
        modal: true
        focus: true // the keyboard goes into the archive, not to the page under it
        closePolicy: Popup.CloseOnEscape
        // The page reads the dialog's properties. A Loader, like a StackView, cannot make a
        // bound component under Qt 6.4 ("Cannot instantiate bound component outside its creation
        // context", tests/app/tst_every_page), so qmllint is told instead.
        // qmllint disable unqualified
        contentItem: Loader {
            active: dialog.visible
            sourceComponent: ArchivePage {
                childId: dialog.childId
                childName: dialog.childName
                onBack: dialog.close()
                Component.onCompleted: if (dialog.startNow) startSaving()
            }
        }
    }
    // qmllint enable unqualified
}
