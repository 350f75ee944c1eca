// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Nestje
import Nestje.Core

// Overig's pieces on their own: a permission switches and says so, a declaration has no switch
// and says why, a menu row opens, the sub pages go back, "Over deze app" names the licence, and
// the sections without data show their empty states (no account in this test).
TestCase {
    id: test
    name: "Overig"
    width: 420
    height: 800
    visible: true
    when: windowShown

    Component {
        id: permissionComponent
        PermissionRow {
            width: 400
            permissionId: "7"
            title: "Uitstapjes"
            description: "Je kind mag mee op uitstapjes."
            declaration: false
            granted: false
            filledIn: true
            changeable: true
            changed: ""
        }
    }
    Component {
        id: declarationComponent
        PermissionRow {
            width: 400
            permissionId: "9"
            title: "Ophalen door anderen"
            description: "Oma mag ophalen."
            declaration: true
            granted: true
            filledIn: true
            changeable: false
            changed: "changed on 3 May 2026"
        }
    }
    Component { id: rowComponent; MenuRow { width: 400; title: "Credits"; detail: "Hours still to use" } }
    Component { id: aboutComponent; AboutPage { width: 420; height: 800 } }
    Component { id: creditsComponent; CreditsPage { width: 420; height: 800 } }
    Component { id: observationsComponent; ObservationsPage { width: 420; height: 800; childId: "x" } }
    // The pages below get an AccountDetails without an account, as before the first sync.
    AccountDetails { id: noAccount }
    ChildListModel { id: noChildren }
    QuietHours { id: quietSetting }
    AppColorScheme { id: schemeSetting }
    Component { id: passwordComponent; PasswordPage { width: 420; height: 800; account: noAccount } }
    Component { id: questionComponent; QuestionPage { width: 420; height: 800; account: noAccount; childList: noChildren } }
    Component { id: parentComponent; ParentPage { width: 420; height: 800; account: noAccount } }
    Component { id: notificationsComponent; NotificationsPage { width: 420; height: 800; account: noAccount } }
    Component { id: storageComponent; StoragePage { width: 420; height: 800 } }
    Component { id: childComponent; ChildPage { width: 420; height: 800; account: noAccount; childId: "unknown" } }
    Component { id: documentsComponent; DocumentsPage { width: 420; height: 800 } }
    Component { id: overviewComponent; OverviewList { width: 420; height: 800; account: noAccount; childList: noChildren } }

    function findByName(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) {
            const found = findByName(kids[i], name)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item)
            return findByName(item.contentItem, name)
        return null
    }
    function findText(item, text) {
        if (!item)
            return null
        if (item.text !== undefined && String(item.text).indexOf(text) >= 0 && item.visible)
            return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) {
            const found = findText(kids[i], text)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item)
            return findText(item.contentItem, text)
        return null
    }
    function spyOn(target, signalName) {
        const spy = createTemporaryQmlObject("import QtTest; SignalSpy {}", test)
        spy.target = target
        spy.signalName = signalName
        return spy
    }

    function test_permissionSwitches() {
        const row = createTemporaryObject(permissionComponent, test)
        const toggled = spyOn(row, "toggled")
        const toggle = findByName(row, "permission_7")
        verify(toggle && toggle.visible && toggle.enabled)
        verify(!toggle.checked)
        waitForRendering(row)
        mouseClick(toggle)
        compare(toggled.count, 1)
        compare(toggled.signalArguments[0][0], true)
        verify(findText(row, "Uitstapjes"))
    }

    function test_permissionNotFilledIn() {
        const row = createTemporaryObject(permissionComponent, test, { filledIn: false })
        verify(findText(row, "Not filled in yet"))
    }

    function test_declarationIsShownNotSwitched() {
        const row = createTemporaryObject(declarationComponent, test)
        const toggle = findByName(row, "permission_9")
        verify(toggle)
        verify(!toggle.visible)
        verify(findText(row, "cannot be changed here"))
        verify(findText(row, "changed on 3 May 2026"))
        verify(findText(row, "Yes"))
    }

    function test_menuRowOpens() {
        const row = createTemporaryObject(rowComponent, test)
        const clicked = spyOn(row, "clicked")
        waitForRendering(row)
        mouseClick(row)
        compare(clicked.count, 1)
        verify(row.Accessible.name.indexOf("Hours still to use") >= 0)
    }

    function test_aboutNamesTheLicence() {
        const page = createTemporaryObject(aboutComponent, test)
        verify(findText(page, "GPL-3.0-or-later"))
        verify(findText(page, "LICENSE"))
        verify(findText(page, "Nestje " + App.version))
        const back = spyOn(page, "back")
        const button = findByName(page, "backButton")
        verify(button)
        waitForRendering(page)
        mouseClick(button)
        compare(back.count, 1)
    }

    function test_emptySectionsSaySo() {
        const credits = createTemporaryObject(creditsComponent, test)
        verify(findText(credits, "No credits"))
        verify(!findByName(credits, "expiringNotice").visible)
        const observations = createTemporaryObject(observationsComponent, test)
        verify(findText(observations, "No observations yet"))
    }

    // Wachtwoord wijzigen: the form checks before anything is sent, and says what is wrong.
    function test_passwordPageChecksTheForm() {
        const page = createTemporaryObject(passwordComponent, test)
        const problem = findByName(page, "passwordProblem")
        verify(!problem.visible)
        findByName(page, "field_current").text = "oud wachtwoord"
        findByName(page, "field_new").text = "kort"
        findByName(page, "field_repeat").text = "kort"
        waitForRendering(page)
        mouseClick(findByName(page, "changePassword"))
        verify(problem.visible)
        verify(problem.text.indexOf("at least") >= 0, problem.text)
        findByName(page, "field_new").text = "een lang nieuw wachtwoord"
        findByName(page, "field_repeat").text = "een ander nieuw wachtwoord"
        mouseClick(findByName(page, "changePassword"))
        verify(problem.text.indexOf("not the same") >= 0, problem.text)
        verify(!noAccount.passwordBusy)
    }

    // Stel een vraag: without a subject or text nothing is sent and the page stays.
    function test_questionPageNeedsAQuestion() {
        const page = createTemporaryObject(questionComponent, test)
        const back = spyOn(page, "back")
        const message = spyOn(page, "message")
        compare(findByName(page, "questionChild").displayText, "About no child in particular")
        waitForRendering(page)
        mouseClick(findByName(page, "sendQuestion"))
        compare(message.count, 0)
        compare(back.count, 0)
    }

    // Uw gegevens: what is not known shows as a dash, not as an empty line.
    function test_parentPageShowsUnknownDetailsAsADash() {
        const page = createTemporaryObject(parentComponent, test)
        verify(findText(page, "Phone number"))
        verify(findText(page, "–"))
    }

    // Notificaties: the portal's per-item settings only where the organisation offers them;
    // quiet hours always, switched and set here, remembered for every account.
    function test_quietHoursAreSetOnTheNotificationsPage() {
        quietSetting.enabled = false
        quietSetting.from = 22 * 60
        quietSetting.until = 7 * 60
        const page = createTemporaryObject(notificationsComponent, test)
        compare(findByName(page, "portalNotificationSettings").visible, App.session.offers("notificationSettings"))
        // Nestje's own switch for the account: on until the parent switches it off.
        verify(findByName(page, "deviceNotifications").visible)
        verify(findByName(page, "deviceNotificationsSwitch").checked)
        const card = findByName(page, "quietHours")
        verify(card.visible)
        const toggle = findByName(page, "quietHoursSwitch")
        const from = findByName(page, "quietFrom")
        const until = findByName(page, "quietUntil")
        verify(!toggle.checked)
        compare(from.currentText, "22:00")
        compare(until.currentText, "07:00")
        verify(!from.enabled)
        waitForRendering(page)
        mouseClick(toggle)
        verify(quietSetting.enabled) // another QuietHours (the gate's setting) follows
        verify(from.enabled)
        from.currentIndex = 45
        from.activated(45)
        compare(quietSetting.from, 22 * 60 + 30)
        until.activated(14)
        compare(quietSetting.until, 7 * 60)
        compare(until.currentText, "07:00")
        mouseClick(toggle)
        verify(!quietSetting.enabled)
    }

    // Opslag op dit apparaat: asks before emptying, and says it is done.
    function test_storagePageAsksBeforeEmptying() {
        const page = createTemporaryObject(storageComponent, test)
        const message = spyOn(page, "message")
        verify(findText(page, "downloaded again"))
        compare(page.storage.count, App.accountCount)
        const dialog = findChild(page, "confirmEmptyCache")
        verify(dialog)
        dialog.askFor("geen-account", "De Boomhut", "12 MB")
        tryVerify(() => dialog.opened)
        verify(dialog.text.indexOf("De Boomhut") >= 0 && dialog.text.indexOf("12 MB") >= 0, dialog.text)
        dialog.reject()
        tryVerify(() => !dialog.visible)
        compare(message.count, 0)
        dialog.askFor("geen-account", "De Boomhut", "12 MB")
        tryVerify(() => dialog.opened)
        dialog.accept()
        compare(message.count, 1)
        verify(message.signalArguments[0][0].indexOf("De Boomhut") >= 0)
    }

    // The overview's settings: storage opens its page, the scheme chips say which is chosen.
    function test_overviewOffersStorageAndAppearance() {
        const previous = schemeSetting.scheme
        const overview = createTemporaryObject(overviewComponent, test)
        const opened = spyOn(overview, "openRequested")
        const storage = findByName(overview, "row_storage")
        verify(storage.visible)
        verify(storage.detail.length > 0)
        waitForRendering(overview)
        storage.clicked()
        compare(opened.signalArguments[0][0], "storage")
        findByName(overview, "row_notifications").clicked()
        compare(opened.signalArguments[1][0], "notifications")
        const dark = findByName(overview, "scheme_dark")
        const system = findByName(overview, "scheme_system")
        dark.clicked()
        compare(schemeSetting.scheme, "dark")
        verify(dark.checked)
        verify(!system.checked)
        system.clicked()
        compare(schemeSetting.scheme, "system")
        verify(system.checked)
        schemeSetting.setScheme(previous)
    }

    // A child not (yet) known: a neutral title, placements say none are known, and neither the
    // permissions card nor the observations row shows (nothing to switch, nothing to open).
    function test_childPageOfAnUnknownChild() {
        const page = createTemporaryObject(childComponent, test)
        compare(page.title, "Child")
        verify(findText(page, "No placements known yet."))
        verify(!findByName(page, "permissions").visible)
        verify(!findByName(page, "row_observations").visible)
        const back = spyOn(page, "back")
        const button = findByName(page, "backButton")
        verify(button)
        waitForRendering(page)
        mouseClick(button)
        compare(back.count, 1)
    }

    // Facturen, documenten & jaaropgaven: one chip per type, one chosen at a time, invoices first;
    // a type without items says so.
    function test_documentsPageSwitchesTypes() {
        const page = createTemporaryObject(documentsComponent, test)
        compare(page.type, "invoice")
        const invoices = findByName(page, "documents_invoice")
        const documents = findByName(page, "documents_document")
        const statements = findByName(page, "documents_annualstatement")
        verify(invoices && documents && statements)
        verify(invoices.checked && !documents.checked && !statements.checked)
        verify(findText(page, "Nothing here yet"))
        waitForRendering(page)
        mouseClick(documents)
        compare(page.type, "document")
        verify(documents.checked && !invoices.checked && !statements.checked)
        mouseClick(statements)
        compare(page.type, "annualstatement")
        verify(statements.checked && !documents.checked)
        verify(findText(page, "Nothing here yet"))
    }
}
