// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the app (the registry of app/ScreenshotPages: each tab and each sub-page a deep
// link opens) made in the real app with the demo account, at phone and desktop width, while
// every message QML and Qt Quick print is watched. A page whose QML does not load says so only
// in such a message, and the page is then simply missing: "Component is not ready" (Qt 6.4
// under `pragma ComponentBehavior: Bound` makes no ListView header), "Cannot instantiate bound
// component outside its creation context" (a bound component pushed on a StackView), a
// ReferenceError or TypeError, a module that is not installed. Any such message fails the test
// with the page it came from.
// The forms outside Overig (tst_overig_window has those) are checked in the same walk: every text
// field and dropdown shows its box, the edge at 3:1 on the card, and a dropdown its arrow
// (tests/app/ControlEdges.h).
// And on every page (tests/app/AccessibleControls.h): each visible, enabled control has a role
// and a name a screen reader reads, Tab reaches each one that is on screen, and at phone width
// each is at least 44x44 px. Those failures are collected over the whole walk and listed together.
#include "AccessibleControls.h"
#include "Application.h"
#include "ControlEdges.h"
#include "ScreenshotPages.h"
#include "accounts/AccountSession.h"
#include "accounts/Accounts.h"
#include "shell/AppController.h"
#include "shell/Session.h"

#include <QHash>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>

using namespace nestje;

namespace {

QStringList s_messages;
QtMessageHandler s_previous = nullptr;

// What the QML engine and Qt Quick say about the app's QML; everything else (the network, the
// platform) is not this test's business.
void watch(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool fromQml = message.contains(QLatin1String("qrc:/")) ||
                         message.contains(QLatin1String("QQmlComponent")) ||
                         message.contains(QLatin1String("bound component")) ||
                         QByteArray(context.category ? context.category : "").startsWith("qt.qml");
    if (type >= QtWarningMsg && fromQml)
        s_messages << message;
    if (s_previous)
        s_previous(type, context, message);
}

} // namespace

class TestEveryPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Application> m_app;
    QStringList m_accessProblems; // "page at size: control: what is wrong", over one walk

    // Lets the app work for `ms` without waiting for anything in particular.
    static void settle(int ms) { QTest::qWait(ms); }

    // A form whose fields and dropdowns are checked: the item that holds them, and how many at
    // least it shows (so a form that did not open does not pass).
    struct Form
    {
        QString root;
        int expected = 0;
        // At desktop width the walk comes to "bericht" with the phone walk's new message still
        // open beside the list, where the reply is not shown.
        bool phoneOnly = false;
    };
    static Form formOf(const QString &page)
    {
        static const QHash<QString, Form> forms{
            {QStringLiteral("diary"), {QStringLiteral("diaryForm"), 3}},
            {QStringLiteral("bericht-nieuw"), {QStringLiteral("newMessagePage"), 3}},
            {QStringLiteral("bericht"), {QStringLiteral("replyText"), 1, true}},
            {QStringLiteral("agenda-absence"), {QStringLiteral("absenceForm"), 1}}};
        return forms.value(page);
    }

    void checkEdges(const QString &page, const QSize &size, const Form &form)
    {
        QQuickWindow *window = m_app->window();
        const QString where =
            QStringLiteral("%1 at %2x%3: ").arg(page).arg(size.width()).arg(size.height());
        QTRY_VERIFY_WITH_TIMEOUT(stackViewsAreStill(window->contentItem()), 10000);
        // A photo viewer an earlier page of the walk opened lies over the form.
        closePopups();
        window->resize(size.width(), 2400); // the whole form in one frame
        QTRY_COMPARE(window->height(), 2400);
        QTest::qWait(200);
        const QImage frame = window->grabWindow();
        window->resize(size);
        QQuickItem *root = nullptr;
        QList<QQuickItem *> all;
        windowsearch::collect(window->contentItem(), &all);
        for (QQuickItem *item : all) {
            if (item->objectName() == form.root && controledges::shown(item))
                root = item;
        }
        QVERIFY2(root, qPrintable(where + form.root));
        int count = 0;
        const QStringList missing = controledges::controlsWithoutEdge(root, frame, &count);
        QVERIFY2(count >= form.expected, qPrintable(where + QString::number(count)));
        QVERIFY2(missing.isEmpty(), qPrintable(where + missing.join(QLatin1String(" | "))));
    }

    // A popup an earlier page opened (the photo viewer, "Alles bewaren") would lie over the
    // next page and take its keyboard.
    void closePopups()
    {
        QQuickWindow *window = m_app->window();
        const auto openPopups = [window] {
            QList<QObject *> open;
            for (QObject *object : window->findChildren<QObject *>()) {
                if (object->inherits("QQuickPopup") && object->property("visible").toBool())
                    open << object;
            }
            return open;
        };
        for (QObject *popup : openPopups())
            QMetaObject::invokeMethod(popup, "close");
        QTRY_VERIFY_WITH_TIMEOUT(openPopups().isEmpty(), 5000);
    }

    static bool stackViewsAreStill(QQuickItem *root)
    {
        QList<QQuickItem *> all;
        windowsearch::collect(root, &all);
        for (QQuickItem *item : all) {
            if (item->inherits("QQuickStackView") && item->property("busy").toBool())
                return false;
        }
        return true;
    }

    // The page's controls for a screen reader, the keyboard and a finger; what is wrong goes
    // to m_accessProblems.
    void checkAccess(const QString &page, const QSize &size)
    {
        using namespace accessiblecontrols;
        QQuickWindow *window = m_app->window();
        QTRY_VERIFY_WITH_TIMEOUT(stackViewsAreStill(window->contentItem()), 10000);
        const QString where =
            QStringLiteral("%1 at %2x%3: ").arg(page).arg(size.width()).arg(size.height());
        prepare();
        const QList<QQuickItem *> all = controls(reachableRoot(window));
        if (all.isEmpty()) {
            m_accessProblems << where + QStringLiteral("no controls found");
            return;
        }
        for (const QString &wrong : withoutNameOrRole(all))
            m_accessProblems << where + wrong;
        if (size.width() < 600) {
            for (const QString &wrong : tooSmallToTap(all))
                m_accessProblems << where + wrong;
        }
        // Tab must reach the controls a person sees now. A list makes delegates only for the
        // rows in and near its view, and moving the focus down it scrolls it; the rows further
        // down are the same delegates, so those in view stand for them.
        QList<QQuickItem *> onScreen;
        for (QQuickItem *item : all) {
            if (visibleRect(item).contains(windowsearch::inWindow(item).center()))
                onScreen << item;
        }
        QList<QQuickItem *> reached;
        const QList<QQuickItem *> missing =
            notReachedByTab(window, onScreen, 3 * all.size() + 40, &reached);
        for (QQuickItem *item : missing) {
            m_accessProblems << where + describe(item) +
                                    (item->activeFocusOnTab()
                                         ? QStringLiteral(": not reached by Tab")
                                         : QStringLiteral(": not reached by Tab (takes no Tab focus)"));
        }
        if (!missing.isEmpty()) {
            // Where the focus went instead: a trap shows as a short round.
            QStringList trail;
            for (QQuickItem *item : std::as_const(reached))
                trail << (item->objectName().isEmpty()
                              ? QString::fromLatin1(item->metaObject()->className())
                              : item->objectName());
            m_accessProblems << where + QStringLiteral("Tab went: ") +
                                    trail.join(QLatin1String(" > "));
        }
    }

    void openEveryPage(const QSize &size)
    {
        m_accessProblems.clear();
        AppController *controller = m_app->controller();
        m_app->window()->resize(size);
        for (const ScreenshotPage &page : screenshotPages()) {
            if (page.tab.isEmpty())
                continue; // the login page: shown in initTestCase
            closePopups();
            if (QTest::currentTestFailed())
                return;
            s_messages.clear();
            controller->open(page.tab, QString());
            settle(150);
            if (page.target) {
                AccountSession *account = controller->session()->account();
                QVERIFY(account);
                const ScreenshotState state = screenshotState(page.name);
                QStringList accounts;
                for (const AccountInfo &info : controller->accounts()->list())
                    accounts << info.id;
                if (state.before)
                    state.before(*controller, *account);
                controller->open(page.tab, page.target(*account->database()));
                settle(400);
                if (state.after) {
                    QElapsedTimer wait;
                    wait.start();
                    while (!state.after(m_app->window()->contentItem()) && wait.elapsed() < 5000)
                        settle(100);
                }
                // A page that added an account (agenda-family) shows it, then the app goes on with
                // the accounts it had.
                QTRY_VERIFY_WITH_TIMEOUT(!controller->accounts()->isAdding(), 20000);
                if (controller->accounts()->list().size() != accounts.size()) {
                    QTRY_VERIFY_WITH_TIMEOUT(!controller->session()->isSyncing(), 60000);
                    settle(300);
                    grabAndCheck(page.name, size);
                    if (QTest::currentTestFailed())
                        return;
                    for (const AccountInfo &info : controller->accounts()->list()) {
                        if (!accounts.contains(info.id))
                            controller->accounts()->logout(info.id);
                    }
                    controller->switchAccount(account->info().id);
                    QTRY_COMPARE(controller->accounts()->list().size(), accounts.size());
                }
            }
            grabAndCheck(page.name, size);
            if (QTest::currentTestFailed())
                return;
            checkAccess(page.name, size);
            if (QTest::currentTestFailed())
                return;
            if (const Form form = formOf(page.name);
                form.expected > 0 && (!form.phoneOnly || size.width() < 840)) {
                checkEdges(page.name, size, form);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        reportAccess();
    }
    void reportAccess()
    {
        // QTest cuts a long message: each problem on a line of its own, then the count.
        for (const QString &problem : std::as_const(m_accessProblems))
            qInfo().noquote() << "ACCESS" << problem;
        QVERIFY2(m_accessProblems.isEmpty(),
                 qPrintable(QStringLiteral("%1 controls a screen reader, the keyboard or a finger "
                                           "cannot use (the ACCESS lines above)")
                                .arg(m_accessProblems.size())));
    }
    // The page draws, and nothing warned while it was made (the caller returns on a failure).
    void grabAndCheck(const QString &name, const QSize &size)
    {
        QVERIFY(!m_app->window()->grabWindow().isNull());
        QVERIFY2(s_messages.isEmpty(), qPrintable(QStringLiteral("%1 at %2x%3: %4")
                                                      .arg(name)
                                                      .arg(size.width())
                                                      .arg(size.height())
                                                      .arg(s_messages.join(QStringLiteral(" | ")))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As when a screen reader runs (checkAccess tells the controls of each page again: the
        // offscreen platform has no accessibility bridge to keep it on).
        accessiblecontrols::prepare();
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        s_previous = qInstallMessageHandler(watch);
        AppOptions options;
        options.demo = true;
        options.language = QStringLiteral("nl");
        options.singleInstance = false;
        m_app = std::make_unique<Application>(options);
        QVERIFY(m_app->start());
        QTRY_COMPARE_WITH_TIMEOUT(m_app->controller()->screen(), AppController::MainScreen, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->controller()->session()->isSyncing(), 120000);
        QVERIFY2(s_messages.isEmpty(), qPrintable(s_messages.join(QStringLiteral(" | "))));
        QVERIFY(screenshotPages().size() > 20); // the registry, not an empty list, is walked
    }

    void everyPageAtPhoneWidth() { openEveryPage(QSize(390, 844)); }
    void everyPageAtDesktopWidth() { openEveryPage(QSize(1280, 800)); }

    // The login page, last (the walk above needs the demo's account): the same checks.
    void theLoginPageAtPhoneAndDesktopWidth()
    {
        AppController *controller = m_app->controller();
        m_accessProblems.clear();
        controller->logoutAll();
        QTRY_COMPARE_WITH_TIMEOUT(controller->screen(), AppController::LoginScreen, 20000);
        for (const QSize &size : {QSize(390, 844), QSize(1280, 800)}) {
            m_app->window()->resize(size);
            settle(300);
            grabAndCheck(QStringLiteral("login"), size);
            checkAccess(QStringLiteral("login"), size);
            if (QTest::currentTestFailed())
                return;
        }
        reportAccess();
    }

    void cleanupTestCase()
    {
        m_app.reset();
        qInstallMessageHandler(s_previous);
    }
};

QTEST_MAIN(TestEveryPage)
#include "tst_every_page.moc"
