// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Berichten: conversations with the group and the organisation. On a phone the list, a
// conversation and the new message form are pages on a stack; from 840 px the list stays on
// the left and the conversation is on the right. Ctrl+N writes a new message, Ctrl+F searches.
// Deep links: "thread/<id>" opens a conversation, "new" the new message form.
TabPage {
    id: page
    objectName: "page_berichten"
    title: qsTr("Messages")
    // A stale feature says why and since when ("Niet bijgewerkt: … Laatst bijgewerkt 14:05").
    subtitle: App.session.syncStatus !== undefined ? App.session.statusOf("messages") : "" // re-read after each sync

    readonly property bool wide: width >= Theme.wideBreakpoint
    property string openKey // "thread/<id>" or "pending/<write id>" shown in the right pane / on the stack

    function threadIdOf(key) {
        return key.startsWith("thread/") ? key.slice(7) : key
    }
    function openThread(key) {
        openKey = key
        if (!wide) {
            stack.pop(null)
            stack.push(conversationPage, { threadId: threadIdOf(key) })
        }
    }
    function writeNew() {
        stack.pop(null)
        stack.push(newMessagePage)
    }
    function closeThread() {
        openKey = ""
        stack.pop(null)
    }
    // The tab bar's second tap.
    function reselected() {
        closeThread()
        threadList.list.positionViewAtBeginning()
    }

    ThreadModel { id: threadModel; session: App.session }
    MessageWriter {
        id: messageWriter
        session: App.session
        onWriteFailed: reason => toast.show(reason)
    }

    Connections {
        target: App
        function onLinkRequested(tab, target) {
            if (tab !== "berichten")
                return
            if (target === "new")
                page.writeNew()
            else if (target.startsWith("thread/"))
                page.openThread(target)
        }
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: page.visible && threadModel.children.length > 0
        onActivated: page.writeNew()
    }
    Shortcut {
        sequence: "Ctrl+F" // the issue names it; StandardKey.Find is Ctrl+F on every desktop Nestje runs on
        enabled: page.visible
        onActivated: {
            stack.pop(null)
            threadList.focusSearch()
        }
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: overview
        Keys.onEscapePressed: event => {
            if (depth > 1) { pop(); event.accepted = true }
        }
        Keys.onBackPressed: event => {
            if (depth > 1) { pop(); event.accepted = true }
        }
    }

    Item {
        id: overview
        RowLayout {
            anchors.fill: parent
            spacing: 0
            ThreadList {
                id: threadList
                Layout.fillHeight: true
                Layout.fillWidth: !page.wide
                Layout.preferredWidth: page.wide ? Math.min(420, page.width * 0.4) : -1
                threads: threadModel
                selectedKey: page.wide ? page.openKey : ""
                onOpenThread: key => page.openThread(key)
                onWriteNew: page.writeNew()
            }
            Rectangle {
                visible: page.wide
                Layout.fillHeight: true
                implicitWidth: 1
                color: Theme.outline
            }
            Item {
                visible: page.wide
                Layout.fillWidth: true
                Layout.fillHeight: true
                ConversationView {
                    id: pane
                    anchors.fill: parent
                    visible: page.openKey.length > 0
                    threadId: page.wide ? page.threadIdOf(page.openKey) : ""
                    writer: messageWriter
                    onBack: page.closeThread()
                    onOpenPhoto: mediaId => page.openPhoto(pane.threadId, mediaId)
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
                    visible: page.openKey.length === 0
                    icon: "messages"
                    title: qsTr("Choose a conversation")
                    explanation: threadModel.count > 0 ? qsTr("Use the arrow keys and Enter, or click a conversation.") : ""
                }
            }
        }
    }

    Component {
        id: conversationPage
        ConversationView {
            id: stacked
            writer: messageWriter
            onBack: page.closeThread()
            onOpenPhoto: mediaId => page.openPhoto(stacked.threadId, mediaId)
            StackView.onActivated: focusReply()
        }
    }
    Component {
        id: newMessagePage
        NewMessagePage {
            writer: messageWriter
            kids: threadModel.children
            childId: threadModel.childId.length > 0 ? threadModel.childId : (threadModel.children.length > 0 ? threadModel.children[0].id : "")
            onBack: stack.pop()
            onSent: {
                stack.pop(null)
                toast.show(qsTr("Your message is being sent."))
                page.openKey = ""
            }
        }
    }

    // A conversation's photos open in Mijn kind's viewer (zoom, swipe, keys, "Downloaden"), on
    // the photos of that conversation in the order it shows them.
    function openPhoto(threadId, mediaId) {
        conversationPhotos.threadId = threadId
        photoViewer.openSeries(conversationPhotos, mediaId)
    }
    ConversationPhotoModel { id: conversationPhotos; session: App.session }
    PhotoViewer {
        id: photoViewer
        objectName: "conversationPhotoViewer"
        onDownloadMedia: mediaId => {
            page.downloading[mediaId] = true
            App.myChild.files.download(mediaId)
            photoViewer.notify(qsTr("Downloading…"))
        }
    }
    // What this page asked to save: Mijn kind confirms its own downloads.
    property var downloading: ({})
    Connections {
        target: App.myChild.files
        function onDownloaded(mediaId, path) {
            if (!(mediaId in page.downloading))
                return
            delete page.downloading[mediaId]
            if (photoViewer.visible)
                photoViewer.notifySaved(path)
            else
                toast.show(Folders.savedIn(path), Folders.openFolderText, () => Folders.openFolderOf(path))
        }
        function onDownloadFailed(mediaId, reason) {
            if (!(mediaId in page.downloading))
                return
            delete page.downloading[mediaId]
            if (photoViewer.visible)
                photoViewer.notify(reason)
            else
                toast.show(reason)
        }
    }
    Toast { id: toast }
}
