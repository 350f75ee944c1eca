// SPDX-License-Identifier: GPL-3.0-or-later
// The Agenda in the real window with the demo (issue 12): at phone width its actions leave room
// for the calendar and every action stays reachable, the "Meer" menu included; the screenshot
// mode waits until the list stands at today; "Zet in mijn agenda" writes the file the parent
// chose (read back by Python's icalendar) and says how many moments went where, or why not.
#include "Application.h"
#include "ScreenshotPages.h"
#include "ScreenshotRunner.h"
#include "WindowSearch.h"
#include "accounts/AccountSession.h"
#include "features/agenda/AgendaCalendarFile.h"
#include "features/agenda/PlanningStore.h"
#include "features/agenda/RequestStore.h"
#include "text/PortalTime.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace nestje;

class TestAgendaWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Application> m_app;
    QQuickWindow *m_window = nullptr;
    QTemporaryDir m_files;

    QQuickItem *root() const { return m_window->contentItem(); }
    AppController *controller() const { return m_app->controller(); }

    QQuickItem *find(const QString &name, QQuickItem *under = nullptr) const
    {
        return windowsearch::find(under ? under : root(), name);
    }
    // A QObject that is no item (a Menu, the FilePicker's dialog) by its name.
    QObject *findObject(const QString &name) const { return m_window->findChild<QObject *>(name); }
    static QRectF inWindow(QQuickItem *item) { return windowsearch::inWindow(item); }
    static QPoint centre(QQuickItem *item) { return windowsearch::centre(item); }
    static QString describe(const QRectF &r)
    {
        return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    }

    void resize(int width, int height)
    {
        m_window->resize(width, height);
        QTRY_COMPARE(int(root()->width()), width);
    }
    // The Agenda tab's calendar, synced and standing where it opens.
    QQuickItem *calendarList()
    {
        controller()->open(QStringLiteral("agenda"),
                           QStringLiteral("day/") + portaltime::today().toString(Qt::ISODate));
        QQuickItem *list = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!controller()->session()->isSyncing(), 60000);
            QTRY_VERIFY((list = find(QStringLiteral("agendaCalendarList"))));
            QTRY_VERIFY(list->property("count").toInt() > 0);
            QTRY_VERIFY(list->property("positioned").toBool());
        }();
        return list;
    }
    static QAbstractItemModel *modelOf(QQuickItem *list)
    {
        return list->property("model").value<QAbstractItemModel *>();
    }
    static QVariant role(QAbstractItemModel *model, int row, const QByteArray &name)
    {
        return model->data(model->index(row, 0), model->roleNames().key(name));
    }
    // The calendar rows (delegates) in view, top first.
    QList<QQuickItem *> rowsInView(QQuickItem *list) const
    {
        const QRectF view = inWindow(list);
        QList<QQuickItem *> all, rows;
        windowsearch::collect(list, &all);
        for (QQuickItem *item : std::as_const(all)) {
            if (item->objectName() == QLatin1String("calendarRow") && item->isVisible() &&
                inWindow(item).intersects(view))
                rows << item;
        }
        std::sort(rows.begin(), rows.end(), [this](QQuickItem *a, QQuickItem *b) {
            return inWindow(a).y() < inWindow(b).y();
        });
        return rows;
    }
    // The toast's text once it says something that `accept` takes.
    QString toastText(const std::function<bool(const QString &)> &accept)
    {
        QString text;
        [&] {
            QQuickItem *toast = nullptr;
            QTRY_VERIFY2_WITH_TIMEOUT((toast = find(QStringLiteral("toastText"))) &&
                                          accept(text = toast->property("text").toString()),
                                      qPrintable(QStringLiteral("the toast says: ") + text), 10000);
        }();
        return text;
    }
    // In the save dialog "Zet in mijn agenda" opened (in `folder`): types `name` over the suggested
    // one and presses the dialog's Save button, as a parent does.
    void saveInDialog(const QString &name)
    {
        QObject *picker = findObject(QStringLiteral("calendarSavePicker"));
        QVERIFY(picker);
        QTRY_VERIFY_WITH_TIMEOUT(picker->property("dialogOpen").toBool(), 10000);
        QQuickItem *field = nullptr;
        QTRY_VERIFY((field = find(QStringLiteral("fileNameTextField"))));
        QVERIFY(field->property("text").toString().endsWith(
            QLatin1String(".ics"))); // a name is suggested
        field->forceActiveFocus();
        QTRY_VERIFY(field->hasActiveFocus());
        QVERIFY(QMetaObject::invokeMethod(field, "selectAll"));
        for (const QChar c : name)
            QTest::keyClick(m_window, c.toLatin1());
        QTest::keyClick(m_window, Qt::Key_Tab); // leaving the field: the dialog takes the name
        QQuickItem *save = nullptr;
        QTRY_VERIFY((save = findText(QCoreApplication::translate("AgendaPage", "Save"),
                                     "QQuickAbstractButton")));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(save));
        QTRY_VERIFY(!picker->property("dialogOpen").toBool());
    }
    // The visible item of class `className` whose text is `text` (a dialog's button).
    QQuickItem *findText(const QString &text, const char *className) const
    {
        QList<QQuickItem *> all;
        windowsearch::collect(root(), &all);
        for (QQuickItem *item : std::as_const(all)) {
            if (item->isVisible() && item->inherits(className) &&
                item->property("text").toString() == text)
                return item;
        }
        return nullptr;
    }
    // Opens "Zet in mijn agenda" from the "Meer" menu, with its save dialog in `folder`.
    void openCalendarFilePage(const QString &folder)
    {
        QObject *picker = findObject(QStringLiteral("calendarSavePicker"));
        QVERIFY(picker);
        picker->setProperty("folder", QUrl::fromLocalFile(folder));
        chooseFromMoreMenu(QStringLiteral("agendaExportItem"));
        QTRY_VERIFY(find(QStringLiteral("page_agenda_calendarFile")));
    }
    // "Zet in mijn agenda", "Opslaan als…": the save dialog opens in `folder`.
    void exportInto(const QString &folder)
    {
        openCalendarFilePage(folder);
        QQuickItem *saveOnce = nullptr;
        QTRY_VERIFY((saveOnce = find(QStringLiteral("calendarSaveOnce"))));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(saveOnce));
    }
    // Back to the calendar with the page's back button.
    void backToCalendar()
    {
        QQuickItem *page = find(QStringLiteral("page_agenda_calendarFile"));
        QVERIFY(page);
        QQuickItem *back = find(QStringLiteral("backButton"), page);
        QVERIFY(back);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(back));
        QTRY_VERIFY(!find(QStringLiteral("page_agenda_calendarFile")));
    }
    // The "Meer" menu's item `name`, chosen by mouse.
    void chooseFromMoreMenu(const QString &name)
    {
        QQuickItem *more = find(QStringLiteral("agendaMore"));
        QVERIFY2(more, "no Meer button");
        QObject *menu = findObject(QStringLiteral("agendaMoreMenu"));
        QVERIFY(menu);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(more));
        QTRY_VERIFY(menu->property("opened").toBool());
        QQuickItem *item = nullptr;
        QTRY_VERIFY((item = find(name)));
        QVERIFY(item->isEnabled());
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(item));
        QTRY_VERIFY(!menu->property("visible").toBool());
    }
    // Python's icalendar reading `path` (tests/core/ical_events.py): {uid, start, summary, …}.
    static QJsonArray eventsIn(const QString &path)
    {
        QProcess python;
        python.start(QStringLiteral(ICAL_PYTHON), {QStringLiteral(ICAL_EVENTS_SCRIPT), path});
        if (!python.waitForFinished(30000) || python.exitCode() != 0) {
            qWarning() << "ical_events.py:" << python.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput())
            .object()
            .value(QStringLiteral("events"))
            .toArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QVERIFY(m_files.isValid());

        AppOptions options;
        options.demo = true;
        options.language = QStringLiteral("nl");
        options.singleInstance = false;
        m_app = std::make_unique<Application>(options);
        QVERIFY(m_app->start());
        m_window = m_app->window();
        QVERIFY(m_window);
        m_window->resize(390, 844);
    }

    void cleanupTestCase() { m_app.reset(); }

    // Item 2: the screenshot mode (as `--screenshot --page agenda` runs it, from the first sync
    // on) waits until the calendar stands at today: it took its picture before the list had
    // moved there, so the phone screenshot showed September above December.
    void theScreenshotShowsToday()
    {
        const QString file = m_files.filePath(QStringLiteral("agenda.png"));
        ScreenshotRunner runner(m_window, controller(), file, QStringLiteral("agenda"));
        QSignalSpy finished(&runner, &ScreenshotRunner::finished);
        QList<QQuickItem *> shown; // the rows in view at the moment of the picture
        QString firstDay;
        connect(&runner, &ScreenshotRunner::finished, this, [&] {
            if (QQuickItem *list = find(QStringLiteral("agendaCalendarList"))) {
                shown = rowsInView(list);
                if (!shown.isEmpty())
                    firstDay = shown.first()->property("day").toString();
            }
        });
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, ScreenshotRunner::timeoutMs + 5000);
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
        QVERIFY(QFile::exists(file));
        QVERIFY2(!shown.isEmpty(), "no calendar row in view");
        QQuickItem *list = find(QStringLiteral("agendaCalendarList"));
        const int todayRow = modelOf(list)->property("todayRow").toInt();
        QVERIFY(todayRow >= 0);
        const QString expected = role(modelOf(list), todayRow, "day").toString();
        QVERIFY2(firstDay == expected,
                 qPrintable(QStringLiteral("the picture starts at %1, today's first row is %2")
                                .arg(firstDay, expected)));

        // The first sync brings the past rows first and today's later, and the picture could be
        // taken in between: the page is ready only once the list says it stands at today.
        const ScreenshotState state = screenshotState(QStringLiteral("agenda"));
        QVERIFY2(state.after, "the agenda screenshot does not wait for the list");
        list->setProperty("positioned", false); // as before the rows from today arrived
        QVERIFY(!state.after(root()));
        QVERIFY(QMetaObject::invokeMethod(list, "showToday"));
        QVERIFY(list->property("positioned").toBool());
        QVERIFY(state.after(root()));
    }

    // Item 1: at phone widths the actions leave the calendar the lower half: its first row in
    // view starts in the upper half of the window, nothing runs off the right edge, and every
    // button's text reads whole.
    void theCalendarStartsHighOnAPhone_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("rows"); // of actions at most
        QTest::newRow("390") << 390 << 2;
        // "Dag aanvragen" and "Ruildag aanvragen" in Dutch do not fit side by side at 360.
        QTest::newRow("360") << 360 << 3;
    }
    void theCalendarStartsHighOnAPhone()
    {
        QFETCH(int, width);
        QFETCH(int, rows);
        resize(width, 844);
        QQuickItem *list = calendarList();
        QQuickItem *page = find(QStringLiteral("page_agenda"));
        QVERIFY(page);
        QTRY_VERIFY(rowsInView(list).size() > 0);
        const QRectF first = inWindow(rowsInView(list).first());
        QVERIFY2(first.top() < m_window->height() / 2.0,
                 qPrintable(QStringLiteral("the first row at %1 of %2")
                                .arg(describe(first))
                                .arg(m_window->height())));

        // The actions take two rows ("Afwezigheid doorgeven" and "Meer", then the two requests),
        // three where the requests do not fit side by side.
        QQuickItem *actions = find(QStringLiteral("agendaActions"), page);
        QQuickItem *absence = find(QStringLiteral("reportAbsenceButton"), page);
        QVERIFY(actions && absence);
        QVERIFY2(actions->height() <= rows * absence->height() + (rows - 1) * 8 + 0.5,
                 qPrintable(QStringLiteral("the actions are %1 px high, a button %2")
                                .arg(actions->height())
                                .arg(absence->height())));

        QList<QQuickItem *> all;
        windowsearch::collect(page, &all);
        for (QQuickItem *item : std::as_const(all)) {
            const QRectF rect = inWindow(item);
            if (!item->isVisible() || rect.isEmpty() || rect.bottom() <= 0 ||
                rect.top() >= m_window->height())
                continue; // not on screen (rows the list keeps above and below the view)
            QVERIFY2(rect.left() >= -0.5 && rect.right() <= width + 0.5,
                     qPrintable(QStringLiteral("%1 (%2) at %3 runs off a %4 px window")
                                    .arg(item->objectName(),
                                         QString::fromLatin1(item->metaObject()->className()),
                                         describe(rect))
                                    .arg(width)));
        }

        for (const QString &name :
             {QStringLiteral("reportAbsenceButton"), QStringLiteral("requestDayButton"),
              QStringLiteral("requestSwapButton"), QStringLiteral("agendaMore")}) {
            QQuickItem *button = find(name, page);
            QVERIFY2(button, qPrintable(name + QStringLiteral(" is not shown")));
            const auto *label = button->property("contentItem").value<QQuickItem *>();
            QVERIFY(label);
            QVERIFY2(label->width() + 0.5 >= label->implicitWidth(),
                     qPrintable(QStringLiteral("%1 has %2 px for %3")
                                    .arg(name)
                                    .arg(label->width())
                                    .arg(label->implicitWidth())));
        }
    }

    // Item 1: at phone width "Zet in mijn agenda" and "Herladen" are in the "Meer" menu, which has
    // a name for a screen reader and works from the keyboard; a wide window keeps every action in
    // one row without the menu.
    void everyActionIsReachable()
    {
        resize(390, 844);
        calendarList();
        QVERIFY(!find(QStringLiteral("agendaExport")));
        QVERIFY(!find(QStringLiteral("agendaRefresh")));
        QQuickItem *more = find(QStringLiteral("agendaMore"));
        QVERIFY(more);
        // What a screen reader hears: a button named "Meer acties".
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(more);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name),
                 QCoreApplication::translate("AgendaActions", "More actions"));

        // The keyboard: Tab reaches "Meer", Space opens the menu, Down and Return choose
        // "Herladen", which syncs.
        QObject *menu = findObject(QStringLiteral("agendaMoreMenu"));
        QVERIFY(menu);
        // "Herladen" is disabled while a sync runs, and Down skips it then: run alone, this test
        // met the first sync still going.
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->session()->isSyncing(), 60000);
        more->forceActiveFocus(Qt::TabFocusReason);
        QTRY_VERIFY(more->hasActiveFocus());
        QTest::keyClick(m_window, Qt::Key_Space);
        QTRY_VERIFY(menu->property("opened").toBool());
        QTRY_VERIFY(
            menu->property("activeFocus").toBool()); // keys go to the menu once it has opened
        QSignalSpy syncing(controller()->session(), SIGNAL(syncStateChanged()));
        // Down until "Herladen" is highlighted (opened from the keyboard, the menu may start
        // on its first item or on none).
        for (int presses = 0; presses < 3 && menu->property("currentIndex").toInt() != 1;
             ++presses) {
            QTest::keyClick(m_window, Qt::Key_Down);
            QTest::qWait(50);
        }
        QCOMPARE(menu->property("currentIndex").toInt(), 1);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(!menu->property("visible").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(syncing.count() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->session()->isSyncing(), 60000);

        // The mouse: "Zet in mijn agenda" from the menu, then "Opslaan als…", opens the save
        // dialog.
        exportInto(m_files.path());
        QObject *picker = findObject(QStringLiteral("calendarSavePicker"));
        QTRY_VERIFY_WITH_TIMEOUT(picker->property("dialogOpen").toBool(), 10000);
        QVERIFY(QMetaObject::invokeMethod(picker, "close"));
        QTRY_VERIFY(!picker->property("dialogOpen").toBool());
        backToCalendar();

        // A tablet: the requests and "Meer" in one row, not stretched over two.
        resize(820, 1180);
        QTRY_VERIFY((more = find(QStringLiteral("agendaMore"))));
        for (const QString &name :
             {QStringLiteral("reportAbsenceButton"), QStringLiteral("requestDayButton"),
              QStringLiteral("requestSwapButton")}) {
            QQuickItem *button = find(name);
            QVERIFY2(button, qPrintable(name));
            QCOMPARE(inWindow(button).top(), inWindow(more).top());
            QCOMPARE(button->width(), button->implicitWidth());
        }

        // Wide: all five in one row, no menu.
        resize(1280, 800);
        QTRY_VERIFY(!find(QStringLiteral("agendaMore")));
        qreal top = -1;
        for (const QString &name :
             {QStringLiteral("reportAbsenceButton"), QStringLiteral("requestDayButton"),
              QStringLiteral("requestSwapButton"), QStringLiteral("agendaExport"),
              QStringLiteral("agendaRefresh")}) {
            QQuickItem *button = nullptr;
            QTRY_VERIFY2((button = find(name)), qPrintable(name));
            if (top < 0)
                top = inWindow(button).top();
            QCOMPARE(inWindow(button).top(), top);
        }
        resize(390, 844);
    }

    // Item 3: "Zet in mijn agenda" writes the chosen file with a VEVENT for every calendar row
    // (read back by a second parser), and the toast says how many moments were saved where.
    void addingToMyCalendarWritesTheFile()
    {
        resize(390, 844);
        QQuickItem *list = calendarList();
        QAbstractItemModel *rows = modelOf(list);
        QVERIFY(rows->rowCount() > 0);
        QTRY_VERIFY(find(QStringLiteral("agendaMore")));

        const QString path = m_files.filePath(QStringLiteral("gezin.ics"));
        exportInto(m_files.path());
        saveInDialog(QStringLiteral("gezin.ics"));
        QTRY_VERIFY(QFile::exists(path));

        const QJsonArray events = eventsIn(path);
        QVERIFY2(!events.isEmpty(), "the file did not parse, or holds no event");
        QSet<QString> moments; // "<child>-…" UID prefix and start, one per event
        int allDay = 0;        // closing days and school holidays
        for (const QJsonValue &event : events) {
            const QJsonObject e = event.toObject();
            const QString uid = e.value(QStringLiteral("uid")).toString();
            const QString start = QString::number(qint64(e.value(QStringLiteral("start")).toDouble()));
            // A closure's row has no child and is keyed "@c<start>" (closed) or "@h<start>".
            if (e.value(QStringLiteral("allDay")).toBool()) {
                moments << QLatin1Char('@') + uid.left(1) + start;
                ++allDay;
            } else {
                moments << uid.section(QLatin1Char('-'), 0, -3) + QLatin1Char('@') + start;
            }
        }
        // Every row of the calendar (all children; its key is "<child>@<start ms>") is an event.
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QString key = role(rows, row, "key").toString();
            QVERIFY2(moments.contains(key),
                     qPrintable(QStringLiteral("row %1 (%2, %3) is not in the file")
                                    .arg(row)
                                    .arg(key, role(rows, row, "dayLabel").toString())));
        }
        // And nothing else: the file holds what the planning store holds (the calendar shows
        // from three months back; the store may hold a little more).
        PlanningStore store(*controller()->session()->account()->database());
        const int planned = int(store.parts(store.firstDay(), store.lastDay()).size());
        QCOMPARE(int(events.size()) - allDay, planned);
        QCOMPARE(allDay, int(store.closures(store.firstDay(), store.lastDay()).size()));
        QVERIFY(planned + allDay >= rows->rowCount());

        const QString expected =
            QCoreApplication::translate("AgendaPage", "%n care moments saved in %1", "", planned)
                .arg(QDir::toNativeSeparators(path));
        const QString said = toastText([&](const QString &t) { return t == expected; });
        QCOMPARE(said, expected);
        QVERIFY2(said.contains(QString::number(planned)), qPrintable(said));
        backToCalendar();
    }

    // "Bijhouden na elke synchronisatie": switched on, it asks for the file and writes it; the
    // page names the file and how many moments it holds; a sync writes it again (here: after it
    // was deleted); switched off, the page no longer names a file.
    void theFileIsKeptUpToDate()
    {
        resize(390, 844);
        calendarList();
        QTRY_VERIFY(find(QStringLiteral("agendaMore")));
        openCalendarFilePage(m_files.path());
        QQuickItem *keep = nullptr;
        QTRY_VERIFY((keep = find(QStringLiteral("calendarKeepSwitch"))));
        QVERIFY(!keep->property("checked").toBool());
        QVERIFY(!find(QStringLiteral("calendarKeptPath")));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(keep));
        QVERIFY(!keep->property("checked").toBool()); // not on before a file is chosen

        const QString path = m_files.filePath(QStringLiteral("bijgehouden.ics"));
        saveInDialog(QStringLiteral("bijgehouden.ics"));
        QTRY_VERIFY(keep->property("checked").toBool());
        QObject *calendarFile = findObject(QStringLiteral("agendaCalendarFile"));
        QVERIFY(calendarFile);
        QCOMPARE(calendarFile->property("keptPath").toString(), QDir::toNativeSeparators(path));
        QVERIFY(QFile::exists(path));
        PlanningStore store(*controller()->session()->account()->database());
        const int planned = int(store.parts(store.firstDay(), store.lastDay()).size());
        const int closures = int(store.closures(store.firstDay(), store.lastDay()).size());
        QCOMPARE(int(eventsIn(path).size()), planned + closures);
        QQuickItem *named = nullptr;
        QTRY_VERIFY((named = find(QStringLiteral("calendarKeptPath"))));
        QVERIFY2(named->property("text").toString().endsWith(QDir::toNativeSeparators(path)),
                 qPrintable(named->property("text").toString()));
        QQuickItem *status = nullptr;
        QTRY_VERIFY((status = find(QStringLiteral("calendarKeptStatus"))));
        const QString statusText = status->property("text").toString();
        QVERIFY2(statusText.contains(QString::number(planned)), qPrintable(statusText));
        QVERIFY2(statusText.startsWith(
                     portaltime::dayLabel(portaltime::today(), portaltime::today())), // "Vandaag"
                 qPrintable(statusText));

        // A sync writes the file again.
        QVERIFY(QFile::remove(path));
        QObject *session = controller()->session();
        QVERIFY(QMetaObject::invokeMethod(session, "syncNow"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 60000);
        QCOMPARE(int(eventsIn(path).size()), planned + closures);

        // Off: the page no longer names a file, and the file stays where it is.
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(keep));
        QTRY_VERIFY(!keep->property("checked").toBool());
        QTRY_VERIFY(!find(QStringLiteral("calendarKeptPath")));
        QVERIFY(QFile::exists(path));
        backToCalendar();
    }

    // The date picker: tapping a form's date opens the month at that date; a day tapped there is
    // the form's day; a day before the allowed first one ("Tot en met" before "Vanaf") becomes
    // that first day.
    // After a jump far ahead (a notification's day link), every day heading in view names the day
    // of the rows under it. Qt 6.4 reuses heading items; a heading that took its day from a
    // required property kept the day it was made for ("Donderdag 3 september" above Christmas).
    // A tapped care moment shows the request behind it (with cancel where allowed), or, for a
    // planned day without one, the moment itself with "Afwezigheid doorgeven" for that day.
    void aMomentOpensItsRequestOrItsDetail()
    {
        resize(1280, 800);
        QQuickItem *list = calendarList();
        QAbstractItemModel *model = modelOf(list);
        const QList<AgendaRequest> requests =
            RequestStore(*controller()->session()->account()->database()).requests();
        // The request (newest first, as the overview) whose bookings overlap a row; "" for none.
        const auto requestOf = [&](int row) {
            const QString child = role(model, row, "childId").toString();
            const qint64 start = qint64(role(model, row, "startTime").toDouble());
            const qint64 end = qint64(role(model, row, "endTime").toDouble());
            for (const AgendaRequest &request : requests)
                for (const RequestChild &c : request.children)
                    for (const RequestBooking &b : c.bookings)
                        if (c.childId == child && b.startTime < end && b.endTime > start)
                            return request.id;
            return QString();
        };
        int withRequest = -1;
        int plain = -1;
        for (int row = std::max(0, model->property("todayRow").toInt());
             row < model->rowCount() && (withRequest < 0 || plain < 0); ++row) {
            if (role(model, row, "childId").toString().isEmpty())
                continue; // a closing day
            const bool hasRequest = !requestOf(row).isEmpty();
            if (hasRequest && withRequest < 0)
                withRequest = row;
            if (!hasRequest && plain < 0)
                plain = row;
        }
        QVERIFY2(withRequest >= 0 && plain >= 0, qPrintable(QStringLiteral("%1 %2").arg(withRequest).arg(plain)));

        const auto tapRow = [&](int row) {
            controller()->open(QStringLiteral("agenda"),
                               QStringLiteral("day/") + role(model, row, "day").toString());
            QTRY_VERIFY(find(QStringLiteral("agendaStack")) &&
                        !find(QStringLiteral("agendaStack"))->property("busy").toBool()); // the pop has ended
            QQuickItem *item = nullptr;
            QTRY_VERIFY([&] {
                for (QQuickItem *candidate : rowsInView(list))
                    if (candidate->property("startTime").toDouble() == role(model, row, "startTime").toDouble() &&
                        candidate->property("childId") == role(model, row, "childId"))
                        return (item = candidate) != nullptr;
                return false;
            }());
            QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(item));
        };

        tapRow(withRequest);
        QQuickItem *detail = nullptr;
        QTRY_VERIFY((detail = find(QStringLiteral("requestDetailPage"))));
        QCOMPARE(detail->property("request").toMap().value(QStringLiteral("requestId")).toString(), requestOf(withRequest));

        tapRow(plain); // the link pops the stack back to the calendar first
        QQuickItem *moment = nullptr;
        QTRY_VERIFY((moment = find(QStringLiteral("momentPage"))));
        QVERIFY(!find(QStringLiteral("requestDetailPage")));
        QCOMPARE(moment->property("part").toMap().value(QStringLiteral("day")).toString(),
                 role(model, plain, "day").toString());
        QQuickItem *absence = nullptr;
        QTRY_VERIFY((absence = find(QStringLiteral("momentAbsence"))));
        QTRY_VERIFY(!find(QStringLiteral("agendaStack"))->property("busy").toBool()); // the push has ended
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(absence));
        QQuickItem *form = nullptr;
        QTRY_VERIFY((form = find(QStringLiteral("absenceForm"))));
        QCOMPARE(form->property("from").toString(), role(model, plain, "day").toString());
        // Back to the calendar, the form gone, for the tests after this one.
        controller()->open(QStringLiteral("agenda"), QStringLiteral("day/") + role(model, plain, "day").toString());
        QTRY_VERIFY(!find(QStringLiteral("absenceForm")));
        QTRY_VERIFY(!find(QStringLiteral("agendaStack"))->property("busy").toBool());
    }

    void aJumpShowsTheRightDayHeadings()
    {
        QQuickItem *list = calendarList();
        QAbstractItemModel *model = modelOf(list);
        const QString far = role(model, model->rowCount() * 2 / 3, "day").toString();
        controller()->open(QStringLiteral("agenda"), QStringLiteral("day/") + far);
        QTRY_COMPARE(rowsInView(list).value(0) ? rowsInView(list).first()->property("day").toString() : QString(), far);
        const QRectF view = inWindow(list);
        QList<QQuickItem *> all;
        windowsearch::collect(list, &all);
        const QList<QQuickItem *> rows = rowsInView(list);
        int headings = 0;
        for (QQuickItem *item : std::as_const(all)) {
            const QString text = item->property("text").toString();
            if (!item->inherits("QQuickText") || text.isEmpty() || !item->isVisible() ||
                !inWindow(item).intersects(view) || item->property("font").value<QFont>().weight() != QFont::Bold)
                continue;
            // The first row below the heading is its day's.
            QQuickItem *below = nullptr;
            for (QQuickItem *row : rows)
                if (inWindow(row).y() >= inWindow(item).bottom() - 1) {
                    below = row;
                    break;
                }
            if (!below)
                continue;
            const QString expected =
                portaltime::dayLabel(QDate::fromString(below->property("day").toString(), Qt::ISODate), portaltime::today());
            QCOMPARE(text.toLower(), expected.toLower());
            ++headings;
        }
        QVERIFY2(headings >= 2, qPrintable(QString::number(headings)));
    }

    void aDayIsPickedFromTheMonth()
    {
        resize(390, 844);
        calendarList();
        controller()->open(QStringLiteral("agenda"), QStringLiteral("absence"));
        QQuickItem *form = nullptr;
        QTRY_VERIFY((form = find(QStringLiteral("absenceForm"))));
        QList<QQuickItem *> all, buttons;
        windowsearch::collect(form, &all);
        for (QQuickItem *item : std::as_const(all)) {
            if (item->objectName() == QLatin1String("dayPickerButton") && item->isVisible())
                buttons << item;
        }
        QCOMPARE(buttons.size(), 2); // "Vanaf" and "Tot en met"
        // Where the page stands once its push has ended (it slides in).
        QTRY_COMPARE(inWindow(form).x(), 0.0);
        const auto openPicker = [&](QQuickItem *button) -> QObject * {
            QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(button));
            QObject *opened = nullptr;
            (void)QTest::qWaitFor([&] {
                for (QObject *popup : m_window->findChildren<QObject *>(QStringLiteral("dayPicker")))
                    if (popup->property("opened").toBool())
                        opened = popup;
                return opened != nullptr;
            });
            return opened;
        };
        const auto cellOf = [&](QObject *popup, const QString &isoDay) -> QQuickItem * {
            QList<QQuickItem *> items;
            windowsearch::collect(popup->property("contentItem").value<QQuickItem *>(), &items);
            for (QQuickItem *item : std::as_const(items))
                if (item->property("day").toString() == isoDay && item->isVisible())
                    return item;
            return nullptr;
        };
        const auto inPopup = [&](QObject *popup, const QString &name) {
            return windowsearch::find(popup->property("contentItem").value<QQuickItem *>(), name);
        };

        // "Vanaf": the 15th of next month.
        const QDate from = form->property("from").toString().isEmpty()
                               ? QDate()
                               : QDate::fromString(form->property("from").toString(), Qt::ISODate);
        QVERIFY(from.isValid());
        QObject *picker = openPicker(buttons.at(0));
        QVERIFY2(picker, "the month did not open");
        QVERIFY(cellOf(picker, from.toString(Qt::ISODate))); // at the form's month
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(inPopup(picker, QStringLiteral("nextMonth"))));
        const QDate wanted = QDate(from.year(), from.month(), 15).addMonths(1);
        QQuickItem *cell = nullptr;
        QTRY_VERIFY((cell = cellOf(picker, wanted.toString(Qt::ISODate))));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(cell));
        QTRY_VERIFY(!picker->property("visible").toBool());
        QTRY_COMPARE(form->property("from").toString(), wanted.toString(Qt::ISODate));
        QVERIFY2(buttons.at(0)->property("text").toString().contains(QLatin1String("15")),
                 qPrintable(buttons.at(0)->property("text").toString()));

        // "Tot en met": a day two months back is before "Vanaf": the form takes "Vanaf".
        picker = openPicker(buttons.at(1));
        QVERIFY2(picker, "the month did not open");
        for (int i = 0; i < 2; ++i)
            QTest::mouseClick(m_window, Qt::LeftButton, {},
                              centre(inPopup(picker, QStringLiteral("previousMonth"))));
        const QDate earlier = wanted.addMonths(-2);
        QTRY_VERIFY((cell = cellOf(picker, earlier.toString(Qt::ISODate))));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(cell));
        QTRY_VERIFY(!picker->property("visible").toBool());
        QCOMPARE(form->property("to").toString(), wanted.toString(Qt::ISODate));
        calendarList(); // off the form, back at the calendar
        QTRY_VERIFY(!find(QStringLiteral("absenceForm")));
    }

    // Item 3: a file that cannot be written (its folder is gone) is not there afterwards, and the
    // toast gives the reason.
    void aFileThatCannotBeWrittenSaysWhy()
    {
        resize(390, 844);
        calendarList();
        QTRY_VERIFY(find(QStringLiteral("agendaMore")));
        const QString path = m_files.filePath(QStringLiteral("weg/gezin.ics"));
        exportInto(m_files.path());
        saveInDialog(QStringLiteral("weg/gezin.ics"));
        const QString prefix =
            AgendaCalendarFile::tr("The calendar could not be saved: %1").arg(QString());
        QVERIFY(!prefix.isEmpty());
        const QString said = toastText([&](const QString &t) { return t.startsWith(prefix); });
        QVERIFY2(said.size() > prefix.size() + 3, qPrintable(said)); // a reason follows
        QVERIFY(!QFile::exists(path));
        backToCalendar();
    }

    // Every day part "Afwezigheid doorgeven" offers is reached by Tab and ticked with Space. The
    // every-page walk sees today's parts, which are open only before the portal's deadline; so a
    // run after midnight once met parts a keyboard could not reach. This test takes the first
    // planned day from tomorrow on, whose parts are open at any hour.
    void theAbsencePartsAreReachedByTab()
    {
        resize(390, 844);
        calendarList();
        const QDate tomorrow = portaltime::today().addDays(1);
        const QList<PlanningPart> planned =
            PlanningStore(*controller()->session()->account()->database())
                .parts(tomorrow, tomorrow.addDays(28));
        QVERIFY2(!planned.isEmpty(), "the demo plans care in the next four weeks");
        controller()->open(QStringLiteral("agenda"), QStringLiteral("absence"));
        QQuickItem *form = nullptr;
        QTRY_VERIFY((form = find(QStringLiteral("absenceForm"))));
        form->setProperty("from", planned.first().day.toString(Qt::ISODate));
        QList<QQuickItem *> parts;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                parts.clear();
                QList<QQuickItem *> all;
                windowsearch::collect(form, &all);
                for (QQuickItem *item : std::as_const(all))
                    if (item->objectName() == QLatin1String("absencePart") && item->isVisible() &&
                        item->isEnabled())
                        parts << item;
                return !parts.isEmpty();
            }(),
            10000);
        for (QQuickItem *part : std::as_const(parts)) {
            QVERIFY2(part->activeFocusOnTab(), qPrintable(part->property("text").toString()));
            part->forceActiveFocus(Qt::TabFocusReason);
            QTRY_VERIFY(part->hasActiveFocus());
            const bool checked = part->property("checked").toBool();
            QTest::keyClick(m_window, Qt::Key_Space);
            QTRY_COMPARE(part->property("checked").toBool(), !checked);
        }
        calendarList();
        QTRY_VERIFY(!find(QStringLiteral("absenceForm")));
    }
};

QTEST_MAIN(TestAgendaWindow)
#include "tst_agenda_window.moc"
