// SPDX-License-Identifier: GPL-3.0-or-later
// Berichten in the real window with the demo, at desktop width (issue 11), from the keyboard
// only: Ctrl+F reaches the search field, Down the list, Down again the next conversation, Enter
// opens it in the right pane; a reply typed into one conversation is still there after another
// was opened and the first opened again, and Ctrl+Enter sends it; Ctrl+N opens the new message
// form, Escape closes it. A long conversation opens on its newest messages and reads the older
// ones as the parent scrolls up to its first.
#include "Application.h"
#include "WindowSearch.h"
#include "accounts/AccountSession.h"
#include "features/messages/MessageStore.h"
#include "shell/Session.h"

#include <QAbstractItemModel>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace nestje;

class TestMessagesWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Application> m_app;
    QQuickWindow *m_window = nullptr;

    AppController *controller() const { return m_app->controller(); }
    QQuickItem *find(const QString &name, QQuickItem *under = nullptr) const
    {
        return windowsearch::find(under ? under : m_window->contentItem(), name);
    }
    QQuickItem *page() const { return find(QStringLiteral("page_berichten")); }
    // The conversation the right pane shows ("" for none).
    QString paneThread() const
    {
        QQuickItem *pane = find(QStringLiteral("conversationView"), page());
        return pane ? pane->property("threadId").toString() : QString();
    }
    static QString keyAt(QQuickItem *list, int row)
    {
        auto *model = list->property("model").value<QAbstractItemModel *>();
        return model->data(model->index(row, 0), model->roleNames().key("key")).toString();
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_window, key, modifiers);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        AppOptions options;
        options.demo = true;
        options.language = QStringLiteral("nl");
        options.singleInstance = false;
        m_app = std::make_unique<Application>(options);
        QVERIFY(m_app->start());
        m_window = m_app->window();
        QVERIFY(m_window);
        m_window->resize(1280, 800);
        m_window->show();
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        controller()->open(QStringLiteral("berichten"), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->session()->isSyncing(), 60000);
        // The page is made after the first sync; on a loaded machine that can take over 5 s.
        QTRY_VERIFY_WITH_TIMEOUT(page(), 30000);
    }

    void cleanupTestCase() { m_app.reset(); }

    void theKeyboardWalksTheConversations()
    {
        QQuickItem *list = nullptr;
        QTRY_VERIFY((list = find(QStringLiteral("threadList"), page())));
        QTRY_VERIFY(list->property("count").toInt() >= 2);
        QVERIFY(paneThread().isEmpty());

        // Ctrl+F: the search field, its text selected for a new search.
        key(Qt::Key_F, Qt::ControlModifier);
        QQuickItem *search = find(QStringLiteral("messageSearch"), page());
        QVERIFY(search);
        QTRY_VERIFY(search->hasActiveFocus());

        // Down: the list, at its first conversation; Down again: the second; Enter opens it.
        key(Qt::Key_Down);
        QTRY_VERIFY(list->hasActiveFocus());
        QCOMPARE(list->property("currentIndex").toInt(), 0);
        key(Qt::Key_Down);
        QTRY_COMPARE(list->property("currentIndex").toInt(), 1);
        const QString second = keyAt(list, 1);
        QVERIFY(second.startsWith(QLatin1String("thread/")));
        key(Qt::Key_Return);
        QTRY_COMPARE(QStringLiteral("thread/") + paneThread(), second);

        // A reply typed there stays with that conversation while another one is open.
        QQuickItem *reply = nullptr;
        QTRY_VERIFY((reply = find(QStringLiteral("replyText"), page())));
        const QString typed = QStringLiteral("Tot morgen");
        reply->forceActiveFocus();
        QTRY_VERIFY(reply->hasActiveFocus());
        for (const QChar c : typed) // typed, as a parent does (setting `text` would cut its binding)
            QTest::keyClick(m_window, c.toLatin1());
        QCOMPARE(reply->property("text").toString(), typed);
        list->forceActiveFocus();
        key(Qt::Key_Up);
        QTRY_COMPARE(list->property("currentIndex").toInt(), 0);
        key(Qt::Key_Return);
        const QString first = keyAt(list, 0);
        QTRY_COMPARE(QStringLiteral("thread/") + paneThread(), first);
        QTRY_VERIFY((reply = find(QStringLiteral("replyText"), page())));
        QTRY_COMPARE(reply->property("text").toString(), QString());
        key(Qt::Key_Down);
        key(Qt::Key_Return);
        QTRY_COMPARE(QStringLiteral("thread/") + paneThread(), second);
        QTRY_VERIFY((reply = find(QStringLiteral("replyText"), page())));
        QTRY_COMPARE(reply->property("text").toString(), typed);
        // Sent with Ctrl+Enter: the field empties (the message goes through the outbox).
        reply->forceActiveFocus();
        QTRY_VERIFY(reply->hasActiveFocus());
        key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(reply->property("text").toString(), QString());

        // Ctrl+N: the new message form; Escape closes it again.
        key(Qt::Key_N, Qt::ControlModifier);
        QQuickItem *form = nullptr;
        QTRY_VERIFY((form = find(QStringLiteral("newMessagePage"), page())));
        key(Qt::Key_Escape);
        QTRY_VERIFY(!find(QStringLiteral("newMessagePage"), page()));
    }

    void aLongConversationScrollsBackToItsFirstMessage()
    {
        MessageStore store(*controller()->session()->account()->database());
        MessageThread thread;
        thread.id = QStringLiteral("long-window");
        thread.subject = QStringLiteral("Een lang gesprek");
        thread.date = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        QVERIFY(store.upsertThreads({thread}, nullptr));
        ThreadDetails details{thread.id, true, thread.subject, {}, {}, {}, {}, {}};
        for (int i = 0; i < 150; ++i)
            details.messages << ThreadMessage{QStringLiteral("lw-%1").arg(i), QStringLiteral("Bericht %1").arg(i),
                                              QStringLiteral("Juf Anna"), thread.date - qint64(150 - i) * 3600 * 1000,
                                              false, {}};
        QVERIFY(store.storeDetails(details));

        controller()->open(QStringLiteral("berichten"), QStringLiteral("thread/long-window"));
        QTRY_COMPARE(paneThread(), thread.id);
        QQuickItem *messages = nullptr;
        QTRY_VERIFY((messages = find(QStringLiteral("messageList"), page())));
        // The newest page only, the newest message at the bottom of the screen.
        QTRY_VERIFY(messages->property("count").toInt() > 0);
        QVERIFY(messages->property("count").toInt() < 150);
        QVERIFY(messages->property("atYEnd").toBool());
        // Up to the first message: the older pages arrive on the way.
        QTRY_VERIFY_WITH_TIMEOUT(
            (QMetaObject::invokeMethod(messages, "positionViewAtEnd"), messages->property("count").toInt() == 150),
            10000);
        auto *model = messages->property("model").value<QAbstractItemModel *>();
        QCOMPARE(model->data(model->index(149, 0), model->roleNames().key("text")).toString(),
                 QStringLiteral("Bericht 0"));
    }
};

QTEST_MAIN(TestMessagesWindow)
#include "tst_messages_window.moc"
