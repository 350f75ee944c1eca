// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// The overview: search (local, also offline), a child filter when the family has several
// children, "Bericht schrijven", and every conversation newest first. Up and down move through
// the list, Enter opens.
FocusScope {
    id: root
    required property ThreadModel threads
    property string selectedKey
    readonly property alias list: list
    signal openThread(string key)
    signal writeNew()

    function focusSearch() { search.forceActiveFocus(); search.selectAll() }
    function focusList() { list.forceActiveFocus() }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingM
            spacing: Theme.spacingS
            // The button goes below the search field when beside it the field would get less
            // room than the button (a phone at a large font, where "Zoeken" was elided).
            GridLayout {
                id: searchRow
                Layout.fillWidth: true
                columns: width >= 2 * writeButton.implicitWidth + columnSpacing ? 2 : 1
                columnSpacing: Theme.spacingS
                rowSpacing: Theme.spacingS
                FormField { // the app's boxed field: its edge reads at 3:1, Material's line did not
                    id: search
                    objectName: "messageSearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search messages")
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Search messages")
                    onTextChanged: searchDelay.restart()
                    Keys.onDownPressed: root.focusList()
                    Keys.onEscapePressed: text = ""
                    Timer {
                        id: searchDelay
                        interval: 200
                        onTriggered: root.threads.search = search.text
                    }
                }
                PrimaryButton {
                    id: writeButton
                    objectName: "writeMessageButton"
                    text: qsTr("Write a message")
                    icon.source: "qrc:/icons/edit.svg"
                    leftPadding: Theme.spacingL
                    rightPadding: Theme.spacingL
                    enabled: root.threads.children.length > 0
                    Accessible.name: text
                    onClicked: root.writeNew()
                }
            }
            Flow {
                Layout.fillWidth: true
                visible: root.threads.children.length > 1
                spacing: Theme.spacingS
                FilterChip {
                    text: qsTr("All children")
                    checked: root.threads.childId.length === 0
                    onClicked: root.threads.childId = ""
                }
                Repeater {
                    model: root.threads.children
                    FilterChip {
                        required property var modelData
                        text: modelData.firstName
                        checked: root.threads.childId === modelData.id
                        onClicked: root.threads.childId = modelData.id
                    }
                }
            }
        }

        ListView {
            id: list
            objectName: "threadList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.threads
            reuseItems: true
            cacheBuffer: 600
            keyNavigationEnabled: true
            activeFocusOnTab: true
            currentIndex: -1
            highlightFollowsCurrentItem: false
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Conversations")
            ScrollBar.vertical: ScrollBar {}
            Keys.onReturnPressed: if (currentIndex >= 0) root.openThread((currentItem as ThreadDelegate).key)
            Keys.onEnterPressed: if (currentIndex >= 0) root.openThread((currentItem as ThreadDelegate).key)
            onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0
            // Pull to refresh.
            readonly property real pull: originY - contentY
            onDragEnded: if (pull > 80 && !App.session.syncing) App.session.syncNow()
            delegate: ThreadDelegate {
                selected: key === root.selectedKey || (ListView.isCurrentItem && list.activeFocus)
                onClicked: {
                    list.currentIndex = index
                    root.openThread(key)
                }
            }

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
                visible: list.count === 0
                icon: "messages"
                title: root.threads.search.length > 0 ? qsTr("Nothing found")
                       : App.session.featureState("messages") === "unknown" && App.session.syncing ? qsTr("Loading messages…")
                       : qsTr("No messages yet")
                explanation: root.threads.search.length > 0 ? qsTr("No conversation contains “%1”.").arg(root.threads.search)
                             : App.session.featureState("messages") === "unknown" && App.session.syncing ? ""
                             : qsTr("Messages between you and the group appear here. You will see a badge on this tab when there is something new.")
            }
        }
    }
}
