// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Dialogs
import Nestje.Core

// The dialog behind FilePicker; only FilePicker loads it (see there why), and gives itself as
// `picker`.
FileDialog {
    id: dialog
    required property FilePicker picker
    readonly property bool multiple: picker ? picker.multiple : false
    readonly property bool save: picker ? picker.save : false
    // Qt's own dialog asks qsTr("File name") in its context "FileDialog", and Qt 6.4 ships no
    // Dutch for it; naming the strings here puts them in our translations, where Qt finds them.
    readonly property var qtStrings: [QT_TRANSLATE_NOOP("FileDialog", "File name"), QT_TRANSLATE_NOOP("FileDialog", "Filter")]

    title: picker ? picker.title : ""
    nameFilters: picker ? picker.nameFilters : []
    fileMode: save ? FileDialog.SaveFile : (multiple ? FileDialog.OpenFiles : FileDialog.OpenFile)
    objectName: "fileDialog"
    // Where the dialog opens and the name it suggests are set at every open, not bound: Qt's
    // dialog opened a second time in the program's working folder (a second "Zet in mijn agenda"
    // saved there), whatever its binding said.
    function prepare() {
        // An existing folder: Qt's dialog shows the working folder for one that does not exist.
        dialog.currentFolder = App.dialogFolder(picker.folder)
        // The name in the folder the dialog shows: a name in a folder that does not exist
        // (~/Documents on a system without one) made the dialog show that folder with the
        // working folder's files, and saving there failed. Only when there is a name: an empty
        // selectedFile sent a save dialog to the working folder.
        if (picker.suggestedName.length > 0)
            dialog.selectedFile = dialog.currentFolder + "/" + picker.suggestedName
    }
    defaultSuffix: picker ? picker.defaultSuffix : ""
    acceptLabel: picker && picker.acceptLabel.length > 0 ? picker.acceptLabel : (save ? qsTr("Save") : qsTr("Open"))
    rejectLabel: qsTr("Cancel")
    onAccepted: {
        if (picker)
            picker.picked(save || !multiple ? [selectedFile] : selectedFiles)
    }
    onVisibleChanged: {
        if (picker)
            picker.dialogShown(visible)
    }

    Connections {
        target: dialog.picker
        function onOpenRequested() {
            dialog.prepare()
            dialog.open()
        }
        function onCloseRequested() { dialog.close() }
    }
}
