// SPDX-License-Identifier: GPL-3.0-or-later
// Mijn kind in the real window, driven as a parent does (issue 18's rough edges): the diary form
// at phone widths, refreshing, the wheel over a photo strip, where the timeline stands, zooming
// in the viewer, what saving says, and asking before logging out. One demo app for all of them
// (the demo server runs in-process), at phone size unless a test says otherwise.
#include "Application.h"
#include "ScreenshotPages.h"
#include "WindowSearch.h"
#include "accounts/AccountSession.h"
#include "db/Database.h"
#include "db/DraftStore.h"
#include "features/messages/MessageStore.h"
#include "features/timeline/DiaryBook.h"
#include "sync/SyncEngine.h"

#include <QDesktopServices>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QQuickItem>
#include <QScopeGuard>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace nestje;

class TestMyChildWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Application> m_app;
    QQuickWindow *m_window = nullptr;
    QTemporaryDir m_files;
    QList<QUrl> m_openedUrls;

    QQuickItem *root() const { return m_window->contentItem(); }
    AppController *controller() const { return m_app->controller(); }

    // Visible items named `name`, in tree order.
    QList<QQuickItem *> findAll(const QString &name) const
    {
        QList<QQuickItem *> all, named;
        windowsearch::collect(root(), &all);
        for (QQuickItem *item : all) {
            if (item->objectName() == name && item->isVisible())
                named << item;
        }
        return named;
    }
    // An item named `name`, visible or not.
    QQuickItem *findHidden(const QString &name) const
    {
        QList<QQuickItem *> all;
        windowsearch::collect(root(), &all);
        for (QQuickItem *item : all) {
            if (item->objectName() == name)
                return item;
        }
        return nullptr;
    }
    QQuickItem *find(const QString &name) const
    {
        const QList<QQuickItem *> named = findAll(name);
        return named.isEmpty() ? nullptr : named.first();
    }
    static QRectF inWindow(QQuickItem *item) { return windowsearch::inWindow(item); }
    static QPoint centre(QQuickItem *item) { return windowsearch::centre(item); }

    void wheel(QPointF at, QPoint angleDelta, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWheelEvent event(at, m_window->mapToGlobal(at), QPoint(), angleDelta, Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
        QGuiApplication::sendEvent(m_window, &event);
    }
    void drag(QPoint from, QPoint to)
    {
        QTest::mousePress(m_window, Qt::LeftButton, {}, from);
        constexpr int steps = 15;
        for (int i = 1; i <= steps; ++i) {
            QTest::mouseMove(m_window, from + (to - from) * i / steps, 16);
        }
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, to, 16);
    }

    // Types `text` key by key into the focused item, as a keyboard does.
    void typeText(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }
    void resize(int width, int height)
    {
        m_window->resize(width, height);
        QTRY_COMPARE(int(root()->width()), width);
    }
    // The timeline itself (no diary form, entry or viewer over it), synced.
    QQuickItem *timeline()
    {
        controller()->myChild()->open(QString()); // pops whatever is on the tab's stack
        if (QObject *viewer = m_window->findChild<QObject *>(QStringLiteral("photoViewer")))
            QMetaObject::invokeMethod(viewer, "close");
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!controller()->session()->isSyncing(), 60000); }();
        QQuickItem *list = nullptr;
        [&] {
            QTRY_VERIFY((list = find(QStringLiteral("timelineList"))));
            QTRY_VERIFY(!find(QStringLiteral("diaryForm")));
            waitForStack();
        }();
        return list;
    }
    // The tab's stack has finished sliding: what tests click is where it stays.
    void waitForStack()
    {
        QQuickItem *stack = find(QStringLiteral("myChildStack"));
        QVERIFY(stack);
        QTRY_VERIFY(!stack->property("busy").toBool());
    }
    QQuickItem *openDiaryForm()
    {
        timeline(); // no form of an earlier test still sliding out
        controller()->myChild()->open(QStringLiteral("diary"));
        QQuickItem *form = nullptr;
        [&] {
            QTRY_VERIFY((form = find(QStringLiteral("diaryForm"))));
            waitForStack();
        }();
        return form;
    }
    // At the top: the header (quick actions) in view, not just the first card.
    static bool atTop(QQuickItem *list)
    {
        // Where a flick to the top stops (ListView's atYBeginning).
        const qreal top = list->property("originY").toReal() - list->property("topMargin").toReal();
        return qAbs(contentY(list) - top) < 1;
    }
    static QString where(QQuickItem *list)
    {
        return QStringLiteral("contentY %1, originY %2, topMargin %3")
            .arg(contentY(list)).arg(list->property("originY").toReal()).arg(list->property("topMargin").toReal());
    }
    static qreal contentY(QQuickItem *list) { return list->property("contentY").toReal(); }
    // "Opgeslagen in Afbeeldingen › Nestje › Daan" for a file saved in `folder` under Pictures.
    static QString savedIn(const QString &folder)
    {
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        QStringList names{QCoreApplication::translate("Folders", "Pictures")};
        names << folder.mid(pictures.size() + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        return QCoreApplication::translate("Folders", "Saved in %1")
            .arg(names.join(QStringLiteral(" › ")));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QVERIFY(m_files.isValid());
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "recordOpenedUrl");

        AppOptions options;
        options.demo = true;
        options.language = QStringLiteral("nl");
        m_app = std::make_unique<Application>(options);
        QVERIFY(m_app->start());
        m_window = m_app->window();
        QVERIFY(m_window);
        m_window->resize(390, 844);
        QTRY_COMPARE_WITH_TIMEOUT(controller()->screen(), AppController::MainScreen, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->session()->isSyncing(), 60000);
        QVERIFY(controller()->myChild()->timeline()->children().size() > 1); // the Kind dropdown shows
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        m_app.reset();
    }

    // Item 4: a parent opening the app with a saved login sees the top of the timeline (the
    // quick actions and the newest card), not a place halfway down. The first test: nothing has
    // scrolled the list yet.
    void theTimelineOpensAtItsTop()
    {
        QQuickItem *list = find(QStringLiteral("timelineList"));
        QVERIFY(list);
        QTRY_VERIFY(list->property("count").toInt() > 0);
        QTest::qWait(200); // the rows and the header have their final sizes
        QVERIFY2(atTop(list), qPrintable(where(list)));
    }

    // The spinner under the last card loaded runs only when it can be seen: running below the
    // screen it redrew the whole window 60 times a second while the parent read the top (1.6
    // cores under Xvfb; a phone's battery).
    void noSpinnerRunsOutOfSight()
    {
        QQuickItem *list = timeline();
        QVERIFY(list);
        QMetaObject::invokeMethod(list, "positionViewAtBeginning");
        QObject *model = list->property("model").value<QObject *>();
        QVERIFY(model);
        QVERIFY2(model->property("hasMore").toBool(), "the demo's timeline is longer than a page");
        QQuickItem *spinner = findHidden(QStringLiteral("timelineMoreSpinner")); // hidden while it does not run
        QVERIFY(spinner);
        QTRY_VERIFY(!spinner->property("running").toBool());
        // At the end of what is loaded it shows while the next page comes.
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        QTRY_VERIFY(spinner->property("running").toBool() || !model->property("hasMore").toBool());
    }

    // Item 4: the header above the first card grows after the list was laid out (at phone width
    // the quick actions wrap to a second row once the window has its width, the child filter
    // appears once the children are known). A list at its top stays at its top; it used to keep
    // its contentY and so rest below its top with the quick actions half hidden.
    void theTimelineStaysAtItsTopWhenItsHeaderGrows()
    {
        resize(1280, 800);
        QQuickItem *list = timeline();
        QVERIFY(list);
        QVERIFY(QMetaObject::invokeMethod(find(QStringLiteral("page_mijnkind")), "scrollToTop"));
        QTRY_VERIFY2(atTop(list), qPrintable(where(list)));
        const qreal wideOrigin = list->property("originY").toReal();
        resize(360, 720);
        QTRY_VERIFY(list->property("originY").toReal() < wideOrigin - 1); // the header grew
        QTest::qWait(100);
        QVERIFY2(atTop(list), qPrintable(where(list)));
        resize(390, 844);
    }

    // Item 1: at phone widths nothing of the form runs off the right edge and "Versturen" reads
    // whole (it was squeezed to "Vers", and the hint text and dropdown arrows were cut).
    void theDiaryFormFitsAPhone_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("390") << 390;
        QTest::newRow("360") << 360;
    }
    void theDiaryFormFitsAPhone()
    {
        QFETCH(int, width);
        resize(width, 780);
        QQuickItem *form = openDiaryForm();
        QTRY_COMPARE(int(form->width()), width);
        QTRY_COMPARE(inWindow(form).left(), 0.0);
        // The daycare takes videos: the longest label the add button has (the test runs in Dutch).
        QCOMPARE(find(QStringLiteral("addMediaButton"))->property("text").toString(),
                 QStringLiteral("Foto's of video's toevoegen"));
        for (const QString &name : {QStringLiteral("childBox"), QStringLiteral("dayBox"), QStringLiteral("diaryText"),
                                    QStringLiteral("addMediaButton"), QStringLiteral("sendDiaryButton")}) {
            QQuickItem *item = find(name);
            QVERIFY2(item, qPrintable(name));
            const QRectF rect = inWindow(item);
            QVERIFY2(rect.left() >= 0 && rect.right() <= width + 0.5,
                     qPrintable(QStringLiteral("%1 spans %2..%3 of %4").arg(name).arg(rect.left()).arg(rect.right()).arg(width)));
        }
        QQuickItem *send = find(QStringLiteral("sendDiaryButton"));
        const auto *label = send->property("contentItem").value<QQuickItem *>();
        QVERIFY(label);
        QCOMPARE(send->property("text").toString(), QStringLiteral("Versturen"));
        QVERIFY2(label->width() + 0.5 >= label->implicitWidth(),
                 qPrintable(QStringLiteral("the label has %1 px for %2").arg(label->width()).arg(label->implicitWidth())));
    }

    // Item 9: the day in the Dag dropdown reads as the timeline's day heading ("Vrijdag 27
    // november", not "vrijdag 27 november").
    void theDayDropdownIsCapitalisedAsTheTimeline()
    {
        resize(390, 844);
        openDiaryForm();
        QQuickItem *day = find(QStringLiteral("dayBox"));
        QVERIFY(day);
        for (int offset : {0, 1, 3, 9}) {
            day->setProperty("currentIndex", offset);
            const QString shown = day->property("displayText").toString();
            QVERIFY2(!shown.isEmpty() && shown.at(0).isUpper(), qPrintable(shown));
        }
    }

    // The crash lost what the parent typed: what is typed into the real form is on disk shortly
    // after (before any crash could take it), and a form opened again shows it.
    void whatIsTypedInTheDiaryFormIsOnDisk()
    {
        resize(390, 844);
        timeline();
        QVERIFY(DraftStore(*controller()->session()->account()->database()).save(QStringLiteral("diary"), {}));
        openDiaryForm();
        QQuickItem *text = find(QStringLiteral("diaryText"));
        QVERIFY(text);
        text->forceActiveFocus();
        QTRY_VERIFY(text->hasActiveFocus());
        const QString typed = QStringLiteral("Oma haalt hem op");
        typeText(typed);
        QCOMPARE(text->property("text").toString(), typed);
        // The form is still open: the draft is on disk without leaving it.
        QTRY_COMPARE_WITH_TIMEOUT(DraftStore(*controller()->session()->account()->database())
                                      .load(QStringLiteral("diary")).value_or(DraftStore::Draft{}).text,
                                  typed, 5000);
        QVERIFY(find(QStringLiteral("diaryForm")));
        // Away and back: the text is there again.
        timeline();
        openDiaryForm();
        QTRY_COMPARE(find(QStringLiteral("diaryText"))->property("text").toString(), typed);
        QVERIFY(DraftStore(*controller()->session()->account()->database()).save(QStringLiteral("diary"), {}));
    }

    // Item 9: "Schrijf een paar woorden of voeg een foto toe." goes away once the parent types.
    void theEmptyFormRemarkGoesOnceTypingStarts()
    {
        resize(390, 844);
        timeline();
        QVERIFY(DraftStore(*controller()->session()->account()->database()).save(QStringLiteral("diary"), {}));
        openDiaryForm();
        QQuickItem *text = find(QStringLiteral("diaryText"));
        QVERIFY(text);
        QCOMPARE(text->property("text").toString(), QString());
        QQuickItem *send = find(QStringLiteral("sendDiaryButton"));
        QVERIFY(send);
        QVERIFY(QMetaObject::invokeMethod(send, "clicked")); // it may lie below the fold at phone size
        QQuickItem *problem = nullptr;
        QTRY_VERIFY((problem = find(QStringLiteral("diaryProblem"))));
        QVERIFY(!problem->property("text").toString().isEmpty());
        QVERIFY(find(QStringLiteral("diaryForm"))); // not sent
        text->forceActiveFocus();
        typeText(QStringLiteral("M"));
        QTRY_VERIFY(!find(QStringLiteral("diaryProblem")));
        QVERIFY(DraftStore(*controller()->session()->account()->database()).save(QStringLiteral("diary"), {}));
    }

    // Item 5: the open Kind and Dag lists are opaque cards: with the software renderer Material's
    // background drew nothing, and the items lay over the form.
    void theOpenDropdownsCoverTheForm()
    {
        resize(390, 844);
        openDiaryForm();
        for (const char *name : {"childBox", "dayBox"}) {
            QQuickItem *box = find(QString::fromLatin1(name));
            QVERIFY2(box, name);
            auto *popup = box->property("popup").value<QObject *>();
            QVERIFY(popup);
            const QImage before = m_window->grabWindow();
            QVERIFY(QMetaObject::invokeMethod(popup, "open"));
            QTRY_VERIFY(popup->property("opened").toBool());
            auto *card = popup->property("background").value<QQuickItem *>();
            QVERIFY(card);
            QCOMPARE(card->property("color").value<QColor>().alpha(), 255);
            QTest::qWait(100);
            const QImage open = m_window->grabWindow();
            const qreal dpr = qreal(open.width()) / m_window->width();
            // A column near the card's right edge, where no item text is. Where the form behind
            // had another colour than the card, the open list must not show the form's pixel
            // (a highlighted row has its own tint: that counts as covered).
            const QColor colour = card->property("color").value<QColor>();
            const QRectF area = inWindow(card).adjusted(4, 12, -4, -12);
            int compared = 0, throughTheCard = 0;
            for (int i = 0; i < 16; ++i) {
                const QPoint at = (QPointF(area.right() - 6, area.top() + area.height() * (i + 0.5) / 16) * dpr).toPoint();
                if (before.pixelColor(at) == colour)
                    continue;
                ++compared;
                if (open.pixelColor(at) == before.pixelColor(at))
                    ++throughTheCard;
            }
            QVERIFY2(compared > 0, name); // the form behind differs somewhere, or the test sees nothing
            QVERIFY2(throughTheCard == 0, qPrintable(QStringLiteral("%1: the form shows through at %2 of %3 points")
                                                        .arg(QLatin1String(name)).arg(throughTheCard).arg(compared)));
            QVERIFY(QMetaObject::invokeMethod(popup, "close"));
            QTRY_VERIFY(!popup->property("visible").toBool());
        }
    }

    // Item 9: an attached photo is cropped to a square, not stretched or spilling over its
    // neighbours, and its remove button is a finger's size.
    void anAttachedPhotoKeepsItsShape()
    {
        resize(390, 844);
        // 400 x 200: a green quarter, a red half, a blue quarter. A square crop shows only red.
        QImage wide(400, 200, QImage::Format_RGB32);
        wide.fill(Qt::red);
        QPainter painter(&wide);
        painter.fillRect(0, 0, 100, 200, Qt::green);
        painter.fillRect(300, 0, 100, 200, Qt::blue);
        painter.end();
        const QString file = m_files.filePath(QStringLiteral("wide.png"));
        QVERIFY(wide.save(file));
        timeline(); // the last form is gone (it saves its own draft as it goes)
        QVERIFY(DraftStore(*controller()->session()->account()->database())
                    .save(QStringLiteral("diary"), {QStringLiteral("Met een foto"), {QUrl::fromLocalFile(file)}, 1}));

        openDiaryForm();
        QQuickItem *image = nullptr;
        QTRY_VERIFY((image = find(QStringLiteral("attachmentImage"))));
        QTRY_COMPARE(image->property("status").toInt(), 1); // Image.Ready
        QQuickItem *remove = find(QStringLiteral("removeAttachmentButton"));
        QVERIFY(remove);
        QVERIFY2(remove->width() >= 40 && remove->height() >= 40,
                 qPrintable(QStringLiteral("%1 x %2").arg(remove->width()).arg(remove->height())));

        QTest::qWait(100);
        const QImage shot = m_window->grabWindow();
        const QRectF rect = inWindow(image);
        const qreal dpr = shot.width() / m_window->width();
        auto pixel = [&](qreal x, qreal y) { return shot.pixelColor(QPointF(x * dpr, y * dpr).toPoint()); };
        const QColor inside = pixel(rect.left() + 4, rect.center().y());
        QVERIFY2(inside.red() > 200 && inside.green() < 60, qPrintable(inside.name())); // red: cropped, not squeezed
        const QColor besides = pixel(rect.left() - 4, rect.center().y());
        QVERIFY2(!(besides.green() > 200 && besides.red() < 60), qPrintable(besides.name())); // nothing spills out
        const QColor below = pixel(rect.center().x(), rect.bottom() + 4);
        QVERIFY2(below.red() < 200 || below.green() > 60, qPrintable(below.name()));

        // Clean up: the remove button takes it off again.
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(remove));
        QTRY_VERIFY(!find(QStringLiteral("attachmentImage")));
    }

    // Item 1: below 840 px there is a refresh button, and pulling the list down with a mouse
    // refreshes as a finger does.
    void aPhoneCanRefresh()
    {
        resize(390, 844);
        timeline();
        QQuickItem *refresh = nullptr;
        QTRY_VERIFY((refresh = find(QStringLiteral("refreshButton"))));
        QSignalSpy syncing(controller()->session(), SIGNAL(syncStateChanged()));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(refresh));
        QTRY_VERIFY(syncing.count() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->session()->isSyncing(), 60000);
    }
    // A timeline that could not be updated says why at the top of Mijn kind, as Berichten does
    // for its conversations (Mijn kind said "Bijgewerkt" whatever happened to its timeline).
    // Here the cache takes no writes, as on a full disk.
    void aTimelineThatCouldNotBeSavedSaysSo()
    {
        timeline();
        Session *session = controller()->session();
        Database *db = session->account()->database();
        auto writable = qScopeGuard([&] {
            db->exec(QStringLiteral("PRAGMA query_only = 0"));
            session->syncNow();
            QTRY_VERIFY_WITH_TIMEOUT(!session->isSyncing(), 60000);
        });
        QVERIFY(db->exec(QStringLiteral("PRAGMA query_only = 1")));
        session->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(session->isSyncing(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isSyncing(), 60000);
        QCOMPARE(session->account()->sync()->status(QStringLiteral("timeline")).error.kind, ApiError::Kind::Storage);
        const QString note = session->staleNote(QStringLiteral("timeline"));
        QVERIFY(!note.isEmpty());
        QQuickItem *page = find(QStringLiteral("page_mijnkind"));
        QVERIFY(page);
        QTRY_COMPARE(page->property("subtitle").toString(), note);
    }
    // Item 1: pressing on the newest card with the list at the top, moving the mouse down
    // slowly and letting go starts a sync, at the release and not before; a short way down does
    // not. (Its first test watched the session's status, which changes by itself, and passed
    // without a refresh.)
    void pullingDownWithAMouseRefreshes()
    {
        resize(390, 844);
        QQuickItem *list = timeline();
        QVERIFY(list);
        QMetaObject::invokeMethod(list, "positionViewAtBeginning");
        list->setProperty("contentY", list->property("originY").toReal() - list->property("topMargin").toReal());
        QTRY_VERIFY2(atTop(list), qPrintable(where(list)));
        QQuickItem *card = nullptr;
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, card), Q_ARG(int, 0));
        QVERIFY(card);
        const QRectF cardRect = inWindow(card);
        QPoint from(int(cardRect.center().x()), int(qMax(cardRect.top() + 20, 0.0)));
        QVERIFY2(from.y() > 0 && from.y() < 500, qPrintable(QString::number(from.y())));

        SyncEngine *engine = controller()->session()->account()->sync();
        QSignalSpy runs(engine, &SyncEngine::runningChanged);
        QTest::qWait(500);
        QCOMPARE(runs.count(), 0); // nothing else syncs meanwhile

        const auto pull = [&](int distance) {
            QTest::mousePress(m_window, Qt::LeftButton, {}, from);
            // Slowly (200 px/s): a list dragged slowly by a mouse hardly moves past its top.
            for (int y = 4; y <= distance; y += 4)
                QTest::mouseMove(m_window, from + QPoint(0, y), 20);
            QTest::qWait(100);
        };
        // A short way down is no pull.
        pull(40);
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, from + QPoint(0, 40), 16);
        QTest::qWait(500);
        QCOMPARE(runs.count(), 0);
        QVERIFY(!find(QStringLiteral("journalEntryPage"))); // and no tap on the card either
        // A normal pull, 120 px, from where the list rests in the real window at phone width:
        // a little below its top (the header grows after the first layout; under Xvfb the
        // quick actions were half out of view). The first 52 px take the list to its top (the
        // drag threshold and 40 px), the rest is the pull: the hint shows while pulling, the
        // sync starts when letting go. (With the pull counted only from a press with the list
        // exactly at its top, this did not refresh; the old test pulled 240 px from the top.)
        const qreal top = list->property("originY").toReal() - list->property("topMargin").toReal();
        list->setProperty("contentY", top + 40);
        QTRY_COMPARE(list->property("contentY").toReal(), top + 40);
        QVERIFY(!list->property("atYBeginning").toBool());
        const QRectF below = inWindow(card);
        from = QPoint(int(below.center().x()), int(qMax(below.top() + 20, 0.0)));
        pull(120);
        QCOMPARE(runs.count(), 0);
        QTRY_VERIFY(find(QStringLiteral("pullHint")));
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, from + QPoint(0, 120), 16);
        QTRY_VERIFY_WITH_TIMEOUT(runs.count() > 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->session()->isSyncing(), 60000);
    }

    // Item 3: a vertical wheel over a long photo strip scrolls the page, not the strip; Shift
    // and the wheel scroll the strip. (A horizontal wheel is the ListView's own; a synthetic one
    // did not move it here, so it is not asserted.)
    void theWheelOverAPhotoStripScrollsThePage()
    {
        resize(1280, 800);
        QQuickItem *list = timeline();
        QVERIFY(list);
        QQuickItem *strip = nullptr;
        int stripRow = -1;
        // A card with a series wider than the window, in the middle of it.
        TimelineModel *model = controller()->myChild()->timeline();
        // Which day has one depends on the date the demo is seeded on: page on until one is found.
        for (int row = 0; !strip && row < 200; ++row) {
            if (row >= model->rowCount() && model->canFetchMore({}))
                model->fetchMore({});
            if (row >= model->rowCount())
                break;
            if (model->get(row).value(QStringLiteral("media")).toList().size() < 6)
                continue;
            QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, 1 /* ListView.Center */));
            QTest::qWait(50);
            QQuickItem *delegate = nullptr;
            QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, delegate), Q_ARG(int, row));
            QList<QQuickItem *> inside;
            if (delegate)
                windowsearch::collect(delegate, &inside);
            for (QQuickItem *candidate : inside) {
                if (candidate->objectName() == QLatin1String("mediaStrip") && candidate->isVisible()
                    && candidate->property("contentWidth").toReal() > candidate->width() + 10) {
                    strip = candidate;
                    stripRow = row;
                    break;
                }
            }
        }
        QVERIFY2(strip, "no photo strip wider than the window in the demo timeline");
        // A tall card (long text above its strip) may leave the strip below the window even
        // with the card centred: bring the strip itself to the middle of the list.
        const qreal offCentre = inWindow(strip).center().y() - inWindow(list).center().y();
        if (qAbs(offCentre) > list->height() / 4) {
            list->setProperty("contentY", contentY(list) + offCentre);
            QTest::qWait(50);
        }
        QVERIFY2(inWindow(list).contains(inWindow(strip).center()), "the strip is not in view");
        const QPoint over = centre(strip);
        const qreal before = contentY(list);
        const qreal stripBefore = strip->property("contentX").toReal();

        // Up (the way down may be at the end of what is loaded); a wheel flick's speed depends on
        // the time between notches, so a few notches until it shows.
        for (int notch = 0; notch < 10 && contentY(list) > before - 10; ++notch) {
            wheel(over, QPoint(0, 120));
            QTest::qWait(200);
        }
        QTRY_VERIFY2(contentY(list) < before - 10, qPrintable(QStringLiteral("the page stayed at %1").arg(contentY(list))));
        QCOMPARE(strip->property("contentX").toReal(), stripBefore);

        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, stripRow), Q_ARG(int, 1 /* ListView.Center */));
        QTest::qWait(50);
        list->setProperty("contentY", contentY(list) + inWindow(strip).center().y() - inWindow(list).center().y());
        QTest::qWait(50);
        const QPoint stillOver = centre(strip);
        wheel(stillOver, QPoint(0, -120), Qt::ShiftModifier);
        QTRY_VERIFY(strip->property("contentX").toReal() > stripBefore + 10);
    }

    // Item 4: a second tap on the Mijn kind tab goes back to the top.
    void tappingTheTabAgainScrollsToTheTop()
    {
        resize(390, 844);
        QQuickItem *list = timeline();
        QVERIFY(list);
        list->setProperty("contentY", contentY(list) + 2000);
        QTest::qWait(50);
        QVERIFY(!atTop(list));
        QQuickItem *tab = find(QStringLiteral("tab_mijnkind"));
        QVERIFY(tab);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(tab));
        QTRY_VERIFY2(atTop(list), qPrintable(where(list)));
    }

    // Item 4: after "Versturen" the timeline shows the new entry whole, at the top, from
    // wherever the parent was.
    void aSentEntryIsInViewAtTheTop()
    {
        resize(390, 844);
        QQuickItem *list = timeline();
        QVERIFY(list);
        list->setProperty("contentY", contentY(list) + 1500);
        QTest::qWait(50);
        QVERIFY(!atTop(list));

        openDiaryForm();
        QQuickItem *text = find(QStringLiteral("diaryText"));
        QVERIFY(text);
        const QString words = QStringLiteral("Vanmiddag haalt opa hem op (test %1).").arg(QDateTime::currentMSecsSinceEpoch());
        text->setProperty("text", words);
        QQuickItem *send = find(QStringLiteral("sendDiaryButton"));
        QVERIFY(QMetaObject::invokeMethod(send, "clicked"));
        QTRY_VERIFY(!find(QStringLiteral("diaryForm")));
        QCOMPARE(controller()->currentTab(), 0);
        waitForStack();
        QTRY_VERIFY2(atTop(list), qPrintable(where(list)));
        QTRY_COMPARE(controller()->myChild()->timeline()->get(0).value(QStringLiteral("text")).toString(), words);
        // Its card lies whole inside the list, once its delegate is laid out: under load (CI of
        // d3201b2) the first look caught the new card at 664 px high, its settled height 131.
        QQuickItem *first = nullptr;
        QVERIFY(QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, first), Q_ARG(int, 0)));
        QVERIFY(first);
        const auto cardInView = [&] {
            const QRectF card = inWindow(first), view = inWindow(list);
            return card.top() >= view.top() - 1 && card.bottom() <= view.bottom() + 2; // rounding
        };
        const auto placed = [&] {
            const QRectF card = inWindow(first), view = inWindow(list);
            return QStringLiteral("card %1..%2 in view %3..%4").arg(card.top()).arg(card.bottom()).arg(view.top()).arg(view.bottom());
        };
        QTRY_VERIFY2(cardInView(), qPrintable(placed()));
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->session()->isSyncing(), 60000);
    }

    // Item 4: a card that arrives above the ones shown (a sync after a restart, an entry written
    // elsewhere) comes into view when the list was at the top; the list used to stay on the old
    // first card, which pushed the view down ("halfway down at vrijdag 13 november").
    void aCardArrivingAtTheTopComesIntoView()
    {
        resize(390, 844);
        QQuickItem *list = timeline();
        QVERIFY(list);
        QMetaObject::invokeMethod(list, "positionViewAtBeginning");
        list->setProperty("contentY", list->property("originY").toReal() - list->property("topMargin").toReal());
        QTRY_VERIFY2(atTop(list), qPrintable(where(list)));
        QTest::qWait(100);
        const QString words = QStringLiteral("Geschreven op een ander moment (%1).").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(controller()->myChild()->diary()->write(controller()->myChild()->timeline()->children().first().toMap()
                                                           .value(QStringLiteral("id")).toString(), 0, words, {}));
        QTRY_COMPARE(controller()->myChild()->timeline()->get(0).value(QStringLiteral("text")).toString(), words);
        QTest::qWait(200); // the list lays the new row out
        QVERIFY2(atTop(list), qPrintable(where(list)));
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->session()->isSyncing(), 60000);
    }

    // Item 6: the wheel and a double-click zoom around the pointer, a second double-click zooms out.
    void theViewerZoomsAroundThePointer()
    {
        resize(1280, 800);
        timeline();
        controller()->myChild()->open(screenshotPage(QStringLiteral("viewer"))->target(*controller()->session()->account()->database()));
        QQuickItem *viewerList = nullptr;
        QTRY_VERIFY((viewerList = find(QStringLiteral("viewerList"))));
        QQuickItem *slide = nullptr;
        QTRY_VERIFY((slide = viewerList->property("currentItem").value<QQuickItem *>()));
        QTRY_VERIFY(slide->width() > 1000);
        QTest::qWait(300); // the viewer's open transition
        auto *area = slide->childItems().value(0);
        QVERIFY(area && area->inherits("QQuickFlickable"));
        const QPointF origin = inWindow(slide).topLeft();

        // The point under the pointer stays under it: content x of that point = (x + contentX) / zoom.
        const QPointF pointer(300, 250);
        wheel(origin + pointer, QPoint(0, 120));
        QTRY_VERIFY(slide->property("zoom").toReal() > 1.1);
        const qreal zoom = slide->property("zoom").toReal();
        QVERIFY2(qAbs(area->property("contentX").toReal() - pointer.x() * (zoom - 1)) < 2,
                 qPrintable(QStringLiteral("contentX %1 at zoom %2").arg(area->property("contentX").toReal()).arg(zoom)));
        QVERIFY(qAbs(area->property("contentY").toReal() - pointer.y() * (zoom - 1)) < 2);

        QMetaObject::invokeMethod(slide, "zoomTo", Q_ARG(QVariant, 1));
        QCOMPARE(slide->property("zoom").toReal(), 1.0);
        QTest::qWait(500); // not a double-click with the wheel's
        const QPointF tap(900, 500);
        QTest::mouseDClick(m_window, Qt::LeftButton, {}, (origin + tap).toPoint());
        QTRY_VERIFY2(slide->property("zoom").toReal() > 2, "a double-click zooms in");
        const qreal zoomed = slide->property("zoom").toReal();
        QVERIFY2(qAbs(area->property("contentX").toReal() - tap.x() * (zoomed - 1)) < 2,
                 qPrintable(QStringLiteral("contentX %1 at zoom %2").arg(area->property("contentX").toReal()).arg(zoomed)));
        QTest::qWait(800);
        QTest::mouseDClick(m_window, Qt::LeftButton, {}, (origin + tap).toPoint());
        QTRY_COMPARE(slide->property("zoom").toReal(), 1.0);
    }

    // Item 7: "Downloaden" in the viewer confirms where the photo went, as folder names, with an
    // action that opens that folder.
    void downloadingInTheViewerConfirms()
    {
        QQuickItem *button = find(QStringLiteral("viewerDownloadButton"));
        if (!button) {
            resize(1280, 800);
            timeline();
            controller()->myChild()->open(screenshotPage(QStringLiteral("viewer"))->target(*controller()->session()->account()->database()));
            QTRY_VERIFY((button = find(QStringLiteral("viewerDownloadButton"))));
        }
        QSignalSpy downloaded(controller()->myChild()->files(), SIGNAL(downloaded(QString, QString)));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(button));
        QTRY_COMPARE_WITH_TIMEOUT(downloaded.count(), 1, 30000);
        const QString path = downloaded.at(0).at(1).toString();
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        QVERIFY2(path.startsWith(pictures + QLatin1Char('/')), qPrintable(path));
        const QString folder = QFileInfo(path).absolutePath();
        const QString expected = savedIn(folder);

        QQuickItem *toastText = nullptr;
        QTRY_VERIFY((toastText = find(QStringLiteral("toastText"))) && toastText->property("text").toString() == expected);
        QVERIFY2(expected.contains(QStringLiteral(" › Nestje › ")), qPrintable(expected));
        QQuickItem *action = find(QStringLiteral("toastAction"));
        QVERIFY(action);
        m_openedUrls.clear();
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(action));
        QTRY_COMPARE(m_openedUrls.size(), 1);
        QCOMPARE(QDir(m_openedUrls.first().toLocalFile()).absolutePath(), folder);

        // A diary PDF saved in the home folder (where the save dialog opens without a Documents
        // folder) is named as the home folder too, not "/home/sanne".
        QVariant inHome;
        QVERIFY(QMetaObject::invokeMethod(find(QStringLiteral("page_mijnkind")), "folderName", Q_RETURN_ARG(QVariant, inHome),
                                          Q_ARG(QVariant, QDir::homePath() + QStringLiteral("/Dagboek Daan.pdf"))));
        QCOMPARE(inHome.toString(), QCoreApplication::translate("Folders", "Home folder"));
    }

    // Issue 11: a conversation's photos open in Mijn kind's viewer, at the photo tapped, and step
    // through that conversation's photos in the order it shows them; "Downloaden" there saves
    // under Afbeeldingen › Nestje › <kind> and says so over the viewer.
    void aConversationsPhotosOpenInTheViewer()
    {
        resize(1280, 800);
        // downloadingInTheViewerConfirms leaves Mijn kind's viewer open over the window: a tap
        // on a thumbnail under it closed the viewer instead (where the thumbnail lands depends
        // on the day headings: it failed just after midnight in Amsterdam).
        if (QQuickItem *open = find(QStringLiteral("viewerList")); open && open->isVisible()) {
            QTest::keyClick(m_window, Qt::Key_Escape);
            QTRY_VERIFY(!open->isVisible());
        }
        timeline();
        // The conversation with photos, and its photos in the order it shows them.
        QString threadId;
        QStringList shown;
        MessageStore store(*controller()->session()->account()->database());
        for (const MessageThread &t : store.threads()) {
            for (const ThreadMessage &m : store.messages(t.id)) {
                for (const MessageAttachment &a : m.attachments) {
                    if (a.kind == MessageAttachment::Kind::Photo &&
                        (threadId.isEmpty() || threadId == t.id)) {
                        threadId = t.id;
                        shown << a.id;
                    }
                }
            }
        }
        QVERIFY2(shown.size() > 1, "the demo has a conversation of several photos");
        controller()->open(QStringLiteral("berichten"), QStringLiteral("thread/") + threadId);
        QQuickItem *conversation = nullptr;
        QTRY_VERIFY((conversation = find(QStringLiteral("conversationView"))));
        QTRY_COMPARE(conversation->property("threadId").toString(), threadId);
        // Its thumbnails load (from the media cache), in the conversation's order.
        QList<QQuickItem *> thumbs;
        QTRY_COMPARE_WITH_TIMEOUT((thumbs = findAll(QStringLiteral("photo"))).size(),
                                  int(shown.size()), 15000);
        for (QQuickItem *thumb : std::as_const(thumbs))
            QTRY_COMPARE_WITH_TIMEOUT(thumb->property("status").toInt(), 1 /* Image.Ready */,
                                      15000);

        const auto viewerShows = [&](const QString &mediaId) {
            QQuickItem *slides = find(QStringLiteral("viewerList"));
            auto *slide = slides ? slides->property("currentItem").value<QQuickItem *>() : nullptr;
            return slide && slide->property("mediaId").toString() == mediaId;
        };
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(thumbs.first()));
        QTRY_VERIFY2(viewerShows(shown.first()), "the viewer opens at the photo tapped");
        QQuickItem *slides = find(QStringLiteral("viewerList"));
        QCOMPARE(slides->property("count").toInt(), int(shown.size()));
        // Its image loads.
        auto *slide = slides->property("currentItem").value<QQuickItem *>();
        QQuickItem *image = nullptr;
        const auto findImage = [&] {
            QList<QQuickItem *> all;
            windowsearch::collect(slide, &all);
            for (QQuickItem *item : all)
                if (item->objectName() == QLatin1String("viewerImage"))
                    return item;
            return static_cast<QQuickItem *>(nullptr);
        };
        QVERIFY((image = findImage()));
        QTRY_VERIFY_WITH_TIMEOUT(image->property("loaded").toBool(), 15000);
        QVERIFY(image->property("paintedWidth").toReal() > 0 &&
                image->property("paintedHeight").toReal() > 0);
        // → the next photo of the conversation.
        QTest::qWait(300); // the viewer's open transition
        QTest::keyClick(m_window, Qt::Key_Right);
        QTRY_VERIFY2(viewerShows(shown.at(1)), "→ shows the conversation's next photo");

        // "Downloaden" saves it and says where, over the viewer.
        QQuickItem *button = nullptr;
        QTRY_VERIFY((button = find(QStringLiteral("viewerDownloadButton"))));
        QSignalSpy downloaded(controller()->myChild()->files(),
                              SIGNAL(downloaded(QString, QString)));
        QSignalSpy failed(controller()->myChild()->files(),
                          SIGNAL(downloadFailed(QString, QString)));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(button));
        QTRY_VERIFY_WITH_TIMEOUT(downloaded.count() + failed.count() > 0, 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QCOMPARE(downloaded.at(0).at(0).toString(), shown.at(1));
        const QString path = downloaded.at(0).at(1).toString();
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        QVERIFY2(path.startsWith(pictures + QStringLiteral("/Nestje/")), qPrintable(path));
        QVERIFY(QImage(path).width() > 0);
        const QString expected = savedIn(QFileInfo(path).absolutePath());
        QQuickItem *toast = nullptr; // the viewer's (visible only while it says something)
        QTRY_VERIFY2(
            (toast = find(QStringLiteral("viewerToast"))) &&
                toast->property("text").toString() == expected,
            qPrintable(toast ? toast->property("text").toString() : QStringLiteral("no toast")));

        // Closed and opened at the last photo: it starts there, not at the first.
        QObject *viewer = m_window->findChild<QObject *>(QStringLiteral("conversationPhotoViewer"));
        QVERIFY(viewer);
        QMetaObject::invokeMethod(viewer, "close");
        QTRY_VERIFY(!find(QStringLiteral("viewerList")));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(thumbs.last()));
        QTRY_VERIFY2(viewerShows(shown.last()), "the viewer opens at the photo tapped");
        QMetaObject::invokeMethod(viewer, "close");
        QTRY_VERIFY(!find(QStringLiteral("viewerList")));
        controller()->open(QStringLiteral("mijnkind"), QString());
    }

    // Item 7: saving the diary as PDF confirms where it went, with a way to open the folder.
    void savingTheDiaryConfirms()
    {
        resize(1280, 800);
        timeline();
        controller()->myChild()->open(screenshotPage(QStringLiteral("journal"))->target(*controller()->session()->account()->database()));
        QQuickItem *picker = nullptr;
        QTRY_VERIFY((picker = findHidden(QStringLiteral("diarySavePicker")))); // a FilePicker is never visible
        const QString file = m_files.filePath(QStringLiteral("Dagboek.pdf"));
        QSignalSpy saved(controller()->myChild()->book(), SIGNAL(saved(QString)));
        QVERIFY(QMetaObject::invokeMethod(picker, "picked", Q_ARG(QVariant, QVariantList{QUrl::fromLocalFile(file)})));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
        QVERIFY(QFileInfo(file).size() > 0);
        const QString expected = QCoreApplication::translate("MyChildPage", "Diary saved in %1").arg(m_files.path());
        QQuickItem *toastText = nullptr;
        QTRY_VERIFY((toastText = find(QStringLiteral("toastText"))) && toastText->property("text").toString() == expected);
        QVERIFY(find(QStringLiteral("toastAction")));
    }

    // Item 8: logging out asks first; "Annuleren" keeps the account.
    void loggingOutAsksFirst()
    {
        resize(390, 844);
        timeline();
        controller()->setCurrentTab(controller()->tabs()->indexOfKey(QStringLiteral("overig")));
        QQuickItem *logout = nullptr;
        QTRY_VERIFY((logout = find(QStringLiteral("logoutButton"))));
        QVERIFY(QMetaObject::invokeMethod(logout, "clicked"));
        // Overig may hold the account section twice (the overview pane and the stack): the
        // dialog that counts is the one the tapped button opened.
        const auto openedDialog = [this]() -> QObject * {
            for (QObject *candidate : m_window->findChildren<QObject *>(QStringLiteral("confirmLogout")))
                if (candidate->property("opened").toBool())
                    return candidate;
            return nullptr;
        };
        QObject *dialog = nullptr;
        QTRY_VERIFY((dialog = openedDialog()));
        QCOMPARE(controller()->screen(), AppController::MainScreen);
        QQuickItem *cancel = nullptr;
        QTRY_VERIFY((cancel = find(QStringLiteral("confirmCancel"))));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(cancel));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(controller()->screen(), AppController::MainScreen);

        // The ripple of an account row stays inside the row.
        const QList<QQuickItem *> rows = [&] {
            QList<QQuickItem *> all, found;
            windowsearch::collect(root(), &all);
            for (QQuickItem *item : all) {
                if (item->objectName().startsWith(QLatin1String("account_")) && item->isVisible())
                    found << item;
            }
            return found;
        }();
        QVERIFY(!rows.isEmpty());
        for (QQuickItem *row : rows)
            QVERIFY2(row->clip(), qPrintable(row->objectName()));

        // Confirmed, it logs out.
        QVERIFY(QMetaObject::invokeMethod(logout, "clicked"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QQuickItem *accept = find(QStringLiteral("confirmAccept"));
        QVERIFY(accept);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre(accept));
        QTRY_COMPARE(controller()->screen(), AppController::LoginScreen);
    }

public slots:
    void recordOpenedUrl(const QUrl &url) { m_openedUrls << url; }
};

QTEST_MAIN(TestMyChildWindow)
#include "tst_mychild_window.moc"
