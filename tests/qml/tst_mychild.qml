// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Nestje
import Nestje.Core

// The Mijn kind pieces on their own: the timeline card (day rhythm, ongoing nap, pending and
// refused states), the photo viewer (opens, closes with Escape and the cross) and the diary
// form (refuses an empty entry with the reason, links to Berichten).
TestCase {
    id: test
    name: "MyChild"
    width: 420
    height: 800
    visible: true
    when: windowShown

    Component {
        id: cardComponent
        TimelineCard {
            width: 400
            cardType: "journal"
            childNames: "Noor"
            writtenBy: "Juf Anna"
            text: "Lekker gespeeld in de zandbak."
            moments: [
                { category: "bottle", icon: "flesje", time: "09:00", title: "(Fles)voeding", description: "130 cc", remarks: "", ongoing: false },
                { category: "sleep", icon: "slapen-bedje", time: "12:30", title: "Slapen", description: "", remarks: "", ongoing: true },
                { category: "diaper", icon: "luier", time: "14:00", title: "Luier", description: "Nat", remarks: "", ongoing: false },
                { category: "food", icon: "brood", time: "15:00", title: "Brood", description: "", remarks: "Alles op", ongoing: false },
                { category: "drink", icon: "drinken", time: "15:30", title: "Drinken", description: "", remarks: "", ongoing: false }
            ]
        }
    }
    Component {
        id: toastComponent
        Toast {}
    }
    Component {
        id: viewerComponent
        PhotoViewer {}
    }
    Component {
        id: formComponent
        DiaryForm {
            width: 420
            height: 800
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
    function findText(item, text) {
        if (!item)
            return null
        if (item.text !== undefined && String(item.text) === text && item.visible)
            return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) {
            const found = findText(kids[i], text)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item)
            return findText(item.contentItem, text)
        return null
    }

    function test_journalCardShowsTheDay() {
        const card = createTemporaryObject(cardComponent, test)
        verify(card)
        verify(findText(card, "Diary of Noor"))
        verify(findText(card, "Written by Juf Anna"))
        verify(findText(card, "09:00"))
        verify(findText(card, "(Fles)voeding"))
        // A nap without an end time is marked as still going on.
        verify(findText(card, "ongoing"))
        // In the list only the first four moments, and how many more there are.
        verify(!findText(card, "Drinken"))
        verify(findText(card, "1 more moment(s)"))
        verify(card.Accessible.name.indexOf("Lekker gespeeld") >= 0)
        card.compact = false
        verify(findText(card, "Drinken"))
    }

    function test_journalCardOpensOnTapAndKeys() {
        const card = createTemporaryObject(cardComponent, test)
        const spy = createTemporaryQmlObject("import QtTest; SignalSpy {}", test)
        spy.target = card
        spy.signalName = "openEntry"
        mouseClick(card, 30, 30)
        compare(spy.count, 1)
        card.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(spy.count, 2)
    }

    function test_pendingAndRefusedEntries() {
        const card = createTemporaryObject(cardComponent, test, { pending: true, sendState: "sending", byParent: true, moments: [] })
        const label = findByName(card, "sendStateLabel")
        verify(label && label.visible)
        compare(label.text, "Being sent…")
        verify(findText(card, "Written by you"))
        card.sendState = "failed"
        card.errorText = "Een dagverslag kun je tot een maand terug schrijven."
        verify(label.text.indexOf("maand terug") >= 0)
        verify(findText(card, "Try again"))
        const retry = createTemporaryQmlObject("import QtTest; SignalSpy {}", test)
        retry.target = card
        retry.signalName = "retry"
        waitForRendering(card)
        mouseClick(findText(card, "Try again"))
        compare(retry.count, 1)
    }

    function test_photoCardSeries() {
        const card = createTemporaryObject(cardComponent, test, {
            cardType: "photo", moments: [], text: "",
            media: [ { id: "p1", video: false, description: "Zandbak", downloadable: true, thumb: "", medium: "", full: "" },
                     { id: "p2", video: true, description: "", downloadable: false, thumb: "", medium: "", full: "" } ]
        })
        verify(findText(card, "Photos of Noor"))
        // A photo and a video are not "2 photos" (issue 18).
        verify(findText(card, "1 photo(s) and 1 video(s)"))
        const opened = createTemporaryQmlObject("import QtTest; SignalSpy {}", test)
        opened.target = card
        opened.signalName = "openMedia"
        const downloads = createTemporaryQmlObject("import QtTest; SignalSpy {}", test)
        downloads.target = card
        downloads.signalName = "downloadMedia"
        wait(50)
        // The first tile opens the viewer; "Download" under it saves it.
        const tile = findText(card, "Download")
        verify(tile)
        mouseClick(tile)
        compare(downloads.count, 1)
        compare(downloads.signalArguments[0][0], "p1")
    }

    function test_viewerOpensAndCloses() {
        const viewer = createTemporaryObject(viewerComponent, test)
        viewer.open("does-not-exist", "")
        tryCompare(viewer, "visible", true)
        tryCompare(viewer, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(viewer, "visible", false)
        viewer.open("does-not-exist", "")
        tryCompare(viewer, "opened", true)
        const close = findByName(viewer.contentItem, "closeViewerButton")
        verify(close)
        compare(close.Accessible.name, "Close")
        mouseClick(close)
        tryCompare(viewer, "visible", false)
    }

    function test_diaryFormRefusesEmptyEntry() {
        const form = createTemporaryObject(formComponent, test, { childId: "c1" })
        const send = findByName(form, "sendDiaryButton")
        verify(send)
        compare(send.Accessible.name, "Send diary entry")
        mouseClick(send)
        const problem = findByName(form, "diaryProblem")
        tryCompare(problem, "visible", true)
        compare(problem.text, "Write a few words or add a photo.")
        // Too long is refused before anything is stored.
        const area = findByName(form, "diaryText")
        area.text = "x".repeat(10001)
        mouseClick(send)
        verify(problem.text.indexOf("10000") >= 0)
    }

    function test_diaryFormLinksToMessages() {
        const form = createTemporaryObject(formComponent, test, { childId: "c1" })
        waitForRendering(form)
        const link = findText(form, "Go to Messages")
        verify(link)
        const before = App.currentTab
        mouseClick(link)
        compare(App.currentTab, 1)
        App.currentTab = before
    }

    // Item 7: a confirmation can carry one action ("Map openen"); tapping it runs the action and
    // the toast goes.
    function test_toastWithAnAction() {
        const toast = createTemporaryObject(toastComponent, test)
        let ran = 0
        toast.show("Saved in Pictures › Nestje › Daan", "Open folder", () => ran++)
        tryCompare(toast, "opacity", 1)
        const action = findByName(toast, "toastAction")
        verify(action && action.visible)
        compare(action.text, "Open folder")
        mouseClick(action)
        compare(ran, 1)
        tryCompare(toast, "visible", false)
        // A plain message has no action.
        toast.show("Downloading…")
        verify(!findByName(toast, "toastAction").visible)
    }
}
