// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Nestje

// The shared form controls on their own (FormField, FormArea, Dropdown): the edge of the box
// reaches 3:1 (WCAG 1.4.11) on the card and on the page in the scheme the test runs in, measured
// on the drawn pixels as well as on the colour; the label names the field for a screen reader and
// a click on it puts the cursor in the field; an error shows below the box and turns its edge.
TestCase {
    id: test
    name: "FormField"
    width: 420
    height: 600
    visible: true
    when: windowShown

    // WCAG 2.x relative luminance and contrast ratio.
    function channel(c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    }
    function luminance(color) {
        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    Component {
        id: onCard
        Rectangle {
            property alias field: field
            property alias area: area
            property alias dropdown: dropdown
            width: 400
            height: 560
            color: Theme.surface
            Column {
                x: 20
                y: 20
                width: 360
                spacing: 16
                FormField { id: field; width: parent.width; label: "Onderwerp" }
                FormArea { id: area; width: parent.width; height: 140; label: "Je vraag" }
                Dropdown { id: dropdown; width: parent.width; model: ["Daan", "Noor"] }
            }
        }
    }

    // The edge of `control`'s box against what lies left of it, on its vertical centre, in the
    // drawn frame: the pixel on the edge (the strongest of the two a 1 px line may straddle).
    function drawnEdgeContrast(image, card, control) {
        const box = control.background.mapToItem(card, 0, 0, control.background.width, control.background.height)
        const y = Math.round(box.y + box.height / 2)
        const outside = image.pixel(Math.floor(box.x) - 4, y)
        let best = 1
        for (let x = Math.floor(box.x) - 1; x <= Math.floor(box.x) + 1; ++x)
            best = Math.max(best, contrast(image.pixel(x, y), outside))
        return best
    }

    function test_theEdgeReaches3To1_data() {
        return [{ tag: "on the card", surface: "surface" }, { tag: "on the page", surface: "background" }]
    }
    function test_theEdgeReaches3To1(data) {
        const card = createTemporaryObject(onCard, test, { color: Theme[data.surface] })
        waitForRendering(card)
        const image = grabImage(card)
        for (const control of [card.field, card.area, card.dropdown]) {
            const edge = control.background.border.color
            const ratio = contrast(edge, Theme[data.surface])
            verify(ratio >= 3, control + ": edge " + edge + " on " + data.surface + " " + Theme[data.surface]
                   + " is " + ratio.toFixed(2) + ":1")
            const drawn = drawnEdgeContrast(image, card, control)
            verify(drawn >= 3, control + ": the drawn edge is " + drawn.toFixed(2) + ":1")
        }
    }

    function test_theDropdownShowsItsArrow() {
        const card = createTemporaryObject(onCard, test)
        waitForRendering(card)
        const image = grabImage(card)
        const dropdown = card.dropdown
        const arrow = dropdown.indicator.mapToItem(card, 0, 0, dropdown.indicator.width, dropdown.indicator.height)
        const inside = dropdown.mapToItem(card, 6, dropdown.height / 2)
        const fill = image.pixel(Math.round(inside.x), Math.round(inside.y))
        let strongest = 1
        for (let x = Math.ceil(arrow.x); x < arrow.x + arrow.width; ++x)
            for (let y = Math.ceil(arrow.y); y < arrow.y + arrow.height; ++y)
                strongest = Math.max(strongest, contrast(image.pixel(x, y), fill))
        verify(strongest >= 3, "the arrow reads at " + strongest.toFixed(2) + ":1")
    }

    function test_theLabelNamesTheFieldAndFocusesIt() {
        const card = createTemporaryObject(onCard, test)
        const field = card.field
        compare(field.Accessible.name, "Onderwerp")
        const label = findChild(field, "fieldLabel")
        verify(label.visible)
        // The label is above the box, the text inside it.
        verify(label.y + label.height <= field.background.y)
        mouseClick(label)
        verify(field.activeFocus)
        // Without a label the placeholder names the field, and there is no label line.
        field.label = ""
        field.placeholderText = "Naam"
        compare(field.Accessible.name, "Naam")
        compare(field.background.y, 0)
    }

    function test_anErrorShowsBelowTheBox() {
        const card = createTemporaryObject(onCard, test)
        for (const control of [card.field, card.area]) {
            const message = findChild(control, "fieldMessage")
            verify(!message.visible)
            const height = control.height
            control.hint = "Nog 200 tekens"
            verify(message.visible)
            compare(message.color, Theme.textSecondary)
            control.errorText = "Vul een onderwerp in."
            compare(message.text, "Vul een onderwerp in.")
            compare(message.color, Theme.error)
            compare(control.background.border.color, Theme.error)
            compare(control.Accessible.description, "Vul een onderwerp in.")
            // Below the box, not over it.
            verify(message.y >= control.background.y + control.background.height)
            verify(control.height > height || control === card.area)
        }
    }

    function test_aPasswordFieldHidesAndShows() {
        const card = createTemporaryObject(onCard, test)
        const field = card.field
        field.password = true
        field.text = "geheim"
        compare(field.echoMode, TextInput.Password)
        const reveal = findChild(field, "revealPasswordButton")
        verify(reveal.visible)
        mouseClick(reveal)
        compare(field.echoMode, TextInput.Normal)
        compare(reveal.Accessible.name, "Hide password")
    }
}
