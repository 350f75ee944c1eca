// SPDX-License-Identifier: GPL-3.0-or-later
// This page's timeline has a header and section headings that read the page's ids. Under
// `pragma ComponentBehavior: Bound` Qt 6.4 makes neither, and the version that moved them into
// the list's margins broke pulling down with a mouse (tst_mychild_window), so the page stays
// unbound and qmllint is told (docs/architecture.md, "QML under Qt 6.4").
// qmllint disable unqualified
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Mijn kind: the timeline of diary entries, day rhythm and photos, newest first and grouped by
// day, with the quick actions at the top. Entries, the albums and the diary form open on a
// stack inside the tab; photos open full screen.
TabPage {
    id: page
    objectName: "page_mijnkind"
    title: qsTr("My child")
    // With several accounts, whose timeline this is ("klimop · Bijgewerkt 18:14"). A timeline that
    // could not be updated says why and since when ("Niet bijgewerkt: …"); re-read after each
    // sync (syncStatus notifies, statusOf() is a call).
    readonly property string timelineStatus: App.session.syncStatus !== undefined ? App.session.statusOf("timeline") : ""
    subtitle: App.accountCount > 1 ? joined(App.session.organisation, timelineStatus) : timelineStatus
    function joined(first, second) {
        return first.length === 0 ? second : (second.length === 0 ? first : first + " · " + second)
    }

    readonly property var myChild: App.myChild
    readonly property var timeline: App.myChild.timeline
    readonly property bool wide: width >= Theme.wideBreakpoint

    function openViewer(mediaId) {
        viewer.open(mediaId, timeline.childId)
    }
    function download(mediaId) {
        downloading[mediaId] = true
        myChild.files.download(mediaId)
        page.notify(qsTr("Downloading…"))
    }
    // What this tab asked to save (Berichten's viewer saves through the same files and says so itself).
    property var downloading: ({})
    // A message over whatever is on top: the full-screen viewer has its own toast.
    function notify(message, actionText, action) {
        if (viewer.visible)
            viewer.notify(message, actionText, action)
        else
            toast.show(message, actionText, action)
    }
    // "Afbeeldingen › Nestje › Daan" (see Folders).
    function folderName(path) {
        return Folders.displayName(path)
    }
    function saved(path) {
        page.notify(Folders.savedIn(path), Folders.openFolderText, () => Folders.openFolderOf(path))
    }
    // Back to the newest entry: a second tap on the tab, a restart, a new entry of the parent.
    function scrollToTop() {
        stack.pop(null)
        scrollToTopRequested()
    }
    // To the timeline, the stack's first page.
    signal scrollToTopRequested()
    property bool topOnReturn: false
    // The tab bar's second tap on Mijn kind.
    function reselected() {
        scrollToTop()
    }
    function openEntry(row) {
        stack.push(journalPage, { entry: timeline.get(row) })
    }
    function writeDiary() {
        stack.push(diaryForm, { childId: timeline.childId.length > 0 ? timeline.childId
                                : (timeline.children.length > 0 ? timeline.children[0].id : "") })
    }

    // Deep links into the tab (a notification, the screenshot registry): "entry/<key>",
    // "viewer/<media id>", "albums", "diary".
    Connections {
        target: App.myChild
        function onOpenRequested(target) {
            stack.pop(null)
            const slash = target.indexOf("/")
            const kind = slash < 0 ? target : target.slice(0, slash)
            const id = slash < 0 ? "" : target.slice(slash + 1)
            if (kind === "entry") {
                const row = page.timeline.loadUntilKey(id)
                if (row >= 0)
                    page.openEntry(row)
            } else if (kind === "viewer") {
                page.openViewer(id)
            } else if (kind === "albums") {
                stack.push(albumsPage)
            } else if (kind === "diary") {
                page.writeDiary()
            } else if (kind === "archive") { // "Alles bewaren" for all or one child
                archiveLink.open(target)
            }
        }
    }
    ArchiveLink {
        id: archiveLink
        tab: "mijnkind"
    }
    Connections {
        target: App.myChild.files
        function onDownloaded(mediaId, path) {
            if (mediaId in page.downloading) {
                delete page.downloading[mediaId]
                page.saved(path)
            }
        }
        function onDownloadFailed(mediaId, reason) {
            if (mediaId in page.downloading) {
                delete page.downloading[mediaId]
                page.notify(reason)
            }
        }
    }
    Connections {
        target: App.myChild.book
        function onSaved(path) {
            page.notify(qsTr("Diary saved in %1").arg(Folders.displayName(path)), Folders.openFolderText,
                        () => Folders.openFolderOf(path))
        }
        function onFailed(reason) { page.notify(reason) }
    }

    StackView {
        id: stack
        objectName: "myChildStack"
        anchors.fill: parent
        initialItem: timelineView
        Keys.onEscapePressed: event => {
            if (depth > 1) { pop(); event.accepted = true }
        }
        Keys.onBackPressed: event => {
            if (depth > 1) { pop(); event.accepted = true }
        }
    }

    Component {
        id: timelineView
        Item {
            id: timelineRoot
            StackView.onActivated: {
                if (page.topOnReturn) {
                    page.topOnReturn = false
                    scrollToTop()
                }
            }
            Connections {
                target: page
                function onScrollToTopRequested() { timelineRoot.scrollToTop() }
            }
            // To the top once the rows just inserted are laid out.
            Timer {
                id: scrollToTopSoon
                interval: 0
                onTriggered: timelineRoot.scrollToTop()
            }
            function scrollToTop() {
                list.currentIndex = 0
                list.positionViewAtBeginning()
                // positionViewAtBeginning stops at the header; the top margin is above it.
                list.contentY = list.originY - list.topMargin
            }
            // New cards arrive above the ones shown (a sync, the parent's own entry). A list
            // that was at the top stays at the top, with the newest card in view; one that was
            // scrolled down keeps its place (ListView's default, and its current item would
            // otherwise drag the view down with it).
            Connections {
                target: page.timeline
                property bool wasAtTop: true
                function onRowsAboutToBeInserted(parent, first, last) {
                    wasAtTop = list.count === 0 || list.atYBeginning
                }
                function onRowsInserted(parent, first, last) {
                    if (first === 0 && wasAtTop)
                        scrollToTopSoon.restart()
                }
                function onModelReset() {
                    scrollToTopSoon.restart()
                }
            }
            ListView {
                id: list
                objectName: "timelineList"
                anchors.fill: parent
                model: page.timeline
                spacing: Theme.spacingM
                topMargin: Theme.spacingL
                bottomMargin: Theme.spacingXl
                reuseItems: true
                cacheBuffer: 800
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Timeline")
                ScrollBar.vertical: ScrollBar {}

                // The next page before the end comes into view.
                onContentYChanged: {
                    if (page.timeline.hasMore && indexAt(width / 2, contentY + height) > count - 6 && count > 0)
                        Qt.callLater(page.timeline.loadMore)
                }
                // A list resting at its top stays there when the header above the first card
                // grows: at phone width the quick actions wrap to a second row once the window
                // has its width, and the child filter appears once the children are known. The
                // list kept its contentY, so it rested below its top with the actions half
                // hidden. Only a list that was at its top before the origin moved is moved; one
                // scrolled down keeps its place (ListView also moves originY while it estimates
                // rows above the view, and after a jump it moves originY before contentYChanged
                // is handled, so the origin before the change is what tells). Moving the list to
                // the new top can itself move the origin again (ListView corrects its estimate of
                // the rows above while it lays them out), which re-enters this handler: the origin
                // is noted before the move, so that second change is followed too. Noted after
                // it, the list rested 85 px below its top after a restart with a long timeline.
                property real lastOriginY: originY
                onOriginYChanged: {
                    const wasAtTop = !moving && Math.abs(contentY - (lastOriginY - topMargin)) < 1
                    lastOriginY = originY
                    if (wasAtTop)
                        contentY = originY - topMargin
                }
                // Pull to refresh. A finger drags the list past its top: how far it was pulled
                // during the drag counts (by the time the drag ends it may be on its way back).
                // A mouse hardly drags the list past its top (Flickable moves it half the
                // pointer's way after the drag threshold), so for a mouse the pointer's own way
                // down counts, from where the list reached its top: in the real window the list
                // often rests a little below its top (the header grows after the first layout at
                // phone width), and a 120 px pull from there first scrolled up and then did
                // nothing (it counted only from a press with the list exactly at its top).
                readonly property real pull: Math.max((originY - topMargin) - contentY, mousePull.travel)
                readonly property real pullToRefresh: 80
                // The drag threshold and the way up to the top come off a mouse's way down.
                readonly property real mousePullToRefresh: 60
                property real furthestPull: 0
                function refreshByPull() {
                    if (!App.session.syncing)
                        App.session.syncNow()
                }
                onDragStarted: furthestPull = 0
                onPullChanged: if (dragging) furthestPull = Math.max(furthestPull, pull)
                onDragEnded: {
                    if (Math.max(furthestPull, pull) > pullToRefresh)
                        refreshByPull()
                    furthestPull = 0
                }
                // On the list's content (handlers in a Flickable go there): the window's
                // coordinates, which do not move with it, measure the way down.
                PointHandler {
                    id: mousePull
                    acceptedDevices: PointerDevice.Mouse
                    acceptedButtons: Qt.LeftButton
                    // The pointer's y when the list was at its top during this press (NaN: not yet).
                    property real topAt: NaN
                    property real travel: 0
                    onActiveChanged: {
                        if (!active) {
                            if (travel > list.mousePullToRefresh)
                                list.refreshByPull()
                            topAt = NaN
                            travel = 0
                        }
                    }
                    onPointChanged: {
                        if (!active)
                            return
                        const y = point.scenePosition.y
                        if (isNaN(topAt) && list.atYBeginning)
                            topAt = y
                        if (!isNaN(topAt))
                            travel = Math.max(0, y - topAt)
                    }
                }

                header: ColumnLayout {
                    width: list.width
                    spacing: Theme.spacingM

                    Item {
                        Layout.preferredHeight: 1
                        Layout.fillWidth: true
                        // In the space a pull opens above the quick actions, outside the layout:
                        // showing it never changes the header's height (which moved a list at
                        // its top 28 px down, off its top, in the middle of a pull).
                        Label {
                            objectName: "pullHint"
                            textFormat: Text.PlainText // text from the portal is never markup
                            anchors.bottom: parent.top
                            anchors.bottomMargin: Theme.spacingS
                            anchors.horizontalCenter: parent.horizontalCenter
                            visible: list.pull > 20
                            text: App.session.syncing ? qsTr("Updating…") : qsTr("Release to refresh")
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSmall + 1
                        }
                    }

                    // Quick actions ("snel-klikfuncties").
                    Flow {
                        Layout.fillWidth: true
                        Layout.leftMargin: page.contentMargin
                        Layout.rightMargin: page.contentMargin
                        spacing: Theme.spacingS
                        PrimaryButton {
                            objectName: "writeDiaryButton"
                            text: qsTr("Write in the diary")
                            icon.source: "qrc:/icons/edit.svg"
                            leftPadding: Theme.spacingL
                            rightPadding: Theme.spacingL
                            enabled: page.timeline.children.length > 0
                            Accessible.name: text
                            onClicked: page.writeDiary()
                        }
                        QuickAction {
                            objectName: "writeMessageAction"
                            text: qsTr("Write a message")
                            iconName: "messages"
                            // Not on a portal without messages (its tab is hidden too).
                            visible: App.session.syncStatus !== undefined && App.session.offers("messages") // re-read after each sync
                            enabled: page.timeline.children.length > 0
                            onClicked: App.open("berichten", "new")
                        }
                        QuickAction {
                            text: qsTr("Photos")
                            iconName: "albums"
                            onClicked: stack.push(albumsPage)
                        }
                        // On every width: below 840 px too, for a mouse that cannot pull.
                        QuickAction {
                            objectName: "refreshButton"
                            text: qsTr("Refresh")
                            iconName: "refresh"
                            enabled: !App.session.syncing
                            onClicked: App.session.syncNow()
                        }
                    }

                    // Child filter when the family has several children.
                    Flow {
                        visible: page.timeline.children.length > 1
                        Layout.fillWidth: true
                        Layout.leftMargin: page.contentMargin
                        Layout.rightMargin: page.contentMargin
                        spacing: Theme.spacingS
                        FilterChip {
                            text: qsTr("All children")
                            checked: page.timeline.childId.length === 0
                            onClicked: page.timeline.childId = ""
                        }
                        Repeater {
                            model: page.timeline.children
                            FilterChip {
                                required property var modelData
                                text: modelData.firstName
                                checked: page.timeline.childId === modelData.id
                                onClicked: page.timeline.childId = modelData.id
                            }
                        }
                    }
                    Item { Layout.preferredHeight: Theme.spacingS }
                }

                section.property: "dayLabel"
                section.criteria: ViewSection.FullString
                section.delegate: Item {
                    required property string section
                    width: list.width
                    height: sectionLabel.implicitHeight + Theme.spacingM
                    Label {
                        textFormat: Text.PlainText // text from the portal is never markup
                        id: sectionLabel
                        x: page.contentMargin
                        anchors.bottom: parent.bottom
                        text: parent.section.charAt(0).toUpperCase() + parent.section.slice(1)
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.Bold
                        color: Theme.textSecondary
                        Accessible.role: Accessible.Heading
                    }
                }

                delegate: Item {
                    id: row
                    required property int index
                    required property string type
                    required property string childNames
                    required property var writtenBy
                    required property var byParent
                    required property var text
                    required property var moments
                    required property string timesNote
                    required property var media
                    required property bool pending
                    required property var sendState
                    required property var errorText
                    required property var draftId
                    width: list.width
                    height: timelineCard.implicitHeight
                    TimelineCard {
                        id: timelineCard
                        x: page.contentMargin
                        width: Math.min(parent.width - 2 * page.contentMargin, Theme.contentMaxWidth - 2 * Theme.spacingXl)
                        cardType: row.type
                        childNames: row.childNames
                        writtenBy: row.writtenBy || ""
                        byParent: row.byParent || false
                        text: row.text || ""
                        moments: row.moments || []
                        timesNote: row.timesNote
                        media: row.media || []
                        pending: row.pending
                        sendState: row.sendState || ""
                        errorText: row.errorText || ""
                        draftId: row.draftId || 0
                        onOpenEntry: page.openEntry(row.index)
                        onOpenMedia: mediaId => page.openViewer(mediaId)
                        onDownloadMedia: mediaId => page.download(mediaId)
                        onRetry: page.myChild.diary.retry(row.draftId)
                        onDiscard: page.myChild.diary.discard(row.draftId)
                    }
                }

                footer: Item {
                    id: timelineFooter
                    width: list.width
                    height: page.timeline.hasMore ? 64 : (page.timeline.count > 0 ? 56 : 0)
                    // The footer lives below the last card (in the list's content) while the
                    // parent reads the top: a spinner running there redrew the window 60 times a
                    // second for nothing (1.6 cores under Xvfb, a phone's battery). It runs
                    // only when it can be seen.
                    readonly property bool inView: y < list.contentY + list.height && y + height > list.contentY
                    BusyIndicator {
                        objectName: "timelineMoreSpinner"
                        anchors.centerIn: parent
                        running: page.timeline.hasMore && timelineFooter.inView
                        visible: running
                    }
                    Label {
                        textFormat: Text.PlainText // text from the portal is never markup
                        anchors.centerIn: parent
                        visible: !page.timeline.hasMore && page.timeline.count > 0
                        text: qsTr("This is where the diary starts.")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSmall + 1
                    }
                }
            }

            // Loading, empty.
            ColumnLayout {
                anchors.centerIn: parent
                visible: page.timeline.count === 0 && App.session.syncing
                spacing: Theme.spacingM
                BusyIndicator { Layout.alignment: Qt.AlignHCenter; running: parent.visible }
                Label {
                    textFormat: Text.PlainText // text from the portal is never markup
                    text: qsTr("Fetching the timeline…")
                    color: Theme.textSecondary
                }
            }
            EmptyState {
                anchors.centerIn: parent
                visible: page.timeline.count === 0 && !App.session.syncing
                icon: "child"
                title: qsTr("No diary entries yet")
                explanation: qsTr("Photos, the diary and the day rhythm of your child appear here as soon as the group shares them.")
            }
        }
    }

    readonly property int contentMargin: Math.max(wide ? Theme.spacingXl : Theme.spacingL, (width - Theme.contentMaxWidth) / 2 + Theme.spacingXl)

    Component {
        id: journalPage
        JournalEntryPage {
            onBack: stack.pop()
            onOpenMedia: mediaId => page.openViewer(mediaId)
            onDownloadMedia: mediaId => page.download(mediaId)
            onProblem: text => page.notify(text)
        }
    }
    Component {
        id: albumsPage
        AlbumsPage {
            onBack: stack.pop()
            onOpenMedia: mediaId => page.openViewer(mediaId)
        }
    }
    Component {
        id: diaryForm
        DiaryForm {
            onBack: stack.pop()
            onSent: {
                // The new entry is at the top of the timeline: show it there once the form is gone.
                page.topOnReturn = true
                stack.pop()
                toast.show(qsTr("Your diary entry is being sent."))
            }
        }
    }

    PhotoViewer {
        id: viewer
        onDownloadMedia: mediaId => page.download(mediaId)
    }

    Toast {
        id: toast
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingXl
    }
}
