// SPDX-License-Identifier: GPL-3.0-or-later
// Large fonts done properly: the real app (the demo, in-process, at phone size) started twice,
// with the system font at 14 px (about 100 %) and at 21 px (about 150 %):
// - every text role of the Theme grows by the fonts' ratio;
// - every text shown on "Je gegevens" and on each tab grows by that ratio too: a text that keeps
//   a fixed size (a style's own 14 px, a number in the QML) stays behind, as the values under
//   "Naam" and "E-mailadres" did;
// - at 21 px, a tab's header and the header of a page opened inside it (a phone shows both) do
//   not overlap, and each header holds its own text;
// - at 21 px, Mijn kind's quick actions are whole on a 390 px and a 360 px phone: each button
//   inside the window and as wide as its text (they wrap to rows of their own, never cut);
// - at 21 px on a 360 px phone, every tab's name in the bottom bar is whole and inside the bar
//   ("Mijn ki…" was cut when selected);
// - at 21 px on a 360 px phone, each day part of "Afwezigheid doorgeven" shows the child, the day
//   and the times whole beside its check box (they were elided: "Daan · maandag 30 … · Och…").
#include "Application.h"
#include "ScreenshotPages.h"
#include "SystemAppearance.h"
#include "WindowSearch.h"
#include "accounts/AccountSession.h"
#include "shell/AppController.h"
#include "shell/Session.h"

#include <QDate>
#include <QFontInfo>
#include <QGuiApplication>
#include <QMetaProperty>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace nestje;

namespace {

constexpr int normalPixels = 14;
constexpr int largePixels = 21;
constexpr qreal ratio = qreal(largePixels) / normalPixels;
// Sizes are whole pixels: round(design × scale) at both fonts is off by up to half a pixel
// each, which the larger one magnifies by the ratio: 0.5 + 0.5 × 1.5.
constexpr qreal roundingSlack = 1.25;

// The pages compared: each tab, and "Je gegevens", where the values stayed small. It comes last:
// a tab's own link does not close a page open inside it.
const QStringList &comparedPages()
{
    static const QStringList pages{QStringLiteral("mijnkind"), QStringLiteral("berichten"),
                                   QStringLiteral("agenda"),   QStringLiteral("locatie"),
                                   QStringLiteral("overig"),   QStringLiteral("overig-parent")};
    return pages;
}

// Whether `item` and every item above it is shown.
bool shown(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (!i->isVisible() || i->opacity() <= 0.01)
            return false;
    }
    return true;
}

int pixelSize(const QFont &font)
{
    return font.pixelSize() > 0 ? font.pixelSize() : QFontInfo(font).pixelSize();
}

// Every text shown inside the window (Text, Label, a field's text and placeholder), with the
// smallest size it has there.
QHash<QString, int> shownTexts(QQuickWindow *window)
{
    QHash<QString, int> sizes;
    QList<QQuickItem *> all;
    windowsearch::collect(window->contentItem(), &all);
    const QRectF windowRect(0, 0, window->width(), window->height());
    for (QQuickItem *item : all) {
        if (!item->inherits("QQuickText") && !item->inherits("QQuickTextInput") &&
            !item->inherits("QQuickTextEdit"))
            continue;
        const QString text = item->property("text").toString().simplified();
        if (text.isEmpty() || item->width() <= 0 || !shown(item))
            continue;
        if (!item->mapRectToScene(QRectF(0, 0, item->width(), item->height()))
                 .intersects(windowRect))
            continue;
        const int size = pixelSize(item->property("font").value<QFont>());
        const auto known = sizes.constFind(text);
        sizes.insert(text, known == sizes.cend() ? size : qMin(*known, size));
    }
    return sizes;
}

bool stackViewsAreStill(QQuickItem *root)
{
    QList<QQuickItem *> all;
    windowsearch::collect(root, &all);
    for (QQuickItem *item : all) {
        if (item->inherits("QQuickStackView") && item->property("busy").toBool())
            return false;
    }
    return true;
}

// What one start of the app showed.
struct Measurement
{
    QHash<QString, int> roles;                 // Theme.fontSmall … at this system font
    QHash<QString, QHash<QString, int>> pages; // page → text → size
    QString parentName;                        // the value under "Naam" on "Je gegevens"
};

} // namespace

class TestFontScale : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Application> m_app;
    Measurement m_normal;
    Measurement m_large;

    QObject *theme()
    {
        QQmlExpression expression(qmlContext(m_app->window()), m_app->window(),
                                  QStringLiteral("Theme"));
        return expression.evaluate().value<QObject *>();
    }

    // Starts the demo with the system font at `pixels` and leaves it running in m_app.
    void start(int pixels)
    {
        m_app.reset();
        QFont font = QGuiApplication::font();
        font.setPixelSize(pixels);
        QGuiApplication::setFont(font);
        AppOptions options;
        options.demo = true;
        options.language = QStringLiteral("nl");
        options.singleInstance = false;
        m_app = std::make_unique<Application>(options);
        QVERIFY(m_app->start());
        m_app->window()->resize(390, 844);
        m_app->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
        AppController *controller = m_app->controller();
        QTRY_COMPARE_WITH_TIMEOUT(controller->screen(), AppController::MainScreen, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->session()->isSyncing(), 120000);
    }

    // Opens `name` from the screenshot registry and waits until it stands still.
    void open(const QString &name)
    {
        const std::optional<ScreenshotPage> page = screenshotPage(name);
        QVERIFY2(page, qPrintable(name));
        AppController *controller = m_app->controller();
        controller->open(page->tab, QString());
        QTest::qWait(150);
        if (page->target) {
            AccountSession *account = controller->session()->account();
            QVERIFY(account);
            controller->open(page->tab, page->target(*account->database()));
        }
        QTest::qWait(300);
        QTRY_VERIFY_WITH_TIMEOUT(stackViewsAreStill(m_app->window()->contentItem()), 10000);
        QTest::qWait(100);
    }

    void measure(Measurement *into)
    {
        QObject *t = theme();
        QVERIFY(t);
        const QMetaObject *meta = t->metaObject();
        for (int i = 0; i < meta->propertyCount(); ++i) {
            const QMetaProperty property = meta->property(i);
            const QString name = QString::fromLatin1(property.name());
            if (name.startsWith(QLatin1String("font")) && name != QLatin1String("fontScale") &&
                property.metaType().id() == QMetaType::Int)
                into->roles.insert(name, property.read(t).toInt());
        }
        for (const QString &page : comparedPages()) {
            open(page);
            into->pages.insert(page, shownTexts(m_app->window()));
            if (page == QLatin1String("overig-parent"))
                into->parentName = parentName();
        }
    }

    // The parent's name as "Je gegevens" shows it under "Naam".
    QString parentName()
    {
        QList<QQuickItem *> all;
        windowsearch::collect(m_app->window()->contentItem(), &all);
        for (QQuickItem *item : all) {
            if (item->objectName() == QLatin1String("page_overig_parent") && shown(item)) {
                const QObject *account = item->property("account").value<QObject *>();
                return account ? account->property("fullName").toString() : QString();
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        applyAppearance(Appearance{});
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // A QVERIFY in a helper returns from the helper only.
        start(normalPixels);
        if (!QTest::currentTestFailed())
            measure(&m_normal);
        if (!QTest::currentTestFailed())
            start(largePixels); // stays running for the tests below
        if (!QTest::currentTestFailed())
            measure(&m_large);
    }

    void cleanupTestCase() { m_app.reset(); }

    void everyTextRoleGrowsWithTheSystemFont()
    {
        // The roles the pages use, found by name so a new one is checked too.
        for (const char *role : {"fontSmall", "fontControl", "fontBody", "fontLarge", "fontTitle",
                                 "fontHeadline", "fontDisplay"})
            QVERIFY2(m_normal.roles.contains(QLatin1String(role)), role);
        QCOMPARE(m_large.roles.keys().size(), m_normal.roles.keys().size());
        QStringList behind;
        for (auto it = m_normal.roles.cbegin(); it != m_normal.roles.cend(); ++it) {
            const int large = m_large.roles.value(it.key());
            if (large + roundingSlack < ratio * it.value())
                behind << QStringLiteral("%1: %2 px at %3 px, %4 px at %5 px")
                              .arg(it.key())
                              .arg(it.value())
                              .arg(normalPixels)
                              .arg(large)
                              .arg(largePixels);
        }
        QVERIFY2(behind.isEmpty(), qPrintable(behind.join(QLatin1String("\n"))));
    }

    void everyShownTextGrowsWithTheSystemFont_data()
    {
        QTest::addColumn<QString>("page");
        for (const QString &page : comparedPages())
            QTest::newRow(qPrintable(page)) << page;
    }
    void everyShownTextGrowsWithTheSystemFont()
    {
        QFETCH(QString, page);
        const QHash<QString, int> normal = m_normal.pages.value(page);
        const QHash<QString, int> large = m_large.pages.value(page);
        QStringList behind;
        int compared = 0;
        for (auto it = normal.cbegin(); it != normal.cend(); ++it) {
            if (!large.contains(it.key()))
                continue; // scrolled out of view at the larger size, or a clock
            ++compared;
            if (large.value(it.key()) + roundingSlack < ratio * it.value())
                behind << QStringLiteral("%1 px, was %2 px: %3")
                              .arg(large.value(it.key()))
                              .arg(it.value())
                              .arg(it.key());
        }
        // Enough of the page is compared to mean something (the header, the tab bar, content).
        QVERIFY2(compared >= 8, qPrintable(QString::number(compared)));
        QVERIFY2(behind.isEmpty(), qPrintable(behind.join(QLatin1String("\n"))));
    }

    void theValuesOnYourDetailsGrowLikeTheirLabels()
    {
        // The case that was seen: "Naam" grew, "Sanne Bakker" under it did not.
        const QString name = m_large.parentName;
        QVERIFY(!name.isEmpty());
        QCOMPARE(m_normal.parentName, name);
        const int normal = m_normal.pages.value(QStringLiteral("overig-parent")).value(name);
        const int large = m_large.pages.value(QStringLiteral("overig-parent")).value(name);
        QVERIFY2(normal > 0 && large > 0, qPrintable(name + QStringLiteral(" not shown")));
        QVERIFY2(large + roundingSlack >= ratio * normal,
                 qPrintable(QStringLiteral("%1 px at %2 px, %3 px at %4 px")
                                .arg(normal)
                                .arg(normalPixels)
                                .arg(large)
                                .arg(largePixels)));
    }

    void headersHoldTheirTextAndDoNotOverlap_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("overig-parent") << "overig-parent";
        QTest::newRow("locatie-news") << "locatie-news";
    }
    void headersHoldTheirTextAndDoNotOverlap()
    {
        QFETCH(QString, page);
        open(page);
        QList<QQuickItem *> all;
        windowsearch::collect(m_app->window()->contentItem(), &all);
        QList<QQuickItem *> headers;
        for (QQuickItem *item : all) {
            if (!item->inherits("QQuickPage") || !shown(item))
                continue;
            auto *header = item->property("header").value<QQuickItem *>();
            if (header && shown(header) && header->height() > 0)
                headers << header;
        }
        QVERIFY2(headers.size() >= 2, "the tab's header and the page's header");
        QStringList wrong;
        const auto sceneRect = [](QQuickItem *item) {
            return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        };
        for (QQuickItem *header : headers) {
            const QRectF box = sceneRect(header);
            for (QQuickItem *other : headers) {
                // Adjacent headers share an edge: half a pixel is not an overlap.
                if (other != header && box.adjusted(0, 0.5, 0, -0.5)
                                           .intersects(sceneRect(other).adjusted(0, 0.5, 0, -0.5)))
                    wrong << QStringLiteral("headers overlap: %1 and %2")
                                 .arg(QString::fromLatin1(header->metaObject()->className()),
                                      QString::fromLatin1(other->metaObject()->className()));
            }
            QList<QQuickItem *> inside;
            windowsearch::collect(header, &inside);
            for (QQuickItem *text : inside) {
                if (!text->inherits("QQuickText") || !shown(text) ||
                    text->property("text").toString().isEmpty())
                    continue;
                const QRectF r = sceneRect(text);
                if (r.top() < box.top() - 1 || r.bottom() > box.bottom() + 1)
                    wrong << QStringLiteral("\"%1\" (%2..%3) runs past its header (%4..%5)")
                                 .arg(text->property("text").toString())
                                 .arg(r.top())
                                 .arg(r.bottom())
                                 .arg(box.top())
                                 .arg(box.bottom());
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1String("\n"))));
    }

    void quickActionsAreWholeOnSmallPhones_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("390x844") << QSize(390, 844);
        QTest::newRow("360x720") << QSize(360, 720);
        QTest::newRow("412x915") << QSize(412, 915); // the wide end of today's phones
    }
    void quickActionsAreWholeOnSmallPhones()
    {
        QFETCH(QSize, size);
        QQuickWindow *window = m_app->window();
        window->resize(size);
        QTRY_COMPARE(window->width(), size.width());
        open(QStringLiteral("mijnkind"));
        QQuickItem *diary =
            windowsearch::find(window->contentItem(), QStringLiteral("writeDiaryButton"));
        QVERIFY(diary);
        QQuickItem *row = diary->parentItem(); // the quick actions
        QStringList cut;
        int buttons = 0;
        for (QQuickItem *button : row->childItems()) {
            if (!button->inherits("QQuickAbstractButton") || !shown(button))
                continue;
            ++buttons;
            const QString text = button->property("text").toString();
            const QRectF box = windowsearch::inWindow(button);
            auto *content = button->property("contentItem").value<QQuickItem *>();
            const qreal room = button->property("availableWidth").toReal();
            if (box.left() < -0.5 || box.right() > window->width() + 0.5)
                cut << QStringLiteral("%1: %2..%3 in a %4 px window")
                           .arg(text)
                           .arg(box.left())
                           .arg(box.right())
                           .arg(window->width());
            else if (content && content->implicitWidth() > room + 1)
                cut << QStringLiteral("%1: needs %2 px, has %3")
                           .arg(text)
                           .arg(content->implicitWidth())
                           .arg(room);
        }
        window->resize(390, 844);
        QCOMPARE(buttons, 4); // diary, message, photos, refresh
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String("\n"))));
    }

    void tabNamesAreWholeOnSmallPhones_data()
    {
        QTest::addColumn<QString>("page"); // which tab is selected
        QTest::newRow("mijnkind") << "mijnkind";
        QTest::newRow("berichten") << "berichten";
    }
    void tabNamesAreWholeOnSmallPhones()
    {
        QFETCH(QString, page);
        QQuickWindow *window = m_app->window();
        window->resize(360, 720);
        QTRY_COMPARE(window->width(), 360);
        open(page);
        QQuickItem *bar = windowsearch::find(window->contentItem(), QStringLiteral("bottomTabBar"));
        QVERIFY(bar && shown(bar));
        const QRectF barBox = windowsearch::inWindow(bar);
        QList<QQuickItem *> all;
        windowsearch::collect(bar, &all);
        QStringList cut;
        int tabs = 0;
        for (QQuickItem *tab : all) {
            if (!tab->objectName().startsWith(QLatin1String("tab_")) || !shown(tab))
                continue;
            ++tabs;
            const QString name = tab->property("text").toString();
            QList<QQuickItem *> parts;
            windowsearch::collect(tab, &parts);
            QQuickItem *label = nullptr;
            for (QQuickItem *part : parts) {
                if (part->inherits("QQuickText") && part->property("text").toString() == name)
                    label = part;
            }
            if (!label) {
                cut << name + QStringLiteral(": no label");
                continue;
            }
            const QRectF box = windowsearch::inWindow(label);
            const QRectF tabBox = windowsearch::inWindow(tab);
            if (label->property("truncated").toBool())
                cut << name + QStringLiteral(": elided");
            else if (label->property("contentWidth").toReal() > label->width() + 0.5)
                cut << QStringLiteral("%1: %2 px wide in %3")
                           .arg(name)
                           .arg(label->property("contentWidth").toReal())
                           .arg(label->width());
            if (box.left() < tabBox.left() - 0.5 || box.right() > tabBox.right() + 0.5 ||
                box.top() + label->property("contentHeight").toReal() > barBox.bottom() + 0.5)
                cut << QStringLiteral("%1: outside its tab or the bar").arg(name);
        }
        window->resize(390, 844);
        QCOMPARE(tabs, 5);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String("\n"))));
    }

    void absencePartsAreWholeOnSmallPhones()
    {
        QQuickWindow *window = m_app->window();
        window->resize(360, 720);
        QTRY_COMPARE(window->width(), 360);
        open(QStringLiteral("agenda-absence"));
        QQuickItem *form = windowsearch::find(window->contentItem(), QStringLiteral("absenceForm"));
        QVERIFY(form);
        // Two weeks, so there are planned parts whatever day the test runs.
        form->setProperty("to", QDate::currentDate().addDays(13).toString(Qt::ISODate));
        QList<QQuickItem *> rows;
        const auto findRows = [&] {
            rows.clear();
            QList<QQuickItem *> all;
            windowsearch::collect(form, &all);
            for (QQuickItem *item : all) {
                if (item->inherits("QQuickCheckDelegate") && shown(item))
                    rows << item;
            }
            return rows.size() >= 2;
        };
        QTRY_VERIFY_WITH_TIMEOUT(findRows(), 20000);
        // The form asks the portal again once the dates settle: measure the rows it ends with.
        QTest::qWait(500);
        QVERIFY(findRows());
        QStringList cut;
        for (QQuickItem *row : std::as_const(rows)) {
            const QRectF rowBox = windowsearch::inWindow(row);
            auto *box = row->property("indicator").value<QQuickItem *>();
            const QRectF check = box ? windowsearch::inWindow(box) : QRectF();
            QList<QQuickItem *> parts;
            windowsearch::collect(row, &parts);
            for (QQuickItem *text : parts) {
                if (!text->inherits("QQuickText") || !shown(text) ||
                    text->property("text").toString().isEmpty())
                    continue;
                const QString words = text->property("text").toString();
                const QRectF r = windowsearch::inWindow(text);
                const qreal right = r.left() + text->property("contentWidth").toReal();
                if (text->property("truncated").toBool())
                    cut << QStringLiteral("elided: ") + words;
                else if (right > rowBox.right() + 0.5 || right > window->width() + 0.5)
                    cut << QStringLiteral("past the row (%1 > %2): ")
                                   .arg(right)
                                   .arg(rowBox.right()) +
                               words;
                else if (check.isValid() &&
                         QRectF(r.topLeft(), QSizeF(right - r.left(), r.height()))
                             .intersects(check))
                    cut << QStringLiteral("under the check box: ") + words;
            }
        }
        window->resize(390, 844);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String("\n"))));
    }
};

QTEST_MAIN(TestFontScale)
#include "tst_font_scale.moc"
