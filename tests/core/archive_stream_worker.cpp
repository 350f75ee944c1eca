// SPDX-License-Identifier: GPL-3.0-or-later
// A separate process for tst_archive_stream: fetches one message file with the archive's
// ArchiveFileFetcher and tells how much this process's memory grew meanwhile (the reference
// server lives in the test's process, so its copy of the file does not count here). The link
// it starts with is a dead one: the fetcher has to ask the conversation for a fresh link (P7).
// Prints key=value lines: path, error, refreshes, requests, and the memory figures (kB):
// live_before/live_peak (the live heap), anon_before/anon_peak, rss_before/hwm_after and
// file_before/file_after (shared libraries' pages). With a
// last argument "cut" it drops the fetcher (as a cancelled run does) once the work file holds
// more than a MB, and prints cut_at_bytes instead.
// With THREAD "document", FILE_ID is a portal route (P14, an invoice or annual statement)
// fetched with the account's token instead. A last argument "expire" signs in first, prints
// signed_in=1 and waits for a line on standard input (the test moves the server's clock past
// the access token's expiry meanwhile), so the document's first answer is a 401.
#include "features/archive/ArchiveFileFetcher.h"
#include "net/ApiClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <malloc.h>
#include <memory>
#include <thread>

using namespace nestje;

namespace {
// One line of /proc/self/status in kB ("VmRSS", "VmHWM"); -1 when it cannot be read.
qint64 statusKb(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// What this process holds while the file comes in, read every millisecond on a thread of its
// own until destroyed: the peak of its live heap (bytes in allocations not yet freed, from
// glibc's own count), which is where a download held in memory would be, and the peak of its
// anonymous memory for the record. The test judges the first. The second, like VmHWM, also
// counts memory glibc keeps after it was freed: on two busy cores Qt's network thread fills
// buffers the main thread frees, and glibc then kept up to 40 MB that nothing used
// (malloc_info said free).
class HeldMemory
{
public:
    HeldMemory()
        : m_liveBefore(liveBytes())
        , m_anonBefore(statusKb("RssAnon"))
        , m_livePeak(m_liveBefore)
        , m_anonPeak(m_anonBefore)
        , m_sampler([this] {
            while (!m_stop.load()) {
                sample();
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        })
    {
    }
    ~HeldMemory() { stop(); }
    // Stops sampling; the figures in kB.
    void stop()
    {
        m_stop.store(true);
        if (m_sampler.joinable())
            m_sampler.join();
        sample();
    }
    qint64 liveBeforeKb() const { return m_liveBefore / 1024; }
    qint64 livePeakKb() const { return m_livePeak.load() / 1024; }
    qint64 anonBeforeKb() const { return m_anonBefore; }
    qint64 anonPeakKb() const { return m_anonPeak.load(); }

private:
    static qint64 liveBytes()
    {
        const struct mallinfo2 info = mallinfo2(); // every arena, and the mmapped blocks
        return qint64(info.uordblks + info.hblkhd);
    }
    void sample()
    {
        m_livePeak.store(std::max(m_livePeak.load(), liveBytes()));
        m_anonPeak.store(std::max(m_anonPeak.load(), statusKb("RssAnon")));
    }

    const qint64 m_liveBefore;
    const qint64 m_anonBefore;
    std::atomic<qint64> m_livePeak;
    std::atomic<qint64> m_anonPeak;
    std::atomic<bool> m_stop{false};
    std::thread m_sampler;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6 && args.size() != 7)
        return 2; // archive_stream_worker PORTAL THREAD FILE_ID WORK CONTENT_TYPE [cut|expire]
    const bool cut = args.size() == 7 && args.at(6) == QLatin1String("cut");
    const bool expire = args.size() == 7 && args.at(6) == QLatin1String("expire");
    const bool document = args.at(2) == QLatin1String("document");
    QNetworkAccessManager network;
    const QUrl portal(args.at(1));
    ApiClient api(&network, portal, QStringLiteral("ouder@example.nl"));
    api.setPasswordProvider([](auto answer) { answer(QStringLiteral("nestje-demo")); });
    auto fetcher = std::make_unique<ArchiveFileFetcher>(&network, &api, args.at(4));

    ArchiveFileItem item;
    item.key = QStringLiteral("msg/stream");
    item.source = ArchiveFileItem::Source::SignedLink;
    item.owner = ArchiveFileItem::Owner::Message;
    item.url = portal.resolved(QUrl(QStringLiteral("media/expired.pdf"))).toString(); // 404
    item.contentType = args.at(5);
    item.extension = QStringLiteral("pdf");
    item.ownerId = args.at(2);
    item.fileId = args.at(3);
    if (document) {
        item.key = QStringLiteral("doc/stream");
        item.source = ArchiveFileItem::Source::Portal;
        item.owner = ArchiveFileItem::Owner::Document;
        item.url = args.at(3);
    }

    qint64 rssBefore = -1;
    qint64 fileBefore = -1;
    std::unique_ptr<HeldMemory> held;
    auto fetch = [&] {
        api.resetRequestCount();
        rssBefore = statusKb("VmRSS");
        fileBefore = statusKb("RssFile");
        held = std::make_unique<HeldMemory>();
        fetcher->fetch(item, [&](const QString &path, const QString &error) {
            held->stop();
            std::printf("path=%s\nerror=%s\nrefreshes=%d\nrequests=%d\nlive_before_kb=%lld\n"
                        "live_peak_kb=%lld\nanon_before_kb=%lld\nanon_peak_kb=%lld\n"
                        "rss_before_kb=%lld\nhwm_after_kb=%lld\nfile_before_kb=%lld\n"
                        "file_after_kb=%lld\n",
                        qPrintable(path), qPrintable(error), fetcher->linkRefreshes(),
                        api.requestsSent(), held->liveBeforeKb(), held->livePeakKb(),
                        held->anonBeforeKb(), held->anonPeakKb(), rssBefore, statusKb("VmHWM"),
                        fileBefore, statusKb("RssFile"));
            std::fflush(stdout);
            app.exit(0);
        });
    };
    QTimer::singleShot(0, &app, [&] {
        if (!expire) {
            fetch();
            return;
        }
        ApiCall signIn;
        signIn.path = QStringLiteral("/restservices-parent/parent");
        api.send(signIn, &app, [&](const ApiResult &result) {
            std::printf("signed_in=%d\n", result.ok() ? 1 : 0);
            std::fflush(stdout);
            char line[16];
            if (!result.ok() || !std::fgets(line, sizeof line, stdin)) {
                app.exit(3);
                return;
            }
            fetch();
        });
    });
    QTimer watch;
    if (cut) {
        QObject::connect(&watch, &QTimer::timeout, &app, [&] {
            const QFileInfoList files = QDir(args.at(4)).entryInfoList(QDir::Files | QDir::Hidden);
            if (files.isEmpty() || files.first().size() < 1024 * 1024)
                return;
            watch.stop();
            std::printf("cut_at_bytes=%lld\n", files.first().size());
            std::fflush(stdout);
            fetcher.reset();
            QTimer::singleShot(200, &app, [&] { app.exit(0); }); // the replies go meanwhile
        });
        watch.start(1);
    }
    QTimer::singleShot(120000, &app, [&] { app.exit(5); });
    return app.exec();
}
