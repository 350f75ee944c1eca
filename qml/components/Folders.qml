// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import QtCore

// Where a saved file went, in the words a parent knows: "Afbeeldingen › Nestje › Daan" for a
// file under the Pictures folder, not a raw path (also Documents and the home folder). Mijn
// kind's downloads and diary book, and the viewer over a conversation's photos, say it the same.
QtObject {
    function localPath(location) {
        return String(StandardPaths.writableLocation(location)).replace(/^file:\/\//, "")
    }
    function directoryOf(path) {
        return path.slice(0, path.lastIndexOf("/"))
    }
    // The folder that holds `path`, named.
    function displayName(path) {
        const dir = directoryOf(path)
        const named = (base, name) => [name].concat(dir.slice(base.length).split("/").filter(part => part.length > 0)).join(" › ")
        const pictures = localPath(StandardPaths.PicturesLocation)
        if (pictures.length > 0 && (dir === pictures || dir.startsWith(pictures + "/")))
            return named(pictures, qsTr("Pictures"))
        const documents = localPath(StandardPaths.DocumentsLocation)
        if (documents.length > 0 && (dir === documents || dir.startsWith(documents + "/")))
            return named(documents, qsTr("Documents"))
        // Where the file dialog opens when there is no Pictures or Documents folder.
        const home = localPath(StandardPaths.HomeLocation)
        if (home.length > 1 && (dir === home || dir.startsWith(home + "/")))
            return named(home, qsTr("Home folder"))
        return dir
    }
    // "Opgeslagen in Afbeeldingen › Nestje › Daan".
    function savedIn(path) {
        return qsTr("Saved in %1").arg(displayName(path))
    }
    // The action a confirmation offers.
    readonly property string openFolderText: qsTr("Open folder")
    function openFolderOf(path) {
        Qt.openUrlExternally("file://" + encodeURI(directoryOf(path)))
    }
}
