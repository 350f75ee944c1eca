// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Nestje
import Nestje.Core

TestCase {
    id: testCase
    name: "LoginPage"
    width: 390
    height: 844
    visible: true
    when: windowShown

    Component {
        id: loginComponent
        LoginPage { width: 390; height: 844 }
    }

    function test_invalidPortalIsExplainedAtTheField() {
        const page = createTemporaryObject(loginComponent, testCase);
        findChild(page, "portalField").text = "de boomhut";
        mouseClick(findChild(page, "loginButton"));
        verify(page.portalError.length > 0);
        verify(!App.login.busy);
    }

    function test_insecureRemotePortalIsRefused() {
        const page = createTemporaryObject(loginComponent, testCase);
        findChild(page, "portalField").text = "http://deboomhut.ouderportaal.nl";
        mouseClick(findChild(page, "loginButton"));
        verify(page.portalError.indexOf("https://") >= 0);
    }

    function test_missingEmailIsExplained() {
        const page = createTemporaryObject(loginComponent, testCase);
        findChild(page, "portalField").text = "deboomhut";
        findChild(page, "emailField").text = "ouder";
        findChild(page, "passwordField").text = "secret";
        mouseClick(findChild(page, "loginButton"));
        verify(App.login.error.length > 0);
        verify(findChild(page, "loginError").visible);
        verify(!App.login.busy);
    }

    function test_passwordCanBeRevealed() {
        const page = createTemporaryObject(loginComponent, testCase);
        const field = findChild(page, "passwordField");
        compare(field.echoMode, TextInput.Password);
        // The password field's own button (every FormField has one, shown only for a password).
        mouseClick(findChild(field, "revealPasswordButton"));
        compare(field.echoMode, TextInput.Normal);
    }

    // The card's text links stand in its middle at every width; the certificate link sat at
    // the card's left, as wide as its text, at 1280x800 (and a little left of centre on a phone).
    function test_theTextLinksAreCentred_data() {
        return [{ tag: "phone", width: 390 }, { tag: "desktop", width: 1280 }];
    }
    function test_theTextLinksAreCentred(data) {
        const page = createTemporaryObject(loginComponent, testCase, { width: data.width });
        const middle = page.width / 2;
        for (const name of ["portalCertificateButton", "demoButton"]) {
            const link = findChild(page, name);
            verify(link && link.visible, name);
            const text = link.contentItem;
            // Where the text itself is drawn, whatever the button's width.
            // The certificate link's own Label also has to hold its text (a Label of no width
            // draws its text around its left edge); the demo link is a stock IconLabel.
            const fits = text.contentWidth === undefined || (text.contentWidth > 0 && text.contentWidth <= text.width + 1);
            tryVerify(() => Math.abs(text.mapToItem(page, text.width / 2, 0).x - middle) < 1 && fits, 1000,
                      name + " at " + text.mapToItem(page, 0, 0).x + "-" + text.mapToItem(page, text.width, 0).x);
        }
    }

    // "Wachtwoord vergeten?" asks the portal inside the app (tests/core/tst_account_local sends
    // it to the reference server); here: the portal comes first, the address is taken along,
    // and a portal that does not answer is said so.
    function test_forgotPasswordNeedsThePortal() {
        const page = createTemporaryObject(loginComponent, testCase);
        findChild(page, "portalField").text = "";
        mouseClick(findChild(page, "forgotPasswordButton"));
        verify(page.portalError.length > 0);
        verify(!findChild(page, "forgotPasswordPanel").visible);
    }

    function test_forgotPasswordTakesTheAddressAlongAndChecksIt() {
        const page = createTemporaryObject(loginComponent, testCase);
        findChild(page, "portalField").text = "deboomhut";
        findChild(page, "emailField").text = "ouder@example.nl";
        mouseClick(findChild(page, "forgotPasswordButton"));
        const panel = findChild(page, "forgotPasswordPanel");
        verify(panel.visible);
        verify(!findChild(page, "forgotPasswordButton").visible);
        const field = findChild(panel, "forgotEmailField");
        compare(field.text, "ouder@example.nl");
        field.text = "ouder";
        mouseClick(findChild(panel, "forgotSend"));
        verify(findChild(panel, "forgotProblem").visible);
        verify(findChild(panel, "forgotProblem").text.indexOf("e-mail") >= 0);
        verify(!panel.request.busy); // nothing was sent
        mouseClick(findChild(panel, "forgotClose"));
        verify(!panel.visible);
        verify(findChild(page, "forgotPasswordButton").visible);
    }

    function test_forgotPasswordSaysWhenThePortalCannotBeReached() {
        const page = createTemporaryObject(loginComponent, testCase);
        // Nothing listens on port 1: as when offline or the portal is down.
        findChild(page, "portalField").text = "http://127.0.0.1:1/deboomhut";
        findChild(page, "emailField").text = "ouder@example.nl";
        mouseClick(findChild(page, "forgotPasswordButton"));
        const panel = findChild(page, "forgotPasswordPanel");
        mouseClick(findChild(panel, "forgotSend"));
        tryVerify(() => !panel.request.busy && panel.request.problem.length > 0, 20000);
        verify(findChild(panel, "forgotProblem").visible);
        verify(panel.request.problem.indexOf("cannot be reached") >= 0, panel.request.problem);
        compare(panel.request.answer, "");
        verify(findChild(panel, "forgotSend").visible); // the parent can try again
    }
}
