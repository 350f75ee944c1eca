// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Nestje
import Nestje.Core

// The Berichten pieces on their own: the list delegate (unread, attachments, who and about,
// a refused new message), a message of the conversation (the parent's on the right, photos open,
// a refused reply offers retry and discard) and the composer (an empty reply is not sent, the
// reason shows; Ctrl+Enter sends).
TestCase {
    id: test
    name: "Berichten"
    width: 420
    height: 800
    visible: true
    when: windowShown

    Component {
        id: delegateComponent
        ThreadDelegate {
            width: 400
            index: 0
            key: "thread/1"
            subject: "Knutselmiddag"
            about: "Daan · Vossen"
            lastWriter: "Juf Anna"
            lastText: "Wil je morgen een lege wc-rol meegeven?"
            when: "14:05"
            unread: true
            attachments: 0
            photos: 0
            pending: false
            sendState: ""
            errorText: ""
        }
    }
    Component {
        id: bubbleComponent
        MessageBubble {
            width: 400
            index: 0
            text: "Kijk eens wat we gemaakt hebben!"
            author: "Juf Anna"
            fromParent: false
            day: "Today"
            dayStart: false
            time: "14:05"
            photos: [{ id: "1", thumbUrl: "", mediumUrl: "", fullUrl: "", video: false, description: "" },
                     { id: "2", thumbUrl: "", mediumUrl: "", fullUrl: "", video: false, description: "" }]
            files: []
            pending: false
            sendState: ""
            errorText: ""
            writeId: 0
        }
    }
    Component {
        id: writerComponent
        MessageWriter {}
    }
    Component {
        id: replyComponent
        ReplyBar {
            width: 400
            threadId: ""
        }
    }

    function findByName(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) {
            const found = findByName(kids[i], name)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item) {
            const found = findByName(item.contentItem, name)
            if (found)
                return found
        }
        return null
    }

    function test_delegateShowsUnreadWhoAndWhat() {
        const row = createTemporaryObject(delegateComponent, test)
        verify(row)
        compare(findByName(row, "subject").text, "Knutselmiddag")
        compare(findByName(row, "subject").font.weight, Font.Bold)
        compare(findByName(row, "about").text, "Daan · Vossen")
        compare(findByName(row, "lastLine").text, "Juf Anna: Wil je morgen een lege wc-rol meegeven?")
        compare(findByName(row, "when").text, "14:05")
        verify(findByName(row, "unreadDot").color !== Qt.rgba(0, 0, 0, 0))
        verify(!findByName(row, "sendState").visible)
        verify(row.Accessible.name.indexOf("Unread") === 0)
        row.unread = false
        compare(findByName(row, "subject").font.weight, Font.DemiBold)
        compare(findByName(row, "unreadDot").color, Qt.rgba(0, 0, 0, 0))
        const clicks = createTemporaryObject(signalSpyComponent, test, { target: row, signalName: "clicked" })
        mouseClick(row)
        compare(clicks.count, 1)
    }

    // A conversation with photos shows the photo mark; one with only a letter (a PDF) a
    // paperclip, and a screen reader hears which.
    function test_delegateMarksPhotosAndFilesApart() {
        const row = createTemporaryObject(delegateComponent, test)
        const mark = findByName(row, "attachmentMark")
        verify(!mark.visible)
        row.attachments = 3
        row.photos = 2
        verify(mark.visible)
        compare(mark.iconName, "photo")
        compare(mark.Accessible.name, "With photos")
        row.photos = 0
        compare(mark.iconName, "attach")
        compare(mark.Accessible.name, "With files")
    }

    function test_delegateShowsARefusedNewMessage() {
        const row = createTemporaryObject(delegateComponent, test, {
            pending: true, sendState: "failed", errorText: "Kies voor welke groep het bericht bedoeld is.", unread: false })
        const state = findByName(row, "sendState")
        verify(state.visible)
        compare(state.text, "Not sent: Kies voor welke groep het bericht bedoeld is.")
        row.sendState = "sending"
        compare(state.text, "Sending…")
    }

    function test_bubbleShowsAuthorTextAndPhotos() {
        const bubble = createTemporaryObject(bubbleComponent, test)
        verify(bubble)
        compare(findByName(bubble, "author").text, "Juf Anna")
        compare(findByName(bubble, "messageText").text, "Kijk eens wat we gemaakt hebben!")
        // Staff on the left, the parent on the right.
        const card = findByName(bubble, "bubbleCard")
        verify(card.x < bubble.width / 2 - card.width / 2)
        bubble.fromParent = true
        verify(card.x + card.width > bubble.width - 20)
        const opened = createTemporaryObject(signalSpyComponent, test, { target: bubble, signalName: "openPhoto" })
        const photo = findByName(bubble, "photo")
        verify(photo)
        mouseClick(photo.parent)
        compare(opened.count, 1)
        compare(opened.signalArguments[0][0], "1") // the photo's id: the page opens the viewer there
        verify(!findByName(bubble, "retryButton").visible)
        verify(!findByName(bubble, "sendState").visible)
        // A message of text alone builds none of it (a long conversation opens faster).
        const plain = createTemporaryObject(bubbleComponent, test, { photos: [] })
        verify(!findByName(plain, "photo"))
        verify(!findByName(plain, "retryButton"))
        verify(!findByName(plain, "sendState"))
        // The first message of a day has the day above it; the others do not build one.
        verify(!findByName(bubble, "dayHeading"))
        compare(card.y, 0)
        bubble.dayStart = true
        compare(findByName(bubble, "dayHeading").text, "Today")
        verify(findByName(bubble, "dayHeading").visible)
        verify(card.y >= findByName(bubble, "dayHeading").height)
        bubble.dayStart = false
        verify(!findByName(bubble, "dayHeading"))
        compare(card.y, 0)
    }

    // A file of a message: a tap asks for it (MessageFiles fetches and opens it); while it comes
    // the row is busy, once here it says "Available offline", and a failure says why under it.
    function test_bubbleFilesOpenAndSayWhy() {
        const bubble = createTemporaryObject(bubbleComponent, test, { photos: [], files: [
            { id: "m7", messageId: "41", key: "41/m7", name: "Brief uitje kinderboerderij.pdf",
              contentType: "application/pdf", offline: false }] })
        const row = findByName(bubble, "messageFile")
        verify(row)
        compare(row.fileName, "Brief uitje kinderboerderij.pdf")
        verify(!row.offline)
        verify(!row.busy)
        const error = findByName(bubble, "fileError")
        verify(!error.visible)
        const opens = createTemporaryObject(signalSpyComponent, test, { target: bubble, signalName: "openFile" })
        mouseClick(row)
        compare(opens.count, 1)
        compare(opens.signalArguments[0][0], "41")
        compare(opens.signalArguments[0][1], "m7")
        bubble.fileStates = { "41/m7": { busy: true, offline: false, error: "" } }
        verify(row.busy)
        bubble.fileStates = { "41/m7": { busy: false, offline: false, error: "No connection: this file is not on this device yet." } }
        verify(!row.busy)
        verify(error.visible)
        compare(error.text, "No connection: this file is not on this device yet.")
        bubble.fileStates = { "41/m7": { busy: false, offline: true, error: "" } }
        verify(row.offline)
        verify(!error.visible)
        // Another file's state is not this one's.
        bubble.fileStates = { "41/m8": { busy: true, offline: false, error: "x" } }
        verify(!row.busy)
        verify(!error.visible)
    }

    // The card is as wide as what it holds: a short text's own width (at least 160), the
    // author and time line, and a long text the widest card with the text wrapped in it.
    function test_cardFitsItsText() {
        const brief = createTemporaryObject(bubbleComponent, test, { photos: [], text: "Top!" })
        const shortCard = findByName(brief, "bubbleCard")
        compare(shortCard.width, 160 + 2 * Theme.spacingM)
        compare(findByName(brief, "messageText").lineCount, 1)

        const line = "Dank je wel, tot morgen om half negen."
        const medium = createTemporaryObject(bubbleComponent, test, { photos: [], text: line, author: "A" })
        const mediumText = findByName(medium, "messageText")
        metrics.font = mediumText.font
        metrics.text = line
        verify(metrics.advanceWidth > 160 && metrics.advanceWidth < findByName(medium, "bubbleCard").maxWidth - 2 * Theme.spacingM)
        fuzzyCompare(findByName(medium, "bubbleCard").width, metrics.advanceWidth + 2 * Theme.spacingM, 1.5)
        compare(mediumText.lineCount, 1)
        verify(mediumText.contentWidth <= mediumText.width + 0.5)

        const twoLines = createTemporaryObject(bubbleComponent, test, { photos: [], text: "Ja\n" + line, author: "A" })
        verify(findByName(twoLines, "bubbleCard").width >= metrics.advanceWidth + 2 * Theme.spacingM - 0.5)
        compare(findByName(twoLines, "messageText").lineCount, 2)

        const lengthy = createTemporaryObject(bubbleComponent, test, { photos: [], text: (line + " ").repeat(12) })
        const longCard = findByName(lengthy, "bubbleCard")
        const longText = findByName(lengthy, "messageText")
        compare(longCard.width, Math.min(lengthy.width * 0.82, 620))
        verify(longText.lineCount > 2)
        verify(longText.contentWidth <= longText.width + 0.5)
        verify(longCard.height >= longText.y + longText.height + 2 * Theme.spacingM)
    }

    TextMetrics {
        id: metrics
    }

    // Photos, files and the send state are built when a message gets them after it is shown (a
    // reply on its way, a sync that brings a message's photos) and are gone again without them;
    // the card grows with them and shrinks back.
    function test_bubbleBuildsItsExtrasWhenTheyCome() {
        const bubble = createTemporaryObject(bubbleComponent, test, { photos: [] })
        const card = findByName(bubble, "bubbleCard")
        const plainHeight = card.height
        verify(!findByName(bubble, "photo"))
        bubble.photos = [{ id: "3", thumbUrl: "", mediumUrl: "", fullUrl: "", video: false, description: "" }]
        verify(findByName(bubble, "photo"))
        tryVerify(() => card.height > plainHeight)
        bubble.photos = []
        verify(!findByName(bubble, "photo"))
        tryCompare(card, "height", plainHeight)
        bubble.pending = true
        bubble.sendState = "sending"
        compare(findByName(bubble, "sendState").text, "Sending…")
        verify(!findByName(bubble, "retryButton").visible)
        bubble.sendState = "failed"
        verify(findByName(bubble, "retryButton").visible)
        bubble.pending = false
        verify(!findByName(bubble, "sendState"))
        tryCompare(card, "height", plainHeight)
        bubble.files = [{ id: "m9", messageId: "41", key: "41/m9", name: "brief.pdf", contentType: "application/pdf", offline: false }]
        verify(findByName(bubble, "messageFile"))
    }

    function test_refusedReplyOffersRetryAndDiscard() {
        const bubble = createTemporaryObject(bubbleComponent, test, {
            fromParent: true, author: "You", pending: true, sendState: "failed", errorText: "Je bericht is te lang.", writeId: 7, photos: [] })
        compare(findByName(bubble, "sendState").text, "Not sent: Je bericht is te lang.")
        const retries = createTemporaryObject(signalSpyComponent, test, { target: bubble, signalName: "retry" })
        const discards = createTemporaryObject(signalSpyComponent, test, { target: bubble, signalName: "discard" })
        mouseClick(findByName(bubble, "retryButton"))
        mouseClick(findByName(bubble, "discardButton"))
        compare(retries.count, 1)
        compare(retries.signalArguments[0][0], 7)
        compare(discards.count, 1)
    }

    function test_composerRefusesAnEmptyReplyAndSendsWithCtrlEnter() {
        const writer = createTemporaryObject(writerComponent, test)
        const bar = createTemporaryObject(replyComponent, test, { writer: writer, y: 300 })
        verify(bar)
        const send = findByName(bar, "sendReplyButton")
        verify(!send.enabled) // nothing typed
        const field = findByName(bar, "replyText")
        field.forceActiveFocus()
        keyClick(Qt.Key_Space)
        verify(!send.enabled) // only blanks
        const sent = createTemporaryObject(signalSpyComponent, test, { target: bar, signalName: "sent" })
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        compare(sent.count, 0)
        const problem = findByName(bar, "replyProblem")
        verify(problem.visible)
        compare(problem.text, "Type your message first.")
        keyClick(Qt.Key_H)
        verify(!problem.visible) // typing clears the remark
        verify(send.enabled)
        // Without an account (this test has none) the writer refuses to store it: no "sent".
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        compare(sent.count, 0)
    }

    Component {
        id: signalSpyComponent
        SignalSpy {}
    }
}
