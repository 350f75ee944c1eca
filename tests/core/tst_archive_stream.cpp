// SPDX-License-Identifier: GPL-3.0-or-later
// "Alles bewaren" fetches a message's files by streaming them to disk (issue 16): staff attach
// a 64 MB PDF to a conversation on the reference server (loopback HTTP); a separate process
// (archive_stream_worker) archives it with ArchiveFileFetcher, starting from an expired link
// so the conversation is asked for a fresh one. The file arrives whole and byte-identical,
// and the worker's peak memory grows by far less than the file (holding the download in
// memory, readAll, costs at least the file's size). A file whose first bytes are not what
// the archive expects is refused, and a download cut off halfway (the run cancelled) leaves
// no work file behind.
// Portal documents (invoices, annual statements: P14, with the account's token) stream the same
// way: a 64 MB annual statement arrives byte-identical with the same bound on memory, also when
// its first answer is a 401 (the access token expired mid-run: refreshed, retried, and the
// refused answer's bytes are not in the file), and an HTML page where the PDF should be is
// refused and leaves nothing.
#include "server/DemoOrganisation.h"
#include "server/Portal.h"
#include "server/ReferenceServer.h"
#include "server/staff/StaffDesk.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

namespace {
constexpr qint64 fileBytes = 64LL * 1024 * 1024;

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result() : QByteArray();
}
} // namespace

class TestArchiveStream : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::ReferenceServer> m_server;
    QString m_threadId;
    QString m_fileId;
    QByteArray m_sha256;
    QString m_documentRoute; // P14 of a demo annual statement, its file the large PDF
    QString m_htmlRoute;     // P14 of a demo invoice whose stored file is an HTML page
    qint64 m_serverClockOffsetMs = 0;

    QString serverDir() const { return m_dir.filePath(QStringLiteral("server")); }

    // Runs the worker on the staff's file; its key=value lines.
    QHash<QString, QString> archiveIt(const QString &workFolder, const QString &contentType,
                                      const QStringList &extra = {})
    {
        return runWorker({m_threadId, m_fileId, workFolder, contentType}, extra);
    }

    // Runs the worker on a portal document (its P14 route); with "expire" the server's clock
    // moves past the access token's expiry once the worker has signed in.
    QHash<QString, QString> archiveDocument(const QString &route, const QString &workFolder,
                                            const QStringList &extra = {})
    {
        return runWorker(
            {QStringLiteral("document"), route, workFolder, QStringLiteral("application/pdf")},
            extra);
    }

    QHash<QString, QString> runWorker(const QStringList &what, const QStringList &extra)
    {
        QProcess worker;
        worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker.start(
            QStringLiteral(ARCHIVE_STREAM_WORKER),
            QStringList{
                m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug)).toString()} +
                what + extra);
        // Wait with the event loop running: the reference server lives in this process.
        QByteArray output;
        if (extra.contains(QStringLiteral("expire"))) {
            QSignalSpy said(&worker, &QProcess::readyReadStandardOutput);
            while (!output.contains("signed_in=") && said.wait(30000))
                output += worker.readAllStandardOutput();
            if (!output.contains("signed_in=1"))
                return {};
            m_serverClockOffsetMs += 20 * 60 * 1000; // the 15-minute access token is dead
            worker.write("go\n");
        }
        QSignalSpy ended(&worker, &QProcess::finished);
        if (!ended.wait(120000) || worker.exitCode() != 0)
            return {};
        QHash<QString, QString> out;
        const QList<QByteArray> lines = (output + worker.readAllStandardOutput()).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                out.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        return out;
    }

    // The worker's file is the whole test file, alone in the work folder, and the worker's live
    // heap grew by less than a quarter of it while fetching. Held in memory, the download costs
    // the file's 64 MB at least (twice with readAll's copy); streamed, Qt's buffer and a chunk.
    // The live heap, not the RSS: that also counts what glibc keeps after it was freed, which
    // on two busy cores was 15-40 MB (see the worker).
    void checkStreamedWhole(const QHash<QString, QString> &out, const QString &work)
    {
        const QString path = out.value(QStringLiteral("path"));
        QVERIFY(path.startsWith(work + QLatin1Char('/')));
        QCOMPARE(QFileInfo(path).size(), fileBytes);
        QCOMPARE(sha256Of(path), m_sha256);
        QCOMPARE(QDir(work).entryList(QDir::Files | QDir::Hidden).size(), 1);
        const auto kb = [&out](const char *key) { return out.value(QLatin1String(key)).toLongLong(); };
        const qint64 growthKb = kb("live_peak_kb") - kb("live_before_kb");
        qInfo("fetching %lld MB, peak growth: live heap %.1f MB; anonymous memory %.1f MB, whole "
              "RSS %.1f MB; libraries' pages %.1f MB",
              fileBytes / 1024 / 1024, growthKb / 1024.0,
              (kb("anon_peak_kb") - kb("anon_before_kb")) / 1024.0,
              (kb("hwm_after_kb") - kb("rss_before_kb")) / 1024.0,
              (kb("file_after_kb") - kb("file_before_kb")) / 1024.0);
        QVERIFY2(kb("live_before_kb") > 0, "the heap was read");
        QVERIFY2(growthKb < fileBytes / 1024 / 4, qPrintable(QString::number(growthKb)));
    }

    // The worker was refused the file: no path, a reason, and nothing in the work folder under
    // any name.
    void checkRefusedLeavingNothing(const QHash<QString, QString> &out, const QString &work)
    {
        QVERIFY2(!out.isEmpty(), "the worker ran");
        QCOMPARE(out.value(QStringLiteral("path")), QString());
        QVERIFY(!out.value(QStringLiteral("error")).isEmpty());
        QCOMPARE(QDir(work).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

private slots:
    void initTestCase()
    {
        server::ServerOptions options{serverDir(), {}, {}, {}, {}};
        options.clock = [this] {
            return QDateTime::currentMSecsSinceEpoch() + m_serverClockOffsetMs;
        };
        m_server = std::make_unique<server::ReferenceServer>(options);
        QString error;
        QVERIFY2(m_server->open(&error) && m_server->seedDemo(1, &error), qPrintable(error));
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error) != 0, qPrintable(error));

        // A large "PDF": the magic, then bytes that do not compress and repeat nowhere.
        const QString pdf = m_dir.filePath(QStringLiteral("jaaroverzicht.pdf"));
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QRandomGenerator random(16);
            QByteArray block(1024 * 1024, '\0');
            while (file.size() < fileBytes) {
                random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
                if (file.size() == 0)
                    block.replace(0, 9, "%PDF-1.4\n");
                QCOMPARE(file.write(block), block.size());
            }
        }
        m_sha256 = sha256Of(pdf);
        server::StaffDesk desk(serverDir());
        QVERIFY2(desk.open(&error), qPrintable(error));
        const QString org = QString::fromLatin1(server::demo::daycareSlug);
        const qint64 thread =
            desk.sendMessage(org, QStringLiteral("Noor"), QStringLiteral("Jaaroverzicht"),
                             QStringLiteral("Het hele jaar in één bestand."), {}, &error);
        QVERIFY2(thread > 0, qPrintable(error));
        QVERIFY2(desk.attachFile(org, thread, pdf, QStringLiteral("jaaroverzicht.pdf"), &error),
                 qPrintable(error));
        m_threadId = QString::number(thread);
        m_fileId = desk.portal()
                       .db
                       .scalar(QStringLiteral("SELECT f.media_id FROM message_files f JOIN"
                                              " thread_messages m ON m.id = f.message_id"
                                              " WHERE m.thread_id = ?"),
                               {thread})
                       .toString();
        QVERIFY(!m_fileId.isEmpty());

        // Two of the parent's documents: the annual statement's stored file becomes the large
        // PDF, an invoice's an HTML error page (what a portal behind a login wall answers).
        server::Portal &portal = desk.portal();
        auto document = [&](const QString &type, QString *route) {
            QSqlQuery &q = portal.db.run(
                QStringLiteral(
                    "SELECT a.admin_id, a.item_id, m.content_key FROM admin_items a"
                    " JOIN media m ON m.id = a.media_id JOIN organisations o ON o.id = a.org_id"
                    " JOIN accounts u ON u.family_id = a.family_id AND u.org_id = a.org_id"
                    " WHERE o.slug = ? AND u.username = ? AND a.type = ? LIMIT 1"),
                {org, QString::fromLatin1(server::demo::username), type});
            if (!q.next())
                return QString();
            *route = QStringLiteral("/restservices-parent/administration/%1/%2/%3")
                         .arg(q.value(0).toString(), type, q.value(1).toString());
            const QString file =
                portal.media.pathOf(q.value(2).toString() + QStringLiteral(".pdf"));
            q.finish();
            return file;
        };
        const QString statement = document(QStringLiteral("annualstatement"), &m_documentRoute);
        QVERIFY(!statement.isEmpty());
        QVERIFY(QFile::remove(statement) && QFile::copy(pdf, statement));
        const QString invoice = document(QStringLiteral("invoice"), &m_htmlRoute);
        QVERIFY(!invoice.isEmpty());
        QFile html(invoice);
        QVERIFY(html.open(QIODevice::WriteOnly | QIODevice::Truncate));
        html.write("<!DOCTYPE html>\n<html><body><h1>Sessie verlopen</h1>"
                   "<p>Log opnieuw in.</p></body></html>\n");
    }

    void largeFileIsStreamedToDisk()
    {
        const QString work = m_dir.filePath(QStringLiteral("work"));
        const QHash<QString, QString> out = archiveIt(work, QStringLiteral("application/pdf"));
        QVERIFY2(!out.isEmpty(), "the worker ran");
        QCOMPARE(out.value(QStringLiteral("error")), QString());
        QCOMPARE(out.value(QStringLiteral("refreshes")), QStringLiteral("1")); // the dead link
        checkStreamedWhole(out, work);
    }

    void refusedFileLeavesNoWorkFile()
    {
        // The same bytes where the archive expects a photo: refused on its first bytes, the
        // download stopped, and nothing left in the work folder under any name.
        const QString work = m_dir.filePath(QStringLiteral("refused"));
        const QHash<QString, QString> out = archiveIt(work, QStringLiteral("image/jpeg"));
        checkRefusedLeavingNothing(out, work);
    }

    void cutDownloadLeavesNoWorkFile()
    {
        // The run is cancelled (the fetcher dropped) while the file is half on disk: the
        // download stops and its part file goes with it.
        const QString work = m_dir.filePath(QStringLiteral("cut"));
        const QHash<QString, QString> out =
            archiveIt(work, QStringLiteral("application/pdf"), {QStringLiteral("cut")});
        QVERIFY2(!out.isEmpty(), "the worker ran");
        const qint64 cutAt = out.value(QStringLiteral("cut_at_bytes")).toLongLong();
        QVERIFY2(cutAt > 0 && cutAt < fileBytes, "cut while the file was arriving");
        QCOMPARE(out.value(QStringLiteral("path")), QString()); // no callback after the cut
        QCOMPARE(QDir(work).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void largeDocumentIsStreamedToDisk()
    {
        const QString work = m_dir.filePath(QStringLiteral("document"));
        const QHash<QString, QString> out = archiveDocument(m_documentRoute, work);
        QVERIFY2(!out.isEmpty(), "the worker ran");
        QCOMPARE(out.value(QStringLiteral("error")), QString());
        // Buffered by the API client (ApiResult::raw), the document cost its 64 MB at least.
        checkStreamedWhole(out, work);
    }

    void htmlInsteadOfDocumentIsRefused()
    {
        // The portal answers 200 with an HTML page where the invoice's PDF should be: refused
        // on its first bytes, and nothing is left in the work folder under any name.
        const QString work = m_dir.filePath(QStringLiteral("html"));
        const QHash<QString, QString> out = archiveDocument(m_htmlRoute, work);
        checkRefusedLeavingNothing(out, work);
    }

    void expiredTokenMidRunStillGivesTheWholeDocument()
    {
        // Signed in, then the access token expires (the run is long): the document's first
        // answer is a 401, the client refreshes and asks again, and the file holds exactly the
        // second answer's bytes (the 401's JSON body is not in it).
        const QString work = m_dir.filePath(QStringLiteral("expired"));
        const QHash<QString, QString> out =
            archiveDocument(m_documentRoute, work, {QStringLiteral("expire")});
        QVERIFY2(!out.isEmpty(), "the worker ran");
        QCOMPARE(out.value(QStringLiteral("error")), QString());
        // The refused attempt, the token refresh, the document.
        QCOMPARE(out.value(QStringLiteral("requests")), QStringLiteral("3"));
        const QString path = out.value(QStringLiteral("path"));
        QCOMPARE(QFileInfo(path).size(), fileBytes);
        QCOMPARE(sha256Of(path), m_sha256);
        QCOMPARE(QDir(work).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestArchiveStream)
#include "tst_archive_stream.moc"
