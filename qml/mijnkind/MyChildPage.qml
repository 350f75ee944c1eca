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

    readonly property var myChild: App.myChild
    readonly property var timeline: App.myChild.timeline
    readonly property bool wide: width >= Theme.wideBreakpoint

    function openViewer(mediaId) {
        viewer.open(mediaId, timeline.childId)
    }
    function download(mediaId) {
        myChild.files.download(mediaId)
        toast.show(qsTr("Downloading…"))
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
            }
        }
    }
    Connections {
        target: App.myChild.files
        function onDownloaded(mediaId, path) { toast.show(qsTr("Saved in %1").arg(path)) }
        function onDownloadFailed(mediaId, reason) { toast.show(reason) }
    }
    Connections {
        target: App.myChild.book
        function onSaved(path) { toast.show(qsTr("Diary saved as %1").arg(path)) }
        function onFailed(reason) { toast.show(reason) }
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: timelineView
        Keys.onEscapePressed: event => {
            if (depth > 1) { pop(); event.accepted = true }
        }
    }

    Component {
        id: timelineView
        Item {
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
                // Pull to refresh.
                readonly property real pull: (originY - topMargin) - contentY
                onDragEnded: if (pull > 80 && !App.session.syncing) App.session.syncNow()

                header: ColumnLayout {
                    width: list.width
                    spacing: Theme.spacingM

                    Item { Layout.preferredHeight: 1 }
                    Label {
                        textFormat: Text.PlainText // text from the portal is never markup
                        visible: list.pull > 20 || App.session.syncing
                        Layout.alignment: Qt.AlignHCenter
                        text: App.session.syncing ? qsTr("Updating…") : qsTr("Release to refresh")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSmall + 1
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
                            text: qsTr("Photos")
                            iconName: "albums"
                            onClicked: stack.push(albumsPage)
                        }
                        QuickAction {
                            visible: page.wide
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
                    width: list.width
                    height: page.timeline.hasMore ? 64 : (page.timeline.count > 0 ? 56 : 0)
                    BusyIndicator {
                        anchors.centerIn: parent
                        running: page.timeline.hasMore
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
            onProblem: text => toast.show(text)
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
