// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "Language.h"

#include <QTest>

using namespace nestje;

class TestCommandLine : public QObject
{
    Q_OBJECT
private:
    static AppOptions parse(QStringList arguments, int *exitCode)
    {
        arguments.prepend(QStringLiteral("nestje"));
        return parseCommandLine(arguments, exitCode);
    }

private slots:
    void screenshotOptions()
    {
        int exitCode = 0;
        const AppOptions options = parse({QStringLiteral("--screenshot"), QStringLiteral("out.png"),
                                          QStringLiteral("--size"), QStringLiteral("390x844"),
                                          QStringLiteral("--page"), QStringLiteral("agenda"),
                                          QStringLiteral("--lang"), QStringLiteral("en")},
                                         &exitCode);
        QCOMPARE(exitCode, -1);
        QCOMPARE(options.screenshotFile, QStringLiteral("out.png"));
        QCOMPARE(options.size, QSize(390, 844));
        QCOMPARE(options.page, QStringLiteral("agenda"));
        QCOMPARE(options.language, QStringLiteral("en"));
        QVERIFY(!options.demo);
    }
    void screenshotDefaultsToTimeline()
    {
        int exitCode = 0;
        const AppOptions options = parse({QStringLiteral("--screenshot"), QStringLiteral("a.png")}, &exitCode);
        QCOMPARE(exitCode, -1);
        QCOMPARE(options.page, QStringLiteral("mijnkind"));
    }
    void demoAndPortal()
    {
        int exitCode = 0;
        const AppOptions options = parse({QStringLiteral("--demo"), QStringLiteral("--portal"),
                                          QStringLiteral("deboomhut")},
                                         &exitCode);
        QCOMPARE(exitCode, -1);
        QVERIFY(options.demo);
        QCOMPARE(options.portal, QStringLiteral("deboomhut"));
    }
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("bad size") << QStringList{QStringLiteral("--size"), QStringLiteral("big")};
        QTest::newRow("unknown page") << QStringList{QStringLiteral("--page"), QStringLiteral("nope")};
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("de")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("open without id") << QStringList{QStringLiteral("--open"), QStringLiteral("messages")};
        QTest::newRow("open without kind") << QStringList{QStringLiteral("--open"), QStringLiteral(":12")};
        QTest::newRow("unknown colour scheme") << QStringList{QStringLiteral("--color-scheme"), QStringLiteral("blue")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        int exitCode = -1;
        parse(arguments, &exitCode);
        QCOMPARE(exitCode, 2);
    }
    void desktopOptions()
    {
        int exitCode = 0;
        AppOptions options = parse({QStringLiteral("--open"), QStringLiteral("messages:12@1700:3"),
                                    QStringLiteral("--color-scheme"), QStringLiteral("dark")},
                                   &exitCode);
        QCOMPARE(exitCode, -1);
        QCOMPARE(options.openKind, QStringLiteral("messages"));
        QCOMPARE(options.openId, QStringLiteral("12@1700:3")); // split at the first colon only
        QCOMPARE(options.colorScheme, QStringLiteral("dark"));
        QVERIFY(options.singleInstance);
        options = parse({QStringLiteral("--no-single-instance")}, &exitCode);
        QCOMPARE(exitCode, -1);
        QVERIFY(!options.singleInstance);
    }
    void languageDefaultsToDutch()
    {
        QCOMPARE(resolveLanguage({}, QLocale(QLocale::Dutch)), QStringLiteral("nl"));
        QCOMPARE(resolveLanguage({}, QLocale(QLocale::German)), QStringLiteral("nl"));
        QCOMPARE(resolveLanguage({}, QLocale(QLocale::English)), QStringLiteral("en"));
        QCOMPARE(resolveLanguage(QStringLiteral("en"), QLocale(QLocale::Dutch)), QStringLiteral("en"));
        QCOMPARE(resolveLanguage(QStringLiteral("nl"), QLocale(QLocale::English)), QStringLiteral("nl"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
