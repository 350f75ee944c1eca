// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtMultimedia
import Nestje
import Nestje.Core

// A clip from the media cache, played with Qt Multimedia: play, pause, seek and full screen.
Item {
    id: player
    property string mediaId
    property url poster
    property url file
    property string failure
    property real positionMs: 0
    property real durationMs: 0

    Component.onCompleted: App.myChild.files.requestFile(mediaId)
    Connections {
        target: App.myChild.files
        function onFileReady(id, url) { if (id === player.mediaId) { player.file = url; media.play() } }
        function onFileFailed(id, reason) { if (id === player.mediaId) player.failure = reason }
    }

    MediaPlayer {
        id: media
        source: player.file
        videoOutput: output
        audioOutput: AudioOutput {}
        onErrorOccurred: (error, text) => player.failure = text
        // Position and duration as numbers the page binds to (Qt 6.4 types them as qint64,
        // which its QML tooling does not know).
        onPositionChanged: at => player.positionMs = at
        onDurationChanged: length => player.durationMs = length
    }
    Image {
        anchors.fill: parent
        source: player.poster
        fillMode: Image.PreserveAspectFit
        visible: media.playbackState === MediaPlayer.StoppedState && player.positionMs === 0
        asynchronous: true
    }
    VideoOutput {
        id: output
        anchors.fill: parent
    }
    TapHandler {
        onTapped: media.playbackState === MediaPlayer.PlayingState ? media.pause() : media.play()
    }
    Label {
        textFormat: Text.PlainText // text from the portal is never markup
        anchors.centerIn: parent
        visible: player.failure.length > 0
        text: player.failure
        color: "white"
        wrapMode: Text.WordWrap
        width: parent.width - 2 * Theme.spacingXl
        horizontalAlignment: Text.AlignHCenter
    }
    BusyIndicator {
        anchors.centerIn: parent
        running: String(player.file).length === 0 && player.failure.length === 0
    }

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingL
        anchors.bottomMargin: 96
        spacing: Theme.spacingS
        RoundButton {
            objectName: "playPauseButton"
            icon.source: media.playbackState === MediaPlayer.PlayingState ? "qrc:/icons/pause.svg" : "qrc:/icons/play.svg"
            icon.color: "white"
            Material.background: "#66000000"
            Accessible.name: media.playbackState === MediaPlayer.PlayingState ? qsTr("Pause") : qsTr("Play")
            onClicked: media.playbackState === MediaPlayer.PlayingState ? media.pause() : media.play()
        }
        Slider {
            id: seek
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, player.durationMs)
            value: player.positionMs
            enabled: media.seekable
            Accessible.name: qsTr("Position in the video")
            onMoved: media.position = value
            Material.accent: "white"
        }
        Label {
            textFormat: Text.PlainText // text from the portal is never markup
            color: "white"
            text: {
                const s = Math.floor(player.positionMs / 1000)
                return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0")
            }
        }
        RoundButton {
            icon.source: "qrc:/icons/fullscreen.svg"
            icon.color: "white"
            Material.background: "#66000000"
            Accessible.name: qsTr("Full screen")
            onClicked: {
                const w = player.Window.window
                if (w)
                    w.visibility = w.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen
            }
        }
    }
}
