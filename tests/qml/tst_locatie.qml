// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Nestje
import Nestje.Core

// Mijn locatie's views on their own: a news row marks new items and attachments (the
// paperclip of the manual), a rich view shows headings and tables and hands a tapped link to
// the parent's choice (it never opens one by itself), an item that is not on this device says
// so, and the overview without an account shows its one empty state, no empty sections.
TestCase {
    id: test
    name: "Locatie"
    width: 420
    height: 800
    visible: true
    when: windowShown

    Component {
        id: rowComponent
        ContentRow {
            width: 400
            title: "Zomerfeest"
            day: "vrijdag 3 juli"
            snippet: "Kom vrijdag naar het zomerfeest <b>met</b> de hele familie."
            isNew: true
            hasAttachment: true
        }
    }
    Component {
        id: richComponent
        RichContent {
            width: 380
            text: "<h1>Nieuwsbrief</h1><p>Zie <a href=\"https://example.org/menu\">het menu</a>.</p>"
                  + "<table border=\"1\"><tr><td>Maandag</td><td>Pannenkoeken</td></tr></table>"
        }
    }
    Component { id: contentComponent; ContentPage { width: 420; height: 800; kind: "newsletter"; itemId: "404" } }
    Component { id: overviewComponent; LocationOverview { width: 420; height: 800 } }
    Component { id: spyComponent; SignalSpy {} }

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
        if (item.contentItem && item.contentItem !== item)
            return findByName(item.contentItem, name)
        return null
    }

    function test_newsRowShowsNewAndPaperclip() {
        const row = createTemporaryObject(rowComponent, test)
        verify(row)
        const title = findByName(row, "rowTitle")
        compare(title.text, "Zomerfeest")
        compare(title.font.weight, Font.Bold)
        compare(title.textFormat, Text.PlainText)
        verify(findByName(row, "paperclip").visible)
        verify(findByName(row, "newDot").color !== Qt.rgba(0, 0, 0, 0))
        verify(row.Accessible.name.indexOf("New") === 0)
        row.isNew = false
        row.hasAttachment = false
        compare(title.font.weight, Font.DemiBold)
        verify(!findByName(row, "paperclip").visible)
        compare(findByName(row, "newDot").color, Qt.rgba(0, 0, 0, 0))
        const clicks = createTemporaryObject(spyComponent, test, { target: row, signalName: "clicked" })
        mouseClick(row)
        compare(clicks.count, 1)
    }

    function test_richViewKeepsLayoutAndOnlyReportsLinks() {
        const view = createTemporaryObject(richComponent, test)
        verify(view)
        compare(view.textFormat, TextEdit.RichText)
        verify(view.readOnly)
        // Heading, paragraph and a table of two cells: taller than one line of text.
        verify(view.contentHeight > 3 * view.font.pixelSize)
        verify(view.lineCount >= 3)
        const links = createTemporaryObject(spyComponent, test, { target: view, signalName: "linkActivated" })
        view.linkActivated("https://example.org/menu") // what a tap on the link emits
        compare(links.count, 1)
        compare(links.signalArguments[0][0], "https://example.org/menu")
    }

    function test_aDocumentOnPaperHasTheLightSchemesText() {
        // A newsletter with its own colours is shown on a light card in either scheme
        // (ContentPage.paper): its default text must be the light scheme's, or text without a
        // colour of its own would be light on light in the dark scheme.
        const view = createTemporaryObject(richComponent, test, { paper: true })
        compare(view.color, Theme.lightColors.text)
        view.paper = false
        compare(view.color, Theme.text)
    }

    function test_anItemNotOnThisDeviceSaysSo() {
        const page = createTemporaryObject(contentComponent, test)
        verify(page)
        compare(page.item.found, false)
        compare(page.item.richText, "")
        compare(page.header.title, "Newsletter")
    }

    function test_overviewWithoutDataShowsOneEmptyState() {
        const overview = createTemporaryObject(overviewComponent, test)
        verify(overview)
        verify(findByName(overview, "locationEmpty").visible)
        for (const name of ["newsCard", "newslettersCard", "teamCard", "pagesCard", "contactCard"])
            verify(!findByName(overview, name).visible, name)
    }
}
