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

    fileMode: save ? FileDialog.SaveFile : (multiple ? FileDialog.OpenFiles : FileDialog.OpenFile)
    currentFolder: startFolder
    selectedFile: suggestedFile
    acceptLabel: acceptText.length > 0 ? acceptText : (save ? qsTr("Save") : qsTr("Open"))
    rejectLabel: qsTr("Cancel")
    onAccepted: picked(save || !multiple ? [selectedFile] : selectedFiles)
}
