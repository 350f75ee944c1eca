// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/PortalAddress.h"

#include <QTest>

using nestje::PortalAddress;

class TestPortalAddress : public QObject
{
    Q_OBJECT
private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tenant name") << "kindencoludens" << "https://kindencoludens.ouderportaal.nl";
        QTest::newRow("tenant with spaces and capitals") << "  DeBoomhut " << "https://deboomhut.ouderportaal.nl";
        QTest::newRow("tenant with dash") << "de-eerste-stap" << "https://de-eerste-stap.ouderportaal.nl";
        QTest::newRow("host name") << "deboomhut.ouderportaal.nl" << "https://deboomhut.ouderportaal.nl";
        QTest::newRow("own domain") << "portaal.kinderopvang.example" << "https://portaal.kinderopvang.example";
        QTest::newRow("https url") << "https://deboomhut.ouderportaal.nl" << "https://deboomhut.ouderportaal.nl";
        QTest::newRow("browser address of the SPA")
            << "https://deboomhut.ouderportaal.nl/parent/#/tabs/mychild" << "https://deboomhut.ouderportaal.nl";
        QTest::newRow("host with /parent/") << "deboomhut.ouderportaal.nl/parent/" << "https://deboomhut.ouderportaal.nl";
        QTest::newRow("trailing slash") << "https://x.ouderportaal.nl/" << "https://x.ouderportaal.nl";
        QTest::newRow("loopback test portal with slug")
            << "http://127.0.0.1:8080/deboomhut" << "http://127.0.0.1:8080/deboomhut";
        QTest::newRow("localhost") << "http://localhost:9000" << "http://localhost:9000";
        QTest::newRow("ipv6 loopback") << "http://[::1]:8080/klimop" << "http://[::1]:8080/klimop";
        QTest::newRow("self-hosted https with port") << "https://portal.example.org:8443/org"
                                                     << "https://portal.example.org:8443/org";
    }
    void accepted()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const PortalAddress address = PortalAddress::fromUserInput(input);
        QVERIFY2(address.isValid(), qPrintable(address.problemText()));
        QCOMPARE(address.baseUrl().toString(), expected);
        QVERIFY(address.problemText().isEmpty());
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("problem");
        const auto invalid = int(PortalAddress::Problem::Invalid);
        QTest::newRow("empty") << "   " << int(PortalAddress::Problem::Empty);
        QTest::newRow("spaces inside") << "de boomhut" << invalid;
        QTest::newRow("e-mail address in the portal field") << "ouder@example.nl" << invalid;
        QTest::newRow("leading dash") << "-boomhut" << invalid;
        QTest::newRow("ftp") << "ftp://deboomhut.ouderportaal.nl" << invalid;
        QTest::newRow("credentials in url") << "https://user:pw@deboomhut.ouderportaal.nl" << invalid;
        QTest::newRow("query") << "https://x.ouderportaal.nl/?a=1" << invalid;
        QTest::newRow("plain http to another machine")
            << "http://deboomhut.ouderportaal.nl" << int(PortalAddress::Problem::InsecureRemote);
        QTest::newRow("plain http to a LAN address")
            << "http://192.168.1.20:8080" << int(PortalAddress::Problem::InsecureRemote);
    }
    void rejected()
    {
        QFETCH(QString, input);
        QFETCH(int, problem);
        const PortalAddress address = PortalAddress::fromUserInput(input);
        QVERIFY(!address.isValid());
        QCOMPARE(int(address.problem()), problem);
        QVERIFY(!address.problemText().isEmpty());
        QVERIFY(address.baseUrl().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPortalAddress)
#include "tst_portaladdress.moc"
