// SPDX-License-Identifier: GPL-3.0-or-later
// The five tabs of the app as users run it (the real window, the reference server, the
// keychain of ./dev test), logged in to a family the portal has nothing for yet: each tab says
// so with its empty state (not a blank page, not "loading" forever); then staff write, and the
// real tab models put a badge on Berichten and Mijn locatie that reading takes away.
#include "Application.h"
#include "WindowSearch.h"
#include "accounts/AccountSession.h"
#include "features/location/LocationStore.h"
#include "features/messages/MessageStore.h"
#include "server/DemoOrganisation.h"
#include "server/Portal.h"
#include "server/ReferenceServer.h"
#include "server/staff/StaffDesk.h"
#include "shell/TabModel.h"
#include "sync/SyncEngine.h"

#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace nestje;

namespace {
const QString daycare = QString::fromLatin1(server::demo::daycareSlug);
} // namespace

class TestAccountTabs : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::ReferenceServer> m_portal;
    std::unique_ptr<server::StaffDesk> m_staff;
    std::unique_ptr<Application> m_app;

    QString serverDir() const { return m_dir.filePath(QStringLiteral("server")); }
    AppController *controller() const { return m_app->controller(); }
    QQuickItem *root() const { return m_app->window()->contentItem(); }

    // The titles of the empty states (components/EmptyState.qml: icon, title, explanation)
    // that are visible on screen, with a size: what the parent sees.
    static QStringList visibleEmptyStates(QQuickItem *root)
    {
        QList<QQuickItem *> all;
        windowsearch::collect(root, &all);
        QStringList titles;
        for (QQuickItem *item : all) {
            if (!item->property("explanation").isValid() || !item->property("icon").isValid())
                continue;
            bool shown = item->isVisible() && item->width() > 0 && item->height() > 0;
            for (QQuickItem *up = item; shown && up; up = up->parentItem())
                shown = up->isVisible() && up->opacity() > 0;
            if (shown)
                titles << item->property("title").toString();
        }
        return titles;
    }
    // The badge on the tab `key` as the parent sees it: its number, or 0 when not shown.
    int badge(const QString &key) const
    {
        QQuickItem *tab = windowsearch::find(root(), QStringLiteral("tab_") + key);
        if (!tab)
            return -1;
        QQuickItem *badgeItem = windowsearch::find(tab, QStringLiteral("badge"));
        return badgeItem ? badgeItem->property("count").toInt() : 0;
    }

    // One sync that starts after what the staff did, waited for to its end. A full one also
    // reads the organisation's modules again (an incremental one, every six hours).
    bool sync(SyncEngine::Mode mode = SyncEngine::Mode::Incremental)
    {
        AccountSession *account = controller()->accounts()->active();
        if (!QTest::qWaitFor([&] { return !account->sync()->isRunning(); }, 60000))
            return false;
        QSignalSpy finished(account->sync(), &SyncEngine::finished);
        account->sync()->start(mode);
        return finished.wait(60000) && finished.first().first().toBool();
    }

    // The app as a parent starts it (saved accounts come back from settings and the keychain).
    void restartApp()
    {
        AppOptions options;
        options.language = QStringLiteral("en");
        options.size = QSize(1280, 800);
        m_app = std::make_unique<Application>(options);
        QVERIFY(m_app->start());
        m_app->window()->show();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QSettings().clear();
        m_portal = std::make_unique<server::ReferenceServer>(
            server::ServerOptions{serverDir(), {}, {}, {}});
        QString error;
        QVERIFY2(m_portal->open(&error), qPrintable(error));
        QVERIFY2(m_portal->seedDemo(server::SeedOptions{1, 1, 4, false}, &error),
                 qPrintable(error));
        QVERIFY2(m_portal->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_staff = std::make_unique<server::StaffDesk>(serverDir());
        QVERIFY2(m_staff->open(&error), qPrintable(error));
        // A family that has just started: its children are placed, nothing was shared yet.
        for (const char *table :
             {"cards", "card_children", "journals", "photos", "photo_tags", "threads",
              "thread_messages", "planning", "html_contents", "html_items", "newsletters",
              "content_reads", "requests", "bookings", "credits", "credit_history", "observations",
              "admin_items"})
            m_staff->portal().db.run(QStringLiteral("DELETE FROM ") + QLatin1String(table));

        restartApp();
        controller()->login()->login(m_portal->portalUrl(daycare).toString(),
                                     QString::fromLatin1(server::demo::username),
                                     QString::fromLatin1(server::demo::password));
        QTRY_COMPARE_WITH_TIMEOUT(controller()->screen(), AppController::MainScreen, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->session()->isSyncing() &&
                                     !controller()->session()->syncStatus().isEmpty(),
                                 120000);
    }

    void cleanupTestCase()
    {
        if (m_app)
            controller()->logoutAll();
        m_app.reset();
    }

    void everyTabOfAnEmptyAccountShowsItsEmptyState_data()
    {
        QTest::addColumn<QString>("tab");
        QTest::addColumn<QString>("link"); // a section inside the tab, or none
        QTest::addColumn<QString>("title");
        QTest::newRow("mijnkind") << QStringLiteral("mijnkind") << QString()
                                  << QStringLiteral("No diary entries yet");
        QTest::newRow("berichten")
            << QStringLiteral("berichten") << QString() << QStringLiteral("No messages yet");
        QTest::newRow("agenda") << QStringLiteral("agenda") << QString()
                                << QStringLiteral("Nothing planned yet");
        // Overig always has the parent's details; its lists say when they are empty.
        QTest::newRow("overig credits") << QStringLiteral("overig") << QStringLiteral("credits")
                                        << QStringLiteral("No credits");
        QTest::newRow("overig documents") << QStringLiteral("overig") << QStringLiteral("documents")
                                          << QStringLiteral("Nothing here yet");
    }
    void everyTabOfAnEmptyAccountShowsItsEmptyState()
    {
        QFETCH(QString, tab);
        QFETCH(QString, link);
        QFETCH(QString, title);
        controller()->open(tab, link);
        QTRY_VERIFY2(visibleEmptyStates(root()).contains(title),
                     qPrintable(visibleEmptyStates(root()).join(QStringLiteral(", "))));
    }

    // Mijn locatie always has the location's contact details, so it shows those and no empty
    // news, newsletter or information sections.
    void mijnLocatieWithNothingPublishedShowsNoEmptySections()
    {
        controller()->open(QStringLiteral("locatie"), QString());
        QTRY_VERIFY(windowsearch::find(root(), QStringLiteral("contactCard")));
        for (const char *section : {"newsCard", "newslettersCard", "pagesCard"})
            QVERIFY2(!windowsearch::find(root(), QString::fromLatin1(section)), section);
    }

    // The badges come from the real tab model (what is unread in the account's cache): staff
    // write, a sync brings it, the tab shows 1; the parent opens it and the badge goes.
    void anUnreadMessageGivesBerichtenABadgeUntilItIsOpened()
    {
        QCOMPARE(badge(QStringLiteral("berichten")), 0);
        QString error;
        const qint64 thread = m_staff->sendMessage(
            daycare, QStringLiteral("Noor"), QStringLiteral("Fruit"),
            QStringLiteral("Morgen fruitdag"), QStringLiteral("Juf Sanne"), &error);
        QVERIFY2(thread > 0, qPrintable(error));
        QVERIFY(sync());
        QTRY_COMPARE(badge(QStringLiteral("berichten")), 1);
        controller()->open(QStringLiteral("berichten"), QStringLiteral("thread/%1").arg(thread));
        QTRY_COMPARE(badge(QStringLiteral("berichten")), 0);
        // The portal knows too: the next sync does not bring the badge back.
        QVERIFY(sync());
        QTest::qWait(200);
        QCOMPARE(badge(QStringLiteral("berichten")), 0);
    }

    // A long conversation opens at its newest message, the lowest one in view, right above the
    // reply box; the oldest is far above, not in view (the list is bottom-to-top over
    // newest-first rows, so opening builds only the newest screen: bench/messages).
    void aLongConversationOpensAtItsNewestMessage()
    {
        QString error;
        const qint64 thread = m_staff->sendMessage(
            daycare, QStringLiteral("Noor"), QStringLiteral("Uitstapje"),
            QStringLiteral("Vrijdag gaan we naar de kinderboerderij."), QStringLiteral("Juf Sanne"), &error);
        QVERIFY2(thread > 0, qPrintable(error));
        for (int i = 1; i <= 24; ++i)
            QVERIFY2(m_staff->replyToThread(daycare, thread, QStringLiteral("Bericht %1 over het uitstapje").arg(i),
                                            QStringLiteral("Juf Sanne"), &error),
                     qPrintable(error));
        // A full sync: the conversation's 25 messages in the cache, whatever the counters say.
        AccountSession *account = controller()->accounts()->active();
        QTRY_VERIFY_WITH_TIMEOUT(!account->sync()->isRunning(), 60000);
        QSignalSpy finished(account->sync(), &SyncEngine::finished);
        account->sync()->start(SyncEngine::Mode::Full);
        QVERIFY(finished.wait(60000) && finished.first().first().toBool());
        QCOMPARE(MessageStore(*account->database()).messageCount(QString::number(thread)), 25);
        controller()->open(QStringLiteral("berichten"), QStringLiteral("thread/%1").arg(thread));
        QQuickItem *list = nullptr;
        QTRY_VERIFY((list = windowsearch::find(root(), QStringLiteral("messageList"))));
        QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), 25, 15000);
        const QRectF inView = list->mapRectToScene(QRectF(0, 0, list->width(), list->height()));
        // The bubbles whose text is in view, top down.
        const auto shownTexts = [&] {
            QList<QQuickItem *> all;
            windowsearch::collect(list, &all);
            QList<QPair<qreal, QString>> shown;
            for (QQuickItem *item : std::as_const(all)) {
                if (item->objectName() != QLatin1String("messageText") || !item->isVisible())
                    continue;
                const QRectF at = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
                if (inView.contains(at.center()))
                    shown << qMakePair(at.center().y(), item->property("text").toString());
            }
            std::sort(shown.begin(), shown.end());
            QStringList texts;
            for (const auto &entry : std::as_const(shown))
                texts << entry.second;
            return texts;
        };
        QTRY_VERIFY2(!shownTexts().isEmpty() && shownTexts().last() == QLatin1String("Bericht 24 over het uitstapje"),
                     qPrintable(shownTexts().join(QLatin1String(" | "))));
        QVERIFY(!shownTexts().contains(QStringLiteral("Vrijdag gaan we naar de kinderboerderij.")));
        QQuickItem *replyText = windowsearch::find(root(), QStringLiteral("replyText"));
        QVERIFY(replyText);
        QVERIFY(replyText->mapRectToScene(QRectF(0, 0, replyText->width(), replyText->height())).top() >= inView.bottom() - 1);
    }

    void unreadNewsGivesMijnLocatieABadgeUntilItIsOpened()
    {
        QCOMPARE(badge(QStringLiteral("locatie")), 0);
        QString error;
        QVERIFY2(m_staff->publishNews(daycare, QStringLiteral("Zomerfeest"),
                                      QStringLiteral("Vrijdag is het feest."), &error),
                 qPrintable(error));
        QVERIFY(sync());
        QTRY_COMPARE(badge(QStringLiteral("locatie")), 1);
        QString id;
        for (const NewsItem &item :
             LocationStore(*controller()->accounts()->active()->database()).news()) {
            if (item.title == QLatin1String("Zomerfeest"))
                id = item.id;
        }
        QVERIFY(!id.isEmpty());
        controller()->open(QStringLiteral("locatie"), QStringLiteral("news/") + id);
        QTRY_COMPARE(badge(QStringLiteral("locatie")), 0);
        QVERIFY(sync());
        QTest::qWait(200);
        QCOMPARE(badge(QStringLiteral("locatie")), 0);
    }

    // Issue 18, item 9: reopened offline, the unread badges stay (they come from the store, not
    // from a sync). The app closes with an unread conversation, the portal goes away, and the app
    // starts again with the saved login.
    void unreadBadgesStayWhenTheAppReopensOffline()
    {
        QString error;
        const qint64 thread = m_staff->sendMessage(daycare, QStringLiteral("Noor"), QStringLiteral("Zwemles"),
                                                   QStringLiteral("Morgen zwemles"), QStringLiteral("Juf Sanne"), &error);
        QVERIFY2(thread > 0, qPrintable(error));
        QVERIFY(sync());
        QTRY_COMPARE(badge(QStringLiteral("berichten")), 1);

        const quint16 port = quint16(m_portal->portalUrl(daycare).port());
        m_app.reset();
        m_portal.reset(); // the portal is gone: nothing listens on its port
        restartApp();
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->session()->isSyncing(), 60000);
        QVERIFY(!controller()->session()->syncStatus().isEmpty());
        QTRY_COMPARE(badge(QStringLiteral("berichten")), 1);

        // Back online for the tests below, at the same address.
        m_portal = std::make_unique<server::ReferenceServer>(server::ServerOptions{serverDir(), {}, {}, {}});
        QVERIFY2(m_portal->open(&error), qPrintable(error));
        QVERIFY2(m_portal->listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
        controller()->open(QStringLiteral("berichten"), QStringLiteral("thread/%1").arg(thread));
        QTRY_COMPARE(badge(QStringLiteral("berichten")), 0);
    }

    // The organisation turns Berichten off: its tab goes and nothing else leads into it (Mijn
    // kind's "Write a message" stayed, and opened a page whose tab was hidden; Overig offered
    // "Ask a question", whose answer arrives in Berichten). Turned on again, all come back.
    void aModuleTurnedOffLeavesNoWayIntoIt()
    {
        const auto tabShown = [this] { return windowsearch::find(root(), QStringLiteral("tab_berichten")) != nullptr; };
        const auto actionShown = [this] { return windowsearch::find(root(), QStringLiteral("writeMessageAction")) != nullptr; };
        controller()->open(QStringLiteral("mijnkind"), QString());
        QTRY_VERIFY(tabShown());
        QTRY_VERIFY(actionShown());

        QString error;
        QVERIFY2(m_staff->setRule(daycare, QStringLiteral("module.messages"), QStringLiteral("false"), &error), qPrintable(error));
        QVERIFY(sync(SyncEngine::Mode::Full));
        QTRY_VERIFY(!tabShown());
        QTRY_VERIFY(!actionShown());
        controller()->open(QStringLiteral("berichten"), QStringLiteral("new"));
        QCOMPARE(controller()->currentTab(), int(TabModel::MyChild));
        // "Stel een vraag" goes too: its answer arrives in Berichten.
        const auto questionShown = [this] { return windowsearch::find(root(), QStringLiteral("row_question")) != nullptr; };
        controller()->open(QStringLiteral("overig"), QString());
        QTRY_VERIFY(windowsearch::find(root(), QStringLiteral("row_archive")));
        QVERIFY(!questionShown());

        QVERIFY2(m_staff->setRule(daycare, QStringLiteral("module.messages"), QStringLiteral("true"), &error), qPrintable(error));
        QVERIFY(sync(SyncEngine::Mode::Full));
        QTRY_VERIFY(tabShown());
        QTRY_VERIFY(questionShown());
        controller()->open(QStringLiteral("mijnkind"), QString());
        QTRY_VERIFY(actionShown());
        controller()->open(QStringLiteral("berichten"), QString());
        QCOMPARE(controller()->currentTab(), int(TabModel::Messages));
    }

    // Issue 18, item 8, with two accounts (the same parent at two organisations): Mijn kind says
    // whose timeline it shows, the window title names the organisation once, "Log out of all
    // accounts" asks first, and afterwards the login page still knows the portal.
    void twoAccountsSayWhichIsShownAndLoggingOutOfAllAsksFirst()
    {
        const QString klimop = QString::fromLatin1(server::demo::afterSchoolSlug);
        controller()->addAccount();
        controller()->login()->login(m_portal->portalUrl(klimop).toString(), QString::fromLatin1(server::demo::username),
                                     QString::fromLatin1(server::demo::password));
        QTRY_COMPARE_WITH_TIMEOUT(controller()->accountCount(), 2, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(controller()->screen(), AppController::MainScreen, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->session()->isSyncing(), 120000);
        const QString organisation = controller()->session()->organisation();
        QVERIFY(!organisation.isEmpty());

        controller()->open(QStringLiteral("mijnkind"), QString());
        QQuickItem *page = nullptr;
        QTRY_VERIFY((page = windowsearch::find(root(), QStringLiteral("page_mijnkind"))));
        QTRY_VERIFY2(page->property("subtitle").toString().startsWith(organisation + QStringLiteral(" · ")),
                     qPrintable(page->property("subtitle").toString()));
        // The desktop adds " — Nestje" itself: the title is the organisation alone.
        QCOMPARE(m_app->window()->title(), organisation);
        // The after-school club has no video module: the diary form offers photos only, and
        // says so (it offered "photos or videos" and then showed only photos in the picker).
        controller()->myChild()->open(QStringLiteral("diary"));
        QQuickItem *addMedia = nullptr;
        QTRY_VERIFY((addMedia = windowsearch::find(root(), QStringLiteral("addMediaButton"))));
        QTRY_COMPARE(addMedia->property("text").toString(), QStringLiteral("Add photos"));

        controller()->open(QStringLiteral("overig"), QString());
        QQuickItem *logoutAll = nullptr;
        QTRY_VERIFY((logoutAll = windowsearch::find(root(), QStringLiteral("logoutAllButton"))));
        QObject *dialog = nullptr;
        const auto openedDialog = [this]() -> QObject * {
            for (QObject *candidate : m_app->window()->findChildren<QObject *>(QStringLiteral("confirmLogoutAll")))
                if (candidate->property("opened").toBool())
                    return candidate;
            return nullptr;
        };
        QVERIFY(QMetaObject::invokeMethod(logoutAll, "clicked"));
        QTRY_VERIFY((dialog = openedDialog()));
        QCOMPARE(controller()->accountCount(), 2); // nothing happened yet
        QVERIFY(QMetaObject::invokeMethod(dialog, "reject"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(controller()->accountCount(), 2);
        QCOMPARE(controller()->screen(), AppController::MainScreen);

        const QString portal = controller()->accounts()->active()->info().portal.toString();
        QVERIFY(QMetaObject::invokeMethod(logoutAll, "clicked"));
        QTRY_VERIFY((dialog = openedDialog()));
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QTRY_COMPARE(controller()->screen(), AppController::LoginScreen);
        QCOMPARE(controller()->accountCount(), 0);
        QCOMPARE(controller()->login()->portal(), portal);
    }
};

QTEST_MAIN(TestAccountTabs)
#include "tst_account_tabs.moc"
