// SPDX-License-Identifier: GPL-3.0-or-later
// Berichten in the app's own QML (ConversationView, ThreadList) over a cache filled with
// synthetic conversations: 1,000 conversations, one of 200 messages, one of 2,000 and one
// without any. `conversation.*`: set the conversation and render until its first frame, the
// 200-message one against the empty one, alternating, median of N rounds; the 2,000-message one
// against the 200-message one shows whether opening grows with the conversation's length. `list.*`: scroll the list of 1,000
// from top to bottom a screen at a time, memory against the first frame. Prints key=value lines.
#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "features/messages/MessageStore.h"
#include "shell/AppController.h"
#include "shell/Session.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(NestjePlugin)
Q_IMPORT_QML_PLUGIN(Nestje_CorePlugin)

using namespace nestje;

namespace {
QTextStream out(stdout);

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double minimum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::min_element(values.cbegin(), values.cend());
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString lorem(int i)
{
    static const QStringList lines{
        QStringLiteral("Vandaag hebben we buiten gespeeld in de zandbak en een hut gebouwd."),
        QStringLiteral("Wil je morgen een extra setje kleren meegeven? Het wordt nat weer."),
        QStringLiteral("Dank je voor het laten weten, we houden er rekening mee."),
        QStringLiteral("Ze heeft goed gegeten en lekker geslapen na de lunch, ongeveer anderhalf uur."),
    };
    return lines.at(i % lines.size()) + QStringLiteral(" (%1)").arg(i);
}

bool fill(Database &db, qint64 now)
{
    MessageStore store(db);
    QList<MessageThread> threads;
    for (int i = 0; i < 1000; ++i) {
        MessageThread t;
        t.id = QString::number(10000 + i);
        t.subject = QStringLiteral("Onderwerp %1").arg(i);
        t.lastText = lorem(i);
        t.lastWriter = QStringLiteral("Juf Anna");
        t.date = now - qint64(i) * 3600 * 1000;
        t.unread = i % 7 == 0;
        t.childId = QStringLiteral("c1");
        t.groupName = QStringLiteral("Vossen");
        threads << t;
    }
    if (!store.upsertThreads(threads, nullptr))
        return false;
    ThreadDetails big{QStringLiteral("10000"), true, QStringLiteral("Onderwerp 0"), QStringLiteral("c1"),
                      QStringLiteral("Daan"), QStringLiteral("1"), QStringLiteral("Vossen"), {}};
    for (int i = 0; i < 200; ++i)
        big.messages << ThreadMessage{QString::number(500000 + i), lorem(i), i % 2 ? QStringLiteral("Sanne Bakker") : QStringLiteral("Juf Anna"),
                                      now - qint64(200 - i) * 600 * 1000, i % 2 == 1, {}};
    ThreadDetails empty{QStringLiteral("10001"), true, QStringLiteral("Onderwerp 1"), QStringLiteral("c1"),
                        QStringLiteral("Daan"), QStringLiteral("1"), QStringLiteral("Vossen"), {}};
    ThreadDetails huge{QStringLiteral("10002"), true, QStringLiteral("Onderwerp 2"), QStringLiteral("c1"),
                       QStringLiteral("Daan"), QStringLiteral("1"), QStringLiteral("Vossen"), {}};
    for (int i = 0; i < 2000; ++i)
        huge.messages << ThreadMessage{QString::number(700000 + i), lorem(i), i % 2 ? QStringLiteral("Sanne Bakker") : QStringLiteral("Juf Anna"),
                                       now - qint64(2000 - i) * 600 * 1000, i % 2 == 1, {}};
    return store.storeDetails(big) && store.storeDetails(empty) && store.storeDetails(huge);
}

// Everything QML does before the frame (bindings, delegates, layout) and the frame itself.
void render(QQuickWindow *window)
{
    QCoreApplication::processEvents();
    (void)window->grabWindow();
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 9;

    QNetworkAccessManager network;
    AppController controller(&network); // QML's App singleton, as in the app
    SecretStore secrets;
    AccountInfo info;
    info.portal = QUrl(QStringLiteral("http://127.0.0.1:9/bench"));
    info.username = QStringLiteral("bench@example.nl");
    info.id = AccountInfo::idFor(info.portal, info.username);
    info.ephemeral = true;
    AccountSession account(info, &network, &secrets);
    QString error;
    if (!account.open(&error) || !fill(*account.database(), QDateTime::currentMSecsSinceEpoch())) {
        out << "error=" << error << '\n';
        return 1;
    }
    Session session;
    session.setAccount(&account);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("benchSession"), QVariant::fromValue(&session)}});
    engine.loadData(R"(
        import QtQuick
        import QtQuick.Window
        import Nestje
        import Nestje.Core
        Window {
            width: 1280; height: 800; visible: true
            property Session benchSession
            property alias conversation: conversation
            MessageWriter { id: benchWriter; session: benchSession }
            ConversationView { id: conversation; anchors.fill: parent; session: benchSession; writer: benchWriter }
        }
    )");
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        out << "error=QML did not load\n";
        return 1;
    }
    auto *conversation = window->property("conversation").value<QQuickItem *>();
    render(window);

    // Open, first frame, close; the two kinds alternate so noise hits both alike. The 200
    // messages' time is also split: the model and the header (setting threadId), the list
    // building its delegates (its polish), and the frame (events left, then rendering).
    auto *messageList = conversation->findChild<QQuickItem *>(QStringLiteral("messageList"));
    QList<double> full, empty, longest, fullModel, fullDelegates, fullFrame;
    int bubbles = 0;
    for (int i = 0; i < rounds; ++i) {
        for (const char *id : {"10000", "10001", "10002"}) {
            conversation->setProperty("threadId", QString());
            render(window);
            QElapsedTimer timer;
            timer.start();
            conversation->setProperty("threadId", QString::fromLatin1(id));
            const qint64 model = timer.nsecsElapsed();
            if (messageList)
                messageList->ensurePolished();
            const qint64 delegates = timer.nsecsElapsed();
            render(window);
            const qint64 total = timer.nsecsElapsed();
            const bool big = QLatin1String(id) == QLatin1String("10000");
            (big ? full : QLatin1String(id) == QLatin1String("10001") ? empty : longest) << total / 1e6;
            if (big) {
                if (i == 0 && messageList) {
                    const auto items = messageList->property("contentItem").value<QQuickItem *>()->childItems();
                    bubbles = int(std::count_if(items.cbegin(), items.cend(), [](QQuickItem *item) { return item->isVisible(); }));
                }
                fullModel << model / 1e6;
                fullDelegates << (delegates - model) / 1e6;
                fullFrame << (total - delegates) / 1e6;
            }
        }
    }
    const double fullMs = median(full);
    const double emptyMs = median(empty);
    out << "conversation.rounds=" << rounds << '\n'
        << "conversation.open_200_ms=" << QString::number(fullMs, 'f', 2) << '\n'
        << "conversation.open_200_model_ms=" << QString::number(median(fullModel), 'f', 2) << '\n'
        << "conversation.open_200_delegates_ms=" << QString::number(median(fullDelegates), 'f', 2) << '\n'
        << "conversation.open_200_frame_ms=" << QString::number(median(fullFrame), 'f', 2) << '\n'
        << "conversation.open_200_bubbles=" << bubbles << '\n'
        << "conversation.open_empty_ms=" << QString::number(emptyMs, 'f', 2) << '\n'
        << "conversation.ratio=" << QString::number(emptyMs > 0 ? fullMs / emptyMs : 0, 'f', 2) << " (target < 2)\n"
        << "conversation.open_2000_ms=" << QString::number(median(longest), 'f', 2) << '\n'
        << "conversation.ratio_2000_vs_200=" << QString::number(fullMs > 0 ? median(longest) / fullMs : 0, 'f', 2) << '\n'
        // The fastest round of each: on a shared machine the median can hold another process's
        // time slice (a few ms, as long as the whole measurement); the minimum holds none.
        << "conversation.open_200_min_ms=" << QString::number(minimum(full), 'f', 2) << '\n'
        << "conversation.open_empty_min_ms=" << QString::number(minimum(empty), 'f', 2) << '\n'
        << "conversation.ratio_min=" << QString::number(minimum(empty) > 0 ? minimum(full) / minimum(empty) : 0, 'f', 2) << '\n';
    out.flush();
    delete window;

    // The list of 1,000 conversations, a phone's screen at a time.
    QQmlApplicationEngine listEngine;
    listEngine.addImportPath(QStringLiteral("qrc:/"));
    listEngine.setInitialProperties({{QStringLiteral("benchSession"), QVariant::fromValue(&session)}});
    listEngine.loadData(R"(
        import QtQuick
        import QtQuick.Window
        import Nestje
        import Nestje.Core
        Window {
            width: 390; height: 844; visible: true
            property Session benchSession
            property alias list: threadList.list
            ThreadModel { id: benchThreads; session: benchSession }
            ThreadList { id: threadList; anchors.fill: parent; threads: benchThreads }
        }
    )");
    auto *listWindow = listEngine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(listEngine.rootObjects().first());
    if (!listWindow) {
        out << "error=QML did not load\n";
        return 1;
    }
    auto *list = listWindow->property("list").value<QQuickItem *>();
    render(listWindow);
    const double firstFrameRss = rssMb();
    QElapsedTimer scrollTimer;
    scrollTimer.start();
    int screens = 0;
    while (!list->property("atYEnd").toBool() && screens < 5000) {
        list->setProperty("contentY", list->property("contentY").toReal() + list->height());
        render(listWindow);
        ++screens;
    }
    const double scrolledRss = rssMb();
    out << "list.rows=" << list->property("count").toInt() << '\n'
        << "list.screens=" << screens << '\n'
        << "list.ms_per_screen=" << QString::number(screens ? scrollTimer.nsecsElapsed() / 1e6 / screens : 0, 'f', 2) << '\n'
        << "list.rss_first_frame_mb=" << QString::number(firstFrameRss, 'f', 1) << '\n'
        << "list.rss_scrolled_mb=" << QString::number(scrolledRss, 'f', 1) << '\n'
        << "list.rss_vs_first_frame_ratio=" << QString::number(scrolledRss / firstFrameRss, 'f', 2) << '\n';
    session.setAccount(nullptr);
    return 0;
}
