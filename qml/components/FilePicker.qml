// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
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
    property url suggestedFile
    property string defaultSuffix
    property string acceptLabel
    // Why dialogs cannot open here; the app fills it in at start-up (App.dialogProblem).
    property string unavailableReason: App.dialogProblem
    // Whether the dialog is on screen (tests and the screenshot runner look at it).
    readonly property bool dialogOpen: loader.item ? loader.item.visible : false
    signal picked(var urls)
    signal failed(string reason)

    visible: false

    function open() {
        if (unavailableReason.length > 0) {
            failed(unavailableReason)
            return
        }
        loader.active = true
        if (loader.status !== Loader.Ready || !loader.item) {
            loader.active = false
            failed(qsTr("The file window could not be opened on this computer."))
            return
        }
        loader.item.open()
    }

    function close() {
        if (loader.item)
            loader.item.close()
    }

    Loader {
        id: loader
        active: false
        source: "FilePickerDialog.qml"
        onLoaded: {
            item.title = Qt.binding(() => picker.title)
            item.nameFilters = Qt.binding(() => picker.nameFilters)
            item.multiple = Qt.binding(() => picker.multiple)
            item.save = Qt.binding(() => picker.save)
            item.startFolder = Qt.binding(() => picker.folder)
            item.suggestedFile = Qt.binding(() => picker.suggestedFile)
            item.defaultSuffix = Qt.binding(() => picker.defaultSuffix)
            item.acceptText = Qt.binding(() => picker.acceptLabel)
        }
    }
    Connections {
        target: loader.item
        function onPicked(urls) { picker.picked(urls) }
    }
}
