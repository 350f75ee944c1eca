// SPDX-License-Identifier: GPL-3.0-or-later
// The app as a user starts it, measured from inside: `prepare` logs in to a portal and syncs
// (a warm cache on disk, the account in the keychain), `startup` reports process start to the
// first frame that shows timeline cards, `agenda` to the first frame of the app opened at the
// Agenda tab with care days in its calendar list, `scroll N` then scrolls the timeline past N photo
// cards while images load, and reports memory. Prints key=value lines.
#include "Application.h"
#include "accounts/Accounts.h"
#include "media/MediaImageProvider.h"
#include "shell/AppController.h"
#include "server/DemoOrganisation.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTextStream>
#include <QTimer>

#include <ctime>
#include <unistd.h>

using namespace nestje;

namespace {
QTextStream out(stdout);

// Milliseconds since this process started (the kernel's start time, 10 ms ticks).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 overall
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (now.tv_sec + now.tv_nsec / 1e9) * 1000.0 - startTicks * 1000.0 / sysconf(_SC_CLK_TCK);
}

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

void collect(QQuickItem *item, QList<QQuickItem *> *items)
{
    *items << item;
    for (QQuickItem *child : item->childItems())
        collect(child, items);
}

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    QList<QQuickItem *> all;
    collect(root, &all);
    for (QQuickItem *item : all) {
        if (item->objectName() == name && item->isVisible())
            return item;
    }
    return nullptr;
}

bool hasLoadingImage(const QQuickItem *item)
{
    if (!item->isVisible())
        return false;
    if (item->inherits("QQuickImageBase") && item->property("status").toInt() == 2)
        return true;
    const QList<QQuickItem *> children = item->childItems();
    return std::any_of(children.begin(), children.end(), hasLoadingImage);
}

int prepare(const QUrl &portal)
{
    QNetworkAccessManager network;
    Accounts accounts(&network);
    QSignalSpy added(&accounts, &Accounts::added);
    QSignalSpy failed(&accounts, &Accounts::addFailed);
    accounts.add(portal, QString::fromLatin1(server::demo::username), QString::fromLatin1(server::demo::password));
    QElapsedTimer timer;
    timer.start();
    while (added.isEmpty() && failed.isEmpty() && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (added.isEmpty()) {
        QTextStream(stderr) << "bench_ui prepare: login failed\n";
        return 1;
    }
    AccountSession *session = accounts.active();
    // The first sync runs by itself after adding; wait for it to be done.
    while (timer.elapsed() < 600000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        if (session->sync() && !session->sync()->isRunning() && session->sync()->hasCompletedFullSync())
            break;
    }
    out << "prepare.sync_s=" << QString::number(timer.elapsed() / 1000.0, 'f', 1) << '\n';
    return session->sync()->hasCompletedFullSync() ? 0 : 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication::setApplicationName(QStringLiteral("nestje"));
    QGuiApplication::setOrganizationName(QStringLiteral("Nestje"));
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("prepare"))
        return prepare(QUrl(args.value(2)));
    if (mode != QLatin1String("startup") && mode != QLatin1String("scroll") && mode != QLatin1String("login") &&
        mode != QLatin1String("agenda")) {
        QTextStream(stderr) << "usage: bench_ui prepare PORTAL | startup | login | agenda | scroll N\n";
        return 2;
    }
    const int wantedPhotoCards = args.value(2).toInt();

    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    AppOptions options;
    options.language = QStringLiteral("nl");
    options.size = QSize(390, 844);
    const bool debug = qEnvironmentVariableIsSet("BENCH_UI_DEBUG");
    if (debug)
        QTextStream(stderr) << "before start " << msSinceProcessStart() << '\n';
    Application nestje(options);
    // The app opened at the Agenda (a request's notification, or the tab the parent taps before
    // the first frame): only that tab's page is made.
    if (mode == QLatin1String("agenda"))
        nestje.controller()->setCurrentTab(
            nestje.controller()->tabs()->indexOfKey(QStringLiteral("agenda")));
    if (!nestje.start())
        return 1;
    if (debug)
        QTextStream(stderr) << "after start " << msSinceProcessStart() << '\n';
    QQuickWindow *window = nestje.window();
    const QString prefix = mode == QLatin1String("scroll") ? QStringLiteral("scroll") : mode;

    // The first frame that shows what the mode waits for: timeline cards, or the login page.
    double firstFrameMs = -1;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (firstFrameMs >= 0)
            return;
        if (debug)
            QTextStream(stderr) << "frame " << msSinceProcessStart() << '\n';
        QQuickItem *root = window->contentItem();
        if (mode == QLatin1String("login")) {
            if (!findItem(root, QStringLiteral("loginPage")) && !findItem(root, QStringLiteral("page_login")))
                return;
        } else if (mode == QLatin1String("agenda")) {
            QQuickItem *list = findItem(root, QStringLiteral("agendaCalendarList"));
            if (!list || list->property("count").toInt() == 0)
                return;
        } else {
            QQuickItem *list = findItem(root, QStringLiteral("timelineList"));
            if (!list || list->property("count").toInt() == 0)
                return;
        }
        firstFrameMs = msSinceProcessStart();
    });
    QElapsedTimer limit;
    limit.start();
    while (firstFrameMs < 0 && limit.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        window->requestUpdate();
    }
    if (firstFrameMs < 0) {
        QTextStream(stderr) << "bench_ui: no first frame within 30 s\n";
        return 1;
    }
    if (mode != QLatin1String("scroll")) // the scroll bench is about memory
        out << prefix << ".first_frame_ms=" << QString::number(firstFrameMs, 'f', 0) << '\n';
    const double baselineRss = rssMb();
    out << prefix << ".rss_mb=" << QString::number(baselineRss, 'f', 1) << '\n';
    if (mode != QLatin1String("scroll")) {
        out.flush();
        return 0;
    }

    // Scroll half a screen at a time; at each step wait (up to 2 s) for the images in view.
    QQuickItem *list = findItem(window->contentItem(), QStringLiteral("timelineList"));
    QObject *timeline = nestje.controller()->myChild()->timeline();
    int passedPhotoCards = 0;
    int counted = 0; // rows above the view already counted
    QElapsedTimer scrollTimer;
    scrollTimer.start();
    int steps = 0;
    qint64 waitedMs = 0;
    while (passedPhotoCards < wantedPhotoCards && scrollTimer.elapsed() < 600000) {
        const qreal before = list->property("contentY").toReal();
        list->setProperty("contentY", before + list->height() * 0.5);
        QElapsedTimer wait;
        wait.start();
        do {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            // processEvents() leaves deleteLater() to the event loop; do what it would do.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            window->requestUpdate();
        } while (hasLoadingImage(list) && wait.elapsed() < 2000);
        waitedMs += wait.elapsed();
        ++steps;
        if (qEnvironmentVariableIsSet("BENCH_UI_DEBUG") && steps % 50 == 1)
            QTextStream(stderr) << "step " << steps << " contentY " << list->property("contentY").toReal() << " height "
                                << list->height() << " count " << list->property("count").toInt() << " contentHeight "
                                << list->property("contentHeight").toReal() << '\n';
        int top = -1;
        QMetaObject::invokeMethod(list, "indexAt", Q_RETURN_ARG(int, top), Q_ARG(qreal, 10.0),
                                  Q_ARG(qreal, list->property("contentY").toReal() + 10));
        for (; counted < top; ++counted) {
            QVariantMap row;
            QMetaObject::invokeMethod(timeline, "get", Q_RETURN_ARG(QVariantMap, row), Q_ARG(int, counted));
            if (row.value(QStringLiteral("type")).toString() == QLatin1String("photo"))
                ++passedPhotoCards;
        }
        if (qFuzzyCompare(list->property("contentY").toReal(), before) && !list->property("atYEnd").toBool())
            continue;
        if (list->property("atYEnd").toBool() && !QMetaObject::invokeMethod(timeline, "canFetchMore", Q_ARG(QModelIndex, {})))
            break;
        if (list->property("atYEnd").toBool() && !timeline->property("hasMore").toBool())
            break;
    }
    if (debug) {
        QList<QQuickItem *> all;
        collect(window->contentItem(), &all);
        QTextStream(stderr) << "items in window " << all.size() << " image responses alive "
                            << MediaImageProvider::responsesAlive() << '\n';
    }
    out << "scroll.photo_cards=" << passedPhotoCards << '\n'
        << "scroll.steps=" << steps << '\n'
        << "scroll.seconds=" << QString::number(scrollTimer.elapsed() / 1000.0, 'f', 1) << '\n'
        << "scroll.image_wait_ms_per_step=" << QString::number(double(waitedMs) / std::max(1, steps), 'f', 0) << '\n'
        << "scroll.rss_mb=" << QString::number(rssMb(), 'f', 1) << '\n'
        << "scroll.rss_vs_first_frame_ratio=" << QString::number(rssMb() / baselineRss, 'f', 2) << '\n';
    out.flush();
    return 0;
}
