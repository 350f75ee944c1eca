// SPDX-License-Identifier: GPL-3.0-or-later
// A separate process for tst_archive_stream: fetches one message file with the archive's
// ArchiveFileFetcher and tells how much this process's memory grew meanwhile (the reference
// server lives in the test's process, so its copy of the file does not count here). The link
// it starts with is a dead one: the fetcher has to ask the conversation for a fresh link (P7).
// Prints key=value lines: path, error, refreshes, requests, rss_before_kb, hwm_after_kb. With a
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

#include <cstdio>
#include <memory>

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
    auto fetch = [&] {
        api.resetRequestCount();
        rssBefore = statusKb("VmRSS");
        fetcher->fetch(item, [&](const QString &path, const QString &error) {
            std::printf("path=%s\nerror=%s\nrefreshes=%d\nrequests=%d\nrss_before_kb=%lld\n"
                        "hwm_after_kb=%lld\n",
                        qPrintable(path), qPrintable(error), fetcher->linkRefreshes(),
                        api.requestsSent(), rssBefore, statusKb("VmHWM"));
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
