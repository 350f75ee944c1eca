// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nestje
import Nestje.Core

// Stel een vraag: subject, text and optionally the child; it arrives as a conversation in
// Berichten.
SubPage {
    id: page
    objectName: "page_overig_question"
    required property AccountDetails account
    required property ChildListModel childList
    signal message(string text)
    title: qsTr("Ask a question")

    SectionCard {
        Layout.fillWidth: true
        Dropdown {
            id: child
            objectName: "questionChild"
            Layout.fillWidth: true
            textRole: "fullName"
            valueRole: "childId"
            model: page.childList
            displayText: currentIndex < 0 ? qsTr("About no child in particular") : currentText
            currentIndex: -1
            Accessible.name: qsTr("Child")
        }
        // Labels above the fields rather than placeholders: a placeholder is gone once the
        // parent types.
        FormField { id: subject; objectName: "questionSubject"; Layout.fillWidth: true; label: qsTr("Subject") }
        FormArea {
            id: body
            objectName: "questionText"
            Layout.fillWidth: true
            Layout.minimumHeight: 140 + labelRoom
            label: qsTr("Your question")
        }
        Label {
            id: problem
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.error
            visible: text.length > 0
        }
        PrimaryButton {
            objectName: "sendQuestion"
            text: qsTr("Send")
            onClicked: {
                problem.text = page.account.askQuestion(subject.text, body.text, child.currentIndex < 0 ? "" : child.currentValue)
                if (problem.text.length === 0) {
                    subject.clear()
                    body.clear()
                    page.message(qsTr("Your question is being sent. The answer comes in Messages."))
                    page.back()
                }
            }
        }
    }
}
