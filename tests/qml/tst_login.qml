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
        mouseClick(findChild(page, "revealPasswordButton"));
        compare(field.echoMode, TextInput.Normal);
    }

    function test_forgotPasswordLeadsToThePortal() {
        compare(App.login.forgotPasswordUrl("deboomhut").toString(),
                "https://deboomhut.ouderportaal.nl/auth/forgot-password");
        compare(App.login.forgotPasswordUrl("").toString(), "");
    }
}
