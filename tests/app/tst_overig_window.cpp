// SPDX-License-Identifier: GPL-3.0-or-later
// Overig in the real window (the demo, in-process, at phone size), run with the system font at
// 150 % (20 px against the 13.3 px the Theme is designed for; the offscreen platform ignores
// QT_FONT_DPI, so the application font is set as a desktop's larger text would set it):
// - "Weergave" switches the app between light and dark at once, and back to the system's;
// - no text of the login page or of any Overig page is cut off (elided, or running past the
//   window's edge);
// - the placeholders that label the fields of "Je gegevens" reach WCAG AA on their card;
// - every switch on Notificaties and on a child's page shows its handle in the software renderer,
//   in light and dark: the style drew it only through a shadow layer that renderer skips;
// - on a 360x720 phone whose on-screen keyboard takes the lower half (the window shrinks to
//   360x360, as on Phosh or Android), a focused field low in a form scrolls into view.
#include "Application.h"
#include "ControlEdges.h"
#include "ScreenshotRunner.h"
#include "SystemAppearance.h"
#include "WindowSearch.h"
#include "features/account/AccountStore.h"
#include "features/account/AppColorScheme.h"

#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>


using namespace nestje;

namespace {

// Whether `item` and every item above it is shown.
bool shown(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (!i->isVisible() || i->opacity() <= 0.01)
            return false;
    }
    return true;
}

// Every text under `root` that is cut: elided or limited (Text.truncated), or wider than the
// window or its own box without wrapping. A text field that only shows (switched off, as the
// style's dropdown showed what is chosen) counts too: it cuts what does not fit.
QStringList cutTexts(QQuickItem *root, qreal windowWidth)
{
    QStringList cut;
    QList<QQuickItem *> all;
    windowsearch::collect(root, &all);
    for (QQuickItem *item : all) {
        const bool showsOnly = item->inherits("QQuickTextInput") && !item->isEnabled();
        if ((!item->inherits("QQuickText") && !showsOnly) || !shown(item))
            continue;
        const QString text = item->property("text").toString();
        if (text.trimmed().isEmpty() || item->width() <= 0)
            continue;
        const QRectF inWindow = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        const bool wraps = item->property("wrapMode").toInt() != 0;
        const qreal contentWidth = item->property("contentWidth").toReal();
        // A text field shows its text inside its padding, and cuts it there.
        const qreal room = showsOnly ? item->width() - item->property("leftPadding").toReal() -
                                           item->property("rightPadding").toReal()
                                     : item->width();
        if (item->property("truncated").toBool())
            cut << QStringLiteral("elided: ") + text;
        else if (inWindow.right() > windowWidth + 1 || inWindow.left() < -1)
            cut << QStringLiteral("past the edge (%1..%2): ")
                           .arg(inWindow.left())
                           .arg(inWindow.right()) +
                       text;
        else if (!wraps && contentWidth > room + 1)
            cut << QStringLiteral("wider than its box (%1 > %2): ").arg(contentWidth).arg(room) +
                       text;
    }
    return cut;
}

// `color` drawn over `below` (the style's hint colour is black or white with alpha).
QColor over(const QColor &color, const QColor &below)
{
    const qreal a = color.alphaF();
    return QColor::fromRgbF(a * color.redF() + (1 - a) * below.redF(),
                            a * color.greenF() + (1 - a) * below.greenF(),
                            a * color.blueF() + (1 - a) * below.blueF());
}

// Whether every switch under `root` shows a handle: the indicator's end where the handle stands
// (left when off, right when on) must differ from the bare track at the other end. Sampled on
// the centre line, a fifth of the indicator in from each end, so any style's geometry serves.
// With Material's switch in the software renderer both ends were the same track colour.
QStringList switchesWithoutHandle(QQuickItem *root, const QImage &frame, int *count)
{
    QStringList missing;
    QList<QQuickItem *> all;
    windowsearch::collect(root, &all);
    for (QQuickItem *item : all) {
        if (!item->inherits("QQuickSwitch") || !shown(item))
            continue;
        auto *indicator = item->property("indicator").value<QQuickItem *>();
        if (!indicator)
            continue;
        const QRectF box = windowsearch::inWindow(indicator);
        const qreal scale = frame.devicePixelRatio();
        if (!QRectF(QPointF(0, 0), frame.deviceIndependentSize()).contains(box))
            continue; // scrolled out of the frame
        const auto at = [&](qreal fraction) {
            const QPointF p(box.left() + fraction * box.width(), box.center().y());
            return frame.pixelColor((p * scale).toPoint());
        };
        const bool on = item->property("checked").toBool();
        const QColor handleEnd = at(on ? 0.8 : 0.2);
        const QColor trackEnd = at(on ? 0.15 : 0.85);
        ++*count;
        const qreal ratio = controledges::contrast(handleEnd, trackEnd);
        if (ratio < 1.5)
            missing << QStringLiteral("%1 (%2): handle end %3, track end %4, %5:1")
                           .arg(item->objectName(),
                                on ? QStringLiteral("on") : QStringLiteral("off"), handleEnd.name(),
                                trackEnd.name())
                           .arg(ratio, 0, 'f', 2);
    }
    return missing;
}

} // namespace

class TestOverigWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Application> m_app;
    QQuickWindow *m_window = nullptr;

    AppController *controller() { return m_app->controller(); }
    // The Theme singleton as Main.qml sees it.
    QObject *theme()
    {
        QQmlExpression expression(qmlContext(m_window), m_window, QStringLiteral("Theme"));
        return expression.evaluate().value<QObject *>();
    }
    // The Overig section open in the stack (a phone shows one at a time).
    QQuickItem *openSection(const QString &target, const QString &pageName)
    {
        controller()->open(QStringLiteral("overig"), target);
        QQuickItem *page = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    return (page = windowsearch::find(m_window->contentItem(), pageName)) !=
                           nullptr;
                },
                10000))
            return nullptr;
        QQuickItem *stack = page->parentItem();
        // Pushed pages slide in: wait until they stand still.
        if (!QTest::qWaitFor(
                [&] { return stack && !stack->property("busy").toBool() && page->x() == 0; },
                10000))
            return nullptr;
        QTest::qWait(100);
        return page;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QFont large = QGuiApplication::font();
        large.setPixelSize(20);
        QGuiApplication::setFont(large);
        // As main() does before the first window: the style, and the scheme switch in Overig.
        applyAppearance(Appearance{});
        QQuickStyle::setStyle(QStringLiteral("Material"));

        AppOptions options;
        options.language = QStringLiteral("nl");
        m_app = std::make_unique<Application>(options);
        QVERIFY(m_app->start());
        m_window = m_app->window();
        QVERIFY(m_window);
        m_window->resize(390, 844);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase() { m_app.reset(); }

    void theSystemFontIsAtOneHundredFiftyPercent()
    {
        QObject *t = theme();
        QVERIFY(t);
        QVERIFY2(qAbs(t->property("fontScale").toReal() - 1.5) < 0.05,
                 qPrintable(QString::number(t->property("fontScale").toReal())));
    }

    // First, before the demo logs in: the login page with "Wachtwoord vergeten?" open.
    void theLoginPageIsWholeAtLargeFonts()
    {
        QQuickItem *login =
            windowsearch::find(m_window->contentItem(), QStringLiteral("loginPage"));
        QVERIFY(login);
        QQuickItem *forgot = windowsearch::find(login, QStringLiteral("forgotPasswordButton"));
        QVERIFY(forgot);
        QQuickItem *portal = windowsearch::find(login, QStringLiteral("portalField"));
        portal->setProperty("text", QStringLiteral("deboomhut"));
        QMetaObject::invokeMethod(forgot, "clicked");
        QTRY_VERIFY(windowsearch::find(login, QStringLiteral("forgotPasswordPanel")));
        const QStringList cut = cutTexts(login, m_window->width());
        QMetaObject::invokeMethod(windowsearch::find(login, QStringLiteral("forgotClose")),
                                  "clicked");
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String("\n"))));
    }

    void everyOverigPageIsWholeAtLargeFonts_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("page");
        QTest::newRow("parent") << "parent"
                                << "page_overig_parent";
        QTest::newRow("child") << "child"
                               << "page_overig_child";
        QTest::newRow("password") << "password"
                                  << "page_overig_password";
        QTest::newRow("credits") << "credits"
                                 << "page_overig_credits";
        QTest::newRow("documents") << "documents"
                                   << "page_overig_documents";
        QTest::newRow("notifications") << "notifications"
                                       << "page_overig_notifications";
        QTest::newRow("question") << "question"
                                  << "page_overig_question";
        QTest::newRow("storage") << "storage"
                                 << "page_overig_storage";
        QTest::newRow("about") << "about"
                               << "page_overig_about";
    }
    void everyOverigPageIsWholeAtLargeFonts()
    {
        if (controller()->screen() != AppController::MainScreen) {
            controller()->login()->startDemo();
            QTRY_COMPARE_WITH_TIMEOUT(controller()->screen(), AppController::MainScreen, 60000);
            QTRY_VERIFY_WITH_TIMEOUT(!controller()->session()->isSyncing(), 60000);
        }
        QFETCH(QString, target);
        QFETCH(QString, page);
        if (target == QLatin1String("child")) {
            const QList<ChildRecord> children =
                AccountStore(*controller()->accounts()->active()->database()).children();
            QVERIFY(!children.isEmpty());
            target += QLatin1Char('/') + children.first().id;
        }
        QQuickItem *section = openSection(target, page);
        QVERIFY2(section, qPrintable(page));
        const QStringList cut = cutTexts(section, m_window->width());
        // Back to the overview first, so a failure leaves the next row a clean stack.
        QMetaObject::invokeMethod(
            windowsearch::find(m_window->contentItem(), QStringLiteral("page_overig")), "back");
        QTRY_VERIFY_WITH_TIMEOUT(!windowsearch::find(m_window->contentItem(), page), 10000);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String("\n"))));
    }

    void theOverviewIsWholeAtLargeFonts()
    {
        controller()->open(QStringLiteral("overig"), {});
        QQuickItem *overig = nullptr;
        QTRY_VERIFY((overig = windowsearch::find(m_window->contentItem(),
                                                 QStringLiteral("page_overig"))) != nullptr);
        QTRY_VERIFY(windowsearch::find(overig, QStringLiteral("row_storage")));
        QTest::qWait(300);
        const QStringList cut = cutTexts(overig, m_window->width());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String("\n"))));
    }

    // A placeholder is the only label of the fields in "Wijziging doorgeven": it must read as
    // text (WCAG AA, 4.5:1) on the card, not at the style's hint colour (2.7:1).
    void placeholdersReachAA()
    {
        QQuickItem *section =
            openSection(QStringLiteral("parent"), QStringLiteral("page_overig_parent"));
        QVERIFY(section);
        const QColor card = theme()->property("surface").value<QColor>();
        QList<QQuickItem *> all;
        windowsearch::collect(section, &all);
        QStringList faint;
        int fields = 0;
        for (QQuickItem *item : all) {
            if (!item->inherits("QQuickTextField") && !item->inherits("QQuickTextArea"))
                continue;
            if (item->property("placeholderText").toString().isEmpty() || !shown(item))
                continue;
            ++fields;
            const QColor hint = item->property("placeholderTextColor").value<QColor>();
            const qreal ratio = controledges::contrast(over(hint, card), card);
            if (ratio < 4.5)
                faint << QStringLiteral("%1: %2:1")
                             .arg(item->property("placeholderText").toString())
                             .arg(ratio, 0, 'f', 2);
        }
        QMetaObject::invokeMethod(
            windowsearch::find(m_window->contentItem(), QStringLiteral("page_overig")), "back");
        QTRY_VERIFY_WITH_TIMEOUT(
            !windowsearch::find(m_window->contentItem(), QStringLiteral("page_overig_parent")),
            10000);
        QVERIFY2(fields >= 5, qPrintable(QString::number(fields)));
        QVERIFY2(faint.isEmpty(), qPrintable(faint.join(QLatin1String("\n"))));
    }

    void everySwitchShowsItsHandle_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("page");
        for (const char *scheme : {"light", "dark"}) {
            QTest::addRow("%s notifications", scheme) << scheme << "notifications"
                                                      << "page_overig_notifications";
            QTest::addRow("%s child", scheme) << scheme << "child"
                                              << "page_overig_child";
        }
    }
    void everySwitchShowsItsHandle()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, target);
        QFETCH(QString, page);
        QQuickItem *overig =
            windowsearch::find(m_window->contentItem(), QStringLiteral("page_overig"));
        QVERIFY(overig);
        QQuickItem *schemeButton = windowsearch::find(overig, QStringLiteral("scheme_") + scheme);
        QVERIFY(schemeButton);
        QMetaObject::invokeMethod(schemeButton, "clicked");
        QTRY_COMPARE(theme()->property("dark").toBool(), scheme == QLatin1String("dark"));
        if (target == QLatin1String("child")) {
            const QList<ChildRecord> children =
                AccountStore(*controller()->accounts()->active()->database()).children();
            QVERIFY(!children.isEmpty());
            target += QLatin1Char('/') + children.first().id;
        }
        // Tall enough that the whole page, with all its switches, is in one frame.
        m_window->resize(390, 2400);
        QQuickItem *section = openSection(target, page);
        QVERIFY2(section, qPrintable(page));
        QTest::qWait(200); // a switch's handle slides to its place
        const QImage frame = m_window->grabWindow();
        m_window->resize(390, 844);
        int count = 0;
        const QStringList missing = switchesWithoutHandle(section, frame, &count);
        QMetaObject::invokeMethod(
            windowsearch::find(m_window->contentItem(), QStringLiteral("page_overig")), "back");
        QTRY_VERIFY_WITH_TIMEOUT(!windowsearch::find(m_window->contentItem(), page), 10000);
        QMetaObject::invokeMethod(windowsearch::find(overig, QStringLiteral("scheme_light")),
                                  "clicked");
        QVERIFY2(count >= 2, qPrintable(QString::number(count)));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("\n"))));
    }

    // The text fields and dropdowns of Overig's forms, in light and dark: each box's edge reads
    // at 3:1 on its card and is drawn in the software renderer, and a dropdown shows its arrow.
    void everyFieldAndDropdownShowsItsEdge_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("page");
        QTest::addColumn<int>("controls"); // at least, so an empty page does not pass
        for (const char *scheme : {"light", "dark"}) {
            QTest::addRow("%s question", scheme) << scheme << "question"
                                                 << "page_overig_question" << 3;
            QTest::addRow("%s password", scheme) << scheme << "password"
                                                 << "page_overig_password" << 3;
            QTest::addRow("%s parent", scheme) << scheme << "parent"
                                               << "page_overig_parent" << 5;
            QTest::addRow("%s notifications", scheme) << scheme << "notifications"
                                                      << "page_overig_notifications" << 2;
        }
    }
    void everyFieldAndDropdownShowsItsEdge()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, target);
        QFETCH(QString, page);
        QFETCH(int, controls);
        QQuickItem *overig =
            windowsearch::find(m_window->contentItem(), QStringLiteral("page_overig"));
        QVERIFY(overig);
        QMetaObject::invokeMethod(windowsearch::find(overig, QStringLiteral("scheme_") + scheme),
                                  "clicked");
        QTRY_COMPARE(theme()->property("dark").toBool(), scheme == QLatin1String("dark"));
        m_window->resize(390, 2400); // the whole form in one frame
        QQuickItem *section = openSection(target, page);
        QVERIFY2(section, qPrintable(page));
        QTest::qWait(200);
        const QImage frame = m_window->grabWindow();
        m_window->resize(390, 844);
        int count = 0;
        const QStringList missing = controledges::controlsWithoutEdge(section, frame, &count);
        QMetaObject::invokeMethod(
            windowsearch::find(m_window->contentItem(), QStringLiteral("page_overig")), "back");
        QTRY_VERIFY_WITH_TIMEOUT(!windowsearch::find(m_window->contentItem(), page), 10000);
        QMetaObject::invokeMethod(windowsearch::find(overig, QStringLiteral("scheme_light")),
                                  "clicked");
        QVERIFY2(count >= controls, qPrintable(QString::number(count)));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("\n"))));
    }

    // --screenshot of a sub-page waits until the page has slid in: it took the picture 300 ms
    // after the link, and a push that took longer (a loaded machine) was caught half-way, the
    // page over the overview. Here the push takes 1.5 s.
    void theScreenshotWaitsUntilTheSubPageStandsStill()
    {
        controller()->open(QStringLiteral("overig"), {});
        QQuickItem *overig = nullptr;
        QTRY_VERIFY((overig = windowsearch::find(m_window->contentItem(),
                                                 QStringLiteral("page_overig"))) != nullptr);
        QQuickItem *stack = nullptr;
        QList<QQuickItem *> all;
        windowsearch::collect(overig, &all);
        for (QQuickItem *item : all) {
            if (item->inherits("QQuickStackView"))
                stack = item;
        }
        QVERIFY(stack);
        QTRY_COMPARE(stack->property("depth").toInt(), 1);
        QQmlComponent slow(qmlEngine(m_window));
        slow.setData("import QtQuick\n"
                     "Transition { NumberAnimation { property: \"x\"; from: 400; to: 0; "
                     "duration: 1500 } }",
                     QUrl());
        std::unique_ptr<QObject> transition(slow.create());
        QVERIFY2(transition, qPrintable(slow.errorString()));
        QQmlProperty pushEnter(stack, QStringLiteral("pushEnter"));
        const QVariant before = pushEnter.read();
        QVERIFY(pushEnter.write(QVariant::fromValue(transition.get())));

        QTemporaryDir files;
        ScreenshotRunner runner(m_window, controller(), files.filePath(QStringLiteral("p.png")),
                                QStringLiteral("overig-parent"));
        QSignalSpy finished(&runner, &ScreenshotRunner::finished);
        bool busy = true;
        qreal pageX = -1;
        connect(&runner, &ScreenshotRunner::finished, this, [&] {
            busy = stack->property("busy").toBool();
            if (QQuickItem *page = windowsearch::find(stack, QStringLiteral("page_overig_parent")))
                pageX = page->x();
        });
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, ScreenshotRunner::timeoutMs + 5000);
        pushEnter.write(before);
        QMetaObject::invokeMethod(overig, "back");
        QTRY_VERIFY_WITH_TIMEOUT(
            !windowsearch::find(m_window->contentItem(), QStringLiteral("page_overig_parent")),
            10000);
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
        QVERIFY2(!busy, "the picture was taken while the page slid in");
        QCOMPARE(pageX, 0.0);
    }

    void aFocusedFieldStaysAboveTheKeyboard_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QSize>("phone");
        for (const QSize &phone : {QSize(360, 720), QSize(412, 915)}) {
            const QByteArray at = QByteArray::number(phone.width()) + "x" + QByteArray::number(phone.height());
            QTest::newRow("question " + at) << "question"
                                            << "page_overig_question"
                                            << "questionText" << phone;
            QTest::newRow("password " + at) << "password"
                                            << "page_overig_password"
                                            << "field_repeat" << phone;
            QTest::newRow("parent " + at) << "parent"
                                          << "page_overig_parent"
                                          << "field_remark" << phone;
        }
    }
    void aFocusedFieldStaysAboveTheKeyboard()
    {
        QFETCH(QString, target);
        QFETCH(QString, page);
        QFETCH(QString, field);
        QFETCH(QSize, phone);
        m_window->resize(phone);
        QQuickItem *section = openSection(target, page);
        QVERIFY2(section, qPrintable(page));
        const int above = phone.height() / 2; // the keyboard takes the lower half
        m_window->resize(phone.width(), above);
        QTRY_COMPARE(m_window->height(), above);
        QQuickItem *input = windowsearch::find(section, field);
        QVERIFY(input);
        // The form first showed the field wholly, or the test would prove nothing.
        const QRectF before = windowsearch::inWindow(input);
        input->forceActiveFocus(Qt::TabFocusReason);
        QTRY_COMPARE(m_window->activeFocusItem(), input);
        QTest::qWait(300);
        const QRectF box = windowsearch::inWindow(input);
        const QRectF content =
            windowsearch::inWindow(section->property("contentItem").value<QQuickItem *>());
        m_window->resize(390, 844);
        QMetaObject::invokeMethod(
            windowsearch::find(m_window->contentItem(), QStringLiteral("page_overig")), "back");
        QTRY_VERIFY_WITH_TIMEOUT(!windowsearch::find(m_window->contentItem(), page), 10000);
        QVERIFY2(before.bottom() > above, qPrintable(QStringLiteral("%1 already showed at %2..%3")
                                                       .arg(field)
                                                       .arg(before.top())
                                                       .arg(before.bottom())));
        // The form's own room: below its header, above the window's edge (the tab bar gives way
        // while the parent types).
        QVERIFY2(box.top() >= content.top() - 0.5 && box.bottom() <= content.bottom() + 0.5,
                 qPrintable(QStringLiteral("%1 at %2..%3, the form shows %4..%5")
                                .arg(field)
                                .arg(box.top())
                                .arg(box.bottom())
                                .arg(content.top())
                                .arg(content.bottom())));
        QVERIFY2(content.bottom() >= above - 0.5, "the tab bar stays while the parent types");
    }

    // Escape (a desktop) or the back key (a phone) leaves a section as its back button does,
    // also when it was opened by a link rather than by the keyboard.
    void escapeAndBackLeaveASection()
    {
        for (const Qt::Key key : {Qt::Key_Escape, Qt::Key_Back}) {
            QQuickItem *page = openSection(QStringLiteral("notifications"),
                                           QStringLiteral("page_overig_notifications"));
            QVERIFY(page);
            QTest::keyClick(m_window, key);
            QTRY_VERIFY_WITH_TIMEOUT(!windowsearch::find(m_window->contentItem(),
                                                         QStringLiteral("page_overig_notifications")),
                                     10000);
            QVERIFY(windowsearch::find(m_window->contentItem(), QStringLiteral("row_storage")));
        }
        // Opened from its menu row by the keyboard, the section gives the keyboard back to that
        // row when it closes, so the parent goes on where they were. On a wide window the menu
        // is beside the stack, outside its focus scope: only FocusReturn brings it back there.
        for (const QSize &size : {QSize(390, 844), QSize(1280, 800)}) {
            m_window->resize(size);
            QTRY_COMPARE(m_window->width(), size.width());
            QTest::qWait(300);
            QQuickItem *row =
                windowsearch::find(m_window->contentItem(), QStringLiteral("row_notifications"));
            QVERIFY(row);
            row->forceActiveFocus(Qt::TabFocusReason);
            QTRY_VERIFY(row->hasActiveFocus());
            QTest::keyClick(m_window, Qt::Key_Space);
            QTRY_VERIFY_WITH_TIMEOUT(windowsearch::find(m_window->contentItem(),
                                                        QStringLiteral("page_overig_notifications")),
                                     10000);
            QTest::qWait(400); // pushed: it slides in
            QVERIFY(!row->hasActiveFocus());
            QTest::keyClick(m_window, Qt::Key_Escape);
            QTRY_VERIFY_WITH_TIMEOUT(
                !windowsearch::find(m_window->contentItem(),
                                    QStringLiteral("page_overig_notifications")),
                10000);
            QTRY_VERIFY2(row->hasActiveFocus(), qPrintable(QStringLiteral("at %1 px").arg(size.width())));
        }
        m_window->resize(390, 844);

        // Mijn locatie's pages are the same kind of page (BackPage).
        controller()->open(QStringLiteral("locatie"), QStringLiteral("team"));
        QTRY_VERIFY_WITH_TIMEOUT(
            windowsearch::find(m_window->contentItem(), QStringLiteral("locationTeam")), 10000);
        QTest::qWait(400); // pushed: it slides in
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(
            !windowsearch::find(m_window->contentItem(), QStringLiteral("locationTeam")), 10000);
        controller()->open(QStringLiteral("overig"), {});
    }

    void theColourSchemeSwitchesAtOnce()
    {
        QObject *t = theme();
        QVERIFY(t);
        QVERIFY(!t->property("dark").toBool()); // the offscreen platform's palette is light
        const QColor light = t->property("background").value<QColor>();
        QQuickItem *overig =
            windowsearch::find(m_window->contentItem(), QStringLiteral("page_overig"));
        QVERIFY(overig);
        QQuickItem *dark = windowsearch::find(overig, QStringLiteral("scheme_dark"));
        QVERIFY(dark);
        QMetaObject::invokeMethod(dark, "clicked");
        QTRY_VERIFY(t->property("dark").toBool());
        QVERIFY(t->property("background").value<QColor>() != light);
        QVERIFY(QGuiApplication::palette().color(QPalette::Window).lightnessF() <
                0.5);                                                   // Qt's controls too
        QCOMPARE(AppColorScheme::remembered(), QStringLiteral("dark")); // and the next start
        QVERIFY(windowsearch::find(overig, QStringLiteral("scheme_dark"))
                    ->property("checked")
                    .toBool());

        QMetaObject::invokeMethod(windowsearch::find(overig, QStringLiteral("scheme_system")),
                                  "clicked");
        QTRY_VERIFY(!t->property("dark").toBool());
        QCOMPARE(t->property("background").value<QColor>(), light);
        QCOMPARE(AppColorScheme::remembered(), QStringLiteral("system"));
        QMetaObject::invokeMethod(windowsearch::find(overig, QStringLiteral("scheme_dark")),
                                  "clicked");
        QTRY_VERIFY(t->property("dark").toBool());
        QMetaObject::invokeMethod(windowsearch::find(overig, QStringLiteral("scheme_light")),
                                  "clicked");
        QTRY_VERIFY(!t->property("dark").toBool());
    }
};

QTEST_MAIN(TestOverigWindow)
#include "tst_overig_window.moc"
