// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Nestje

TestCase {
    name: "Badge"
    width: 200
    height: 100
    visible: true
    when: windowShown

    Component {
        id: badgeComponent
        Badge {}
    }

    function test_hiddenAtZero() {
        const badge = createTemporaryObject(badgeComponent, this, { count: 0 });
        verify(!badge.visible);
    }

    function test_showsCount() {
        const badge = createTemporaryObject(badgeComponent, this, { count: 7 });
        verify(badge.visible);
        compare(badge.label, "7");
        compare(badge.Accessible.name.indexOf("7") >= 0, true);
    }

    function test_capsLargeCounts() {
        const badge = createTemporaryObject(badgeComponent, this, { count: 150 });
        compare(badge.label, "99+");
        verify(badge.width >= badge.height);
    }
}
