// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import Nestje.Core

// Opens a file dialog on demand. The dialog lives in its own file and is loaded only when it
// is needed, so a system without QtQuick.Dialogs (or the modules its non-native dialog needs,
// such as Qt.labs.folderlistmodel) gets a clear message through `failed` instead of a page that
// does not load or a crash that loses what the parent typed.
Item {
    id: picker
    property string title
    property var nameFilters: []
    property bool multiple: false
    property bool save: false
    property url folder
    // The file name a save dialog suggests, in the folder it opens in.
    property string suggestedName
    property string defaultSuffix
    property string acceptLabel
    // Why dialogs cannot open here; the app fills it in at start-up (App.dialogProblem).
    property string unavailableReason: App.dialogProblem
    // Whether the dialog is on screen (tests and the screenshot runner look at it).
    property bool dialogOpen: false
    signal picked(var urls)
    signal failed(string reason)
    // To the loaded dialog, which knows only this picker (its type is known only once loaded).
    signal openRequested()
    signal closeRequested()
    // From the loaded dialog.
    signal dialogShown(bool shown)
    onDialogShown: shown => {
        dialogOpen = shown
        if (shown)
            cardSoon.restart()
    }

    visible: false

    function open() {
        if (unavailableReason.length > 0) {
            failed(unavailableReason)
            return
        }
        if (!loader.item)
            loader.setSource("FilePickerDialog.qml", { picker: picker })
        if (loader.status !== Loader.Ready || !loader.item) {
            loader.source = ""
            failed(qsTr("The file window could not be opened on this computer."))
            return
        }
        openRequested()
        drawDialogCard()
        cardSoon.restart() // the dialog's popup may reach the overlay only after opening
    }
    Timer {
        id: cardSoon
        interval: 0
        onTriggered: picker.drawDialogCard()
    }

    // Qt's own file dialog (used where the system offers none) draws its card through Material's
    // shadow effect. The software renderer (no GPU: Xvfb, some phones, QT_QUICK_BACKEND=software)
    // cannot run that effect and drew no card at all, so the folder list lay over the form. There
    // the card is drawn plainly, with a border instead of the shadow.
    function drawDialogCard() {
        if (GraphicsInfo.api !== GraphicsInfo.Software)
            return
        const items = Overlay.overlay.children // a list property: indexed, not iterable
        for (let i = 0; i < items.length; ++i) {
            const card = items[i] as T.Control // the dialog's popup item
            if (!card || !card.contentItem || card.contentItem.objectName !== "fileDialogListView")
                continue
            const background = card.background as Rectangle
            if (!background)
                continue
            background.layer.enabled = false
            background.border.width = 1
            background.border.color = Theme.outline
        }
    }

    function close() {
        closeRequested()
    }

    // Empty until the first open(); the dialog binds to this picker's properties and signals.
    Loader {
        id: loader
    }
}
