// SPDX-License-Identifier: GPL-3.0-or-later
// Dates are the portal's (Europe/Amsterdam) whatever zone the device is in. ctest runs this
// test three times: in the machine's zone, with TZ=UTC and with TZ=America/New_York.
#include "db/Database.h"
#include "features/agenda/AgendaText.h"
#include "features/timeline/TimelineModel.h"
#include "features/timeline/TimelineStore.h"
#include "text/PortalTime.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

class TestPortalTime : public QObject
{
    Q_OBJECT
private:
    static qint64 utc(int y, int m, int d, int h, int min)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toMSecsSinceEpoch();
    }

private slots:
    void aLateEveningInUtcIsTheNextDayAtTheDaycare()
    {
        // 23:30 UTC on 29 November is 00:30 on 30 November in Amsterdam (winter, UTC+1).
        QCOMPARE(portaltime::dayOf(utc(2026, 11, 29, 23, 30)), QDate(2026, 11, 30));
        // And 22:30 UTC in summer (UTC+2) is already the next day there.
        QCOMPARE(portaltime::dayOf(utc(2026, 6, 14, 22, 30)), QDate(2026, 6, 15));
        QCOMPARE(portaltime::dayOf(utc(2026, 6, 14, 21, 30)), QDate(2026, 6, 14));
    }

    void aDateOnlyValueIsAnAmsterdamMidnight()
    {
        QCOMPARE(portaltime::startOfDay(QDate(2026, 11, 30)), utc(2026, 11, 29, 23, 0));
        QCOMPARE(portaltime::startOfDay(QDate(2026, 6, 15)), utc(2026, 6, 14, 22, 0));
        QCOMPARE(portaltime::dayOf(portaltime::startOfDay(QDate(2026, 3, 29))), QDate(2026, 3, 29)); // DST day
    }

    void timesOfDayAreTheDaycaresAndMarkedWhenTheDeviceIsElsewhere()
    {
        const QString time = portaltime::timeOfDay(utc(2026, 11, 30, 7, 45)); // 08:45 in Amsterdam
        QVERIFY2(time.startsWith(QLatin1String("08:45")), qPrintable(time));
        QCOMPARE(time.size() > 5, portaltime::deviceIsElsewhere());
    }

    void aRangeOfTimesIsMarkedOnce()
    {
        const QString range = portaltime::timeRange(utc(2026, 11, 30, 6, 30), utc(2026, 11, 30, 17, 0));
        const QString plain = QStringLiteral("07:30 – 18:00"); // Amsterdam's clock, whatever TZ says
        QVERIFY2(range.startsWith(plain), qPrintable(range));
        QCOMPARE(range.count(QLatin1String("(NL)")), portaltime::deviceIsElsewhere() ? 1 : 0);
        QCOMPARE(range.size() > plain.size(), portaltime::deviceIsElsewhere());
        // The agenda's day parts show their times this way.
        QCOMPARE(agendatext::times(utc(2026, 11, 30, 6, 30), utc(2026, 11, 30, 17, 0)), range);
    }

    // A request's "Aangevraagd op" and "Verloopt op": the daycare's date and clock, marked for a
    // device elsewhere (a deadline read in New York as New York time would be six hours off).
    void aRecordsDateAndTimeAreTheDaycaresAndMarked()
    {
        const qint64 lateEvening = utc(2026, 11, 30, 23, 15); // 00:15 on 1 December in Amsterdam
        const QString text = portaltime::dateAndTime(lateEvening);
        const QString plain = QLocale().toString(QDateTime(QDate(2026, 12, 1), QTime(0, 15)), QStringLiteral("d MMM yyyy HH:mm"));
        QVERIFY2(text.startsWith(plain), qPrintable(text));
        QCOMPARE(text == plain, !portaltime::deviceIsElsewhere());
        QCOMPARE(text.count(QLatin1String("(NL)")), portaltime::deviceIsElsewhere() ? 1 : 0);
    }

    void aMomentInASentenceIsTheDaycaresDayAndTime()
    {
        // "Bijgewerkt vandaag 14:05": the portal's day in lower case, then its time of day.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(portaltime::moment(now), portaltime::dayLabel(portaltime::today(), portaltime::today()).toLower()
                                               + QLatin1Char(' ') + portaltime::timeOfDay(now));
        const qint64 morning = utc(2026, 3, 3, 7, 45); // 08:45 on Tuesday 3 March in Amsterdam
        const QString label = portaltime::moment(morning);
        QVERIFY2(label.startsWith(QLocale().toString(QDate(2026, 3, 3), QStringLiteral("dddd d MMMM"))), qPrintable(label));
        QVERIFY2(label.contains(QLatin1String(" 08:45")), qPrintable(label));
    }

    void anEntryWrittenJustAfterMidnightIsToday()
    {
        // A diary entry written at 00:30 today at the daycare belongs under "Vandaag", also on a
        // laptop whose clock says it is still yesterday.
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("cache.sqlite"))));
        TimelineCard card;
        card.key = QStringLiteral("journal:1");
        card.type = QStringLiteral("journal");
        card.date = portaltime::startOfDay(portaltime::today()) + 30 * 60 * 1000;
        card.text = QStringLiteral("Net na middernacht");
        card.contentHash = "1";
        QCOMPARE(TimelineStore(db).upsert({card}), 1);
        TimelineModel model;
        model.setSource(&db, QStringLiteral("acct"), nullptr);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.get(0).value(QStringLiteral("date")).toDate(), portaltime::today());
        QCOMPARE(model.get(0).value(QStringLiteral("dayLabel")).toString(), QStringLiteral("Today"));
    }
};

QTEST_GUILESS_MAIN(TestPortalTime)
#include "tst_portaltime.moc"
