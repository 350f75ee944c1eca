// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Nestje
import Nestje.Core

// The photos of a child by month, with the day under each; a tap opens the viewer.
Page {
    id: albums
    objectName: "albumsPage"
    signal back()
    signal openMedia(string mediaId)
    readonly property var model: App.myChild.albums
    readonly property var children: App.myChild.timeline.children

    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: back()
    Keys.onBackPressed: back() // a phone's back key
    Component.onCompleted: {
        if (model.childId.length === 0 && children.length > 0)
            model.childId = App.myChild.timeline.childId.length > 0 ? App.myChild.timeline.childId : children[0].id
        else
            model.reload()
        grid.forceActiveFocus()
    }

    header: SubPageHeader {
        title: qsTr("Photos")
        subtitle: qsTr("%n photo(s) loaded", "", albums.model.photoCount)
        onBack: albums.back()
    }

    ListView {
        id: grid
        objectName: "albumGrid"
        anchors.fill: parent
        readonly property int margin: Math.max(Theme.spacingL, (width - Theme.contentMaxWidth) / 2 + Theme.spacingL)
        readonly property int cellSize: Math.floor((width - 2 * margin - (albums.model.columns - 1) * 4) / albums.model.columns)
        model: albums.model
        clip: true
        reuseItems: true
        keyNavigationEnabled: true
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Photos by month")
        onWidthChanged: albums.model.columns = Math.max(3, Math.floor((width - 2 * margin) / 150))

        // Header, month headings and rows read this page's ids. Under `pragma ComponentBehavior:
        // Bound` Qt 6.4 makes no header and no section heading at all (the child filter and the
        // months were missing, tests/app/tst_every_page), so qmllint is told instead.
        // qmllint disable unqualified
        header: Flow {
            visible: albums.children.length > 1
            width: grid.width - 2 * grid.margin
            x: grid.margin
            height: visible ? implicitHeight + Theme.spacingL : 0
            topPadding: Theme.spacingL
            spacing: Theme.spacingS
            Repeater {
                model: albums.children
                FilterChip {
                    required property var modelData
                    text: modelData.firstName
                    checked: albums.model.childId === modelData.id
                    onClicked: albums.model.childId = modelData.id
                }
            }
        }
        section.property: "month"
        section.delegate: Item {
            required property string section
            width: grid.width
            height: 48
            Label {
                textFormat: Text.PlainText // text from the portal is never markup
                x: grid.margin
                anchors.bottom: parent.bottom
                anchors.bottomMargin: Theme.spacingS
                text: parent.section.charAt(0).toUpperCase() + parent.section.slice(1)
                font.pixelSize: Theme.fontBody + 1
                font.weight: Font.Bold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
        }
        delegate: Row {
            id: photoRow
            required property var photos
            x: grid.margin
            spacing: 4
            bottomPadding: 4
            Repeater {
                model: photoRow.photos
                ItemDelegate {
                    focusPolicy: Qt.StrongFocus // Tab reaches it: an ItemDelegate takes no focus of itself
                    id: cell
                    required property var modelData
                    width: grid.cellSize
                    height: grid.cellSize
                    padding: 0
                    Accessible.name: (modelData.video ? qsTr("Video of %1").arg(modelData.day) : qsTr("Photo of %1").arg(modelData.day))
                                     + (modelData.description ? ": " + modelData.description : "")
                    onClicked: albums.openMedia(modelData.mediaId)
                    background: Rectangle { color: Theme.surfaceVariant; border.width: cell.visualFocus ? 3 : 0; border.color: Theme.primary }
                    contentItem: Item {
                        ProgressiveImage {
                            anchors.fill: parent
                            thumb: cell.modelData.thumb
                        }
                        Label {
                            textFormat: Text.PlainText // text from the portal is never markup
                            anchors.left: parent.left
                            anchors.bottom: parent.bottom
                            anchors.margins: 6
                            leftPadding: 5
                            rightPadding: 5
                            topPadding: 2
                            bottomPadding: 2
                            background: Rectangle { radius: 6; color: "#99000000" }
                            text: cell.modelData.day
                            color: "white"
                            font.pixelSize: Theme.fontSmall
                        }
                        AppIcon {
                            visible: cell.modelData.video
                            anchors.centerIn: parent
                            iconName: "play"
                            color: "white"
                            width: 36
                            height: 36
                        }
                    }
                }
            }
        }
        // qmllint enable unqualified
        EmptyState {
            anchors.centerIn: parent
            visible: grid.count === 0
            icon: "photo"
            title: qsTr("No photos yet")
            explanation: qsTr("Photos the group shares of your child appear here by month.")
        }
    }
}
