// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "server/DemoOrganisation.h"

#include <QImage>
#include <QProcess>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace nestje;

class TestApp : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_shots;

    // Walks the visual tree (QML items are not always QObject children of their parent item).
    static void collect(QQuickItem *item, QList<QQuickItem *> *items)
    {
        *items << item;
        for (QQuickItem *child : item->childItems())
            collect(child, items);
    }
    static QQuickItem *findItem(QQuickItem *root, const QString &name)
    {
        QList<QQuickItem *> all;
        collect(root, &all);
        for (QQuickItem *item : all) {
            if (item->objectName() == name)
                return item;
        }
        return nullptr;
    }
    static QList<QQuickItem *> visibleTabs(QQuickItem *root)
    {
        QList<QQuickItem *> all;
        collect(root, &all);
        QList<QQuickItem *> tabs;
        for (QQuickItem *item : all) {
            if (item->objectName().startsWith(QLatin1String("tab_")) && item->isVisible())
                tabs << item;
        }
        return tabs;
    }

    QImage screenshot(const QString &size, const QString &page)
    {
        const QString file = m_shots.filePath(page + QLatin1Char('-') + size + QStringLiteral(".png"));
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(QStringLiteral(NESTJE_APP_EXECUTABLE),
                  {QStringLiteral("--screenshot"), file, QStringLiteral("--size"), size,
                   QStringLiteral("--page"), page, QStringLiteral("--lang"), QStringLiteral("nl")});
        if (!app.waitForFinished(90000) || app.exitCode() != 0)
            return {};
        return QImage(file);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

    void demoOpensTheFiveTabs()
    {
        AppOptions options;
        options.demo = true;
        options.language = QStringLiteral("nl");
        Application app(options);
        QVERIFY(app.start());
        QQuickWindow *window = app.window();
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(app.controller()->screen(), AppController::MainScreen, 60000);
        QCOMPARE(app.controller()->session()->username(), QString::fromLatin1(server::demo::username));
        QVERIFY(app.controller()->session()->isDemo());

        window->resize(1280, 800);
        QTRY_COMPARE(visibleTabs(window->contentItem()).size(), 5);
        QStringList titles;
        for (QQuickItem *tab : visibleTabs(window->contentItem()))
            titles << tab->property("text").toString();
        QCOMPARE(titles, (QStringList{QStringLiteral("Mijn kind"), QStringLiteral("Berichten"),
                                      QStringLiteral("Agenda"), QStringLiteral("Mijn locatie"),
                                      QStringLiteral("Overig")}));

        // Narrow window: the same five tabs, now in the bottom bar.
        window->resize(390, 844);
        QTRY_VERIFY(findItem(window->contentItem(), QStringLiteral("bottomTabBar"))->isVisible());
        QCOMPARE(visibleTabs(window->contentItem()).size(), 5);

        // A clicked notification opens its item's page: the tab, then the link inside it.
        QSignalSpy links(app.controller(), &AppController::linkRequested);
        QSignalSpy myChildLinks(app.controller()->myChild(), &TimelineController::openRequested);
        app.openItem(QStringLiteral("messages"), QStringLiteral("7@1700000000000"));
        QCOMPARE(app.controller()->currentTab(), int(TabModel::Messages));
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.at(0), (QVariantList{QStringLiteral("berichten"), QStringLiteral("thread/7")}));
        app.openItem(QStringLiteral("planning"), QStringLiteral("12:approved"));
        QCOMPARE(app.controller()->currentTab(), int(TabModel::Agenda));
        QCOMPARE(links.at(1), (QVariantList{QStringLiteral("agenda"), QStringLiteral("request/12")}));
        app.openItem(QStringLiteral("journal"), QStringLiteral("journal-3"));
        QCOMPARE(app.controller()->currentTab(), int(TabModel::MyChild));
        QCOMPARE(myChildLinks.size(), 1);
        QCOMPARE(myChildLinks.at(0).at(0).toString(), QStringLiteral("entry/journal-3"));
        app.openItem(QStringLiteral("newsletters"), QString()); // a summary: the tab itself
        QCOMPARE(app.controller()->currentTab(), int(TabModel::MyLocation));
        QCOMPARE(links.size(), 2);

        app.controller()->logout();
        QCOMPARE(app.controller()->screen(), AppController::LoginScreen);
        QVERIFY(app.controller()->session()->username().isEmpty());
    }

    void phoneScreenshotHasBottomBar()
    {
        const QImage image = screenshot(QStringLiteral("390x844"), QStringLiteral("agenda"));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(390, 844));
        const QColor navigation(QStringLiteral("#FFFFFF"));
        const QColor background(QStringLiteral("#F7F5F0"));
        QCOMPARE(image.pixelColor(6, 838), navigation); // bottom bar
        QCOMPARE(image.pixelColor(6, 400), background); // no rail on the left
    }

    void desktopScreenshotHasRail()
    {
        const QImage image = screenshot(QStringLiteral("1280x800"), QStringLiteral("berichten"));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
        const QColor navigation(QStringLiteral("#FFFFFF"));
        const QColor background(QStringLiteral("#F7F5F0"));
        QCOMPARE(image.pixelColor(6, 400), navigation);   // the rail
        QCOMPARE(image.pixelColor(640, 796), background); // no bottom bar
    }

    void loginScreenshot()
    {
        const QImage image = screenshot(QStringLiteral("820x1180"), QStringLiteral("login"));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(820, 1180));
    }
};

QTEST_MAIN(TestApp)
#include "tst_app.moc"
