// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Dialogs

// The dialog behind FilePicker; only FilePicker loads it (see there why).
FileDialog {
    property bool multiple: false
    property bool save: false
    property url startFolder
    property url suggestedFile
    property string acceptText
    signal picked(var urls)
    // Qt's own dialog asks qsTr("File name") in its context "FileDialog", and Qt 6.4 ships no
    // Dutch for it; naming the strings here puts them in our translations, where Qt finds them.
    readonly property var qtStrings: [QT_TRANSLATE_NOOP("FileDialog", "File name"), QT_TRANSLATE_NOOP("FileDialog", "Filter")]

    fileMode: save ? FileDialog.SaveFile : (multiple ? FileDialog.OpenFiles : FileDialog.OpenFile)
    currentFolder: startFolder
    selectedFile: suggestedFile
    acceptLabel: acceptText.length > 0 ? acceptText : (save ? qsTr("Save") : qsTr("Open"))
    rejectLabel: qsTr("Cancel")
    onAccepted: picked(save || !multiple ? [selectedFile] : selectedFiles)
}
