// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// A whole conversation: the subject with the child and group at the top, every message with
// who wrote it and when (grouped by day), and the reply at the bottom. Opening it marks it read
// (here at once, on the portal through the outbox).
Item {
    id: view
    objectName: "conversationView"
    property string threadId
    property MessageWriter writer
    // The account shown (App.session; a benchmark passes its own).
    property Session session: App.session
    readonly property alias model: conversation
    readonly property alias replyBar: reply
    readonly property alias files: messageFiles
    signal back()
    // A photo of the conversation was tapped: the page opens the viewer there.
    signal openPhoto(string mediaId)

    // Only what the parent has in front of them: not a pane of a tab they left.
    function markRead() {
        if (visible && conversation.found && conversation.unread && !conversation.pendingThread)
            writer.markRead(threadId)
    }
    function focusReply() { reply.focusText() }

    ConversationModel {
        id: conversation
        session: view.session
        threadId: view.threadId
        newestFirst: true // for the bottom-to-top list
        onHeaderChanged: view.markRead()
    }
    // The conversation's files: fetched once, then opened from this device.
    MessageFiles {
        id: messageFiles
        session: view.session
        threadId: view.threadId
    }
    // Once the new conversation's header is read (the model follows threadId in the same turn).
    Timer {
        id: markReadSoon
        interval: 0
        onTriggered: view.markRead()
    }
    Timer {
        id: bufferSoon
        interval: 200
    }
    onThreadIdChanged: {
        markReadSoon.restart()
        bufferSoon.restart()
    }
    onVisibleChanged: markRead()
    Component.onCompleted: markRead()

    SubPageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        title: conversation.found ? conversation.subject : qsTr("Conversation")
        subtitle: conversation.childName + (conversation.childName.length > 0 && conversation.groupName.length > 0 ? " · " : "")
                  + conversation.groupName
        onBack: view.back()
    }

    ListView {
        id: list
        objectName: "messageList"
        anchors.top: header.bottom
        anchors.bottom: reply.visible ? reply.top : parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        clip: true
        model: conversation
        // Only the screen in view is built for a conversation's first frame; the messages
        // above it (ListView's default buffer, for scrolling up) follow a moment later. That is
        // what ListView means to do (it pauses 200 ms before filling its buffer), but a whole
        // conversation arriving at once had it build both before the first frame: with 200
        // messages, 12 bubbles instead of the 8 in view.
        cacheBuffer: bufferSoon.running ? 0 : 320
        spacing: Theme.spacingS
        topMargin: Theme.spacingM
        bottomMargin: Theme.spacingM
        // The newest message is row 0 at the bottom: the conversation opens there, and only the
        // screen of messages in view is built (a top-down list would build the oldest screen
        // first and then the newest). New messages arrive at the bottom; a short conversation
        // sits against the reply box.
        verticalLayoutDirection: ListView.BottomToTop
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Messages")
        ScrollBar.vertical: ScrollBar {}
        delegate: MessageBubble {
            fileStates: messageFiles.states
            onOpenPhoto: mediaId => view.openPhoto(mediaId)
            onOpenFile: (messageId, fileId) => messageFiles.open(messageId, fileId)
            onRetry: id => view.writer.retry(id)
            onDiscard: id => view.writer.discard(id)
        }
    }

    EmptyState {
        anchors.centerIn: list
        width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
        visible: !conversation.found && view.threadId.length > 0
        icon: "messages"
        title: qsTr("Conversation not found")
        explanation: qsTr("It may not have been synced yet. Pull down in the list to refresh.")
    }

    ReplyBar {
        id: reply
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: conversation.found && !conversation.pendingThread
        threadId: view.threadId
        writer: view.writer
        session: view.session
    }
}
