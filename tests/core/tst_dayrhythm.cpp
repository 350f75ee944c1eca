// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/DayRhythm.h"

#include <QTest>

using namespace nestje;

class TestDayRhythm : public QObject
{
    Q_OBJECT
private slots:
    void parsesTheObservedFormat()
    {
        // Shape from the reference §5.P4 (HA's parser was built against real portals).
        const QString html = QStringLiteral(
            "<table class='day-rythm-moment'><tbody><tr><td><div class='icon dagritme-flesje day-rythm-journal-icon'></div></td>"
            "<td><span class='moment-title-span'>09:00 (Fles)voeding</span>"
            "<div class='moment-entry-description'>130 cc (Fles)voeding</div><div class='moment-remarks'>Goed gedronken</div></td></tr></tbody></table>"
            "<table class=\"day-rythm-moment\"><tr><td><div class=\"icon dagritme-slapen-bedje day-rythm-journal-icon\"></div>"
            "<span class=\"moment-title-span\">10:10 - 10:48 Slapen</span><span class='moment-subtitle'>(38 minutes)</span>"
            "<div class='moment-entry-description'></div><div class='moment-remarks'>Lekker &amp; rustig</div></td></tr></table>"
            "<table class='day-rythm-moment'><tr><td><div class='icon dagritme-raket day-rythm-journal-icon'></div>"
            "<span class='moment-title-span'>14:00 Slapen</span></td></tr></table>");
        const QList<DayRhythmMoment> moments = parseDayRhythm(html);
        QCOMPARE(moments.size(), 3);
        QCOMPARE(moments[0].icon, QStringLiteral("flesje"));
        QCOMPARE(moments[0].category, QStringLiteral("bottle"));
        QCOMPARE(moments[0].startTime, QStringLiteral("09:00"));
        QVERIFY(moments[0].endTime.isEmpty());
        QCOMPARE(moments[0].title, QStringLiteral("(Fles)voeding"));
        QCOMPARE(moments[0].description, QStringLiteral("130 cc (Fles)voeding"));
        QCOMPARE(moments[0].remarks, QStringLiteral("Goed gedronken"));
        QCOMPARE(moments[1].category, QStringLiteral("sleep"));
        QCOMPARE(moments[1].endTime, QStringLiteral("10:48"));
        QCOMPARE(moments[1].subtitle, QStringLiteral("(38 minutes)"));
        QCOMPARE(moments[1].remarks, QStringLiteral("Lekker & rustig"));
        QCOMPARE(moments[2].category, QStringLiteral("other")); // unknown icon: kept, not an error
        QCOMPARE(moments[2].startTime, QStringLiteral("14:00"));
    }

    void emptyAndGarbage()
    {
        QVERIFY(parseDayRhythm(QString()).isEmpty());
        QVERIFY(parseDayRhythm(QStringLiteral("<p>geen tabel</p>")).isEmpty());
        QCOMPARE(dayRhythmCategory(QStringLiteral("medicatie-pil")), QStringLiteral("medication"));
        QCOMPARE(dayRhythmCategory(QStringLiteral("drinken-beker")), QStringLiteral("drink"));
    }
};

QTEST_GUILESS_MAIN(TestDayRhythm)
#include "tst_dayrhythm.moc"
