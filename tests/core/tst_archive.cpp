// SPDX-License-Identifier: GPL-3.0-or-later
// "Alles bewaren" end to end against the reference server on loopback and the account's real
// SQLite cache: a full archive of the demo family checked file by file (per child as many
// files as the timeline has media for that child, the portal's day in each name, EXIF date
// and caption read back with the exiv2 tool, the file's date, videos as videos, diary pages
// naming the right days, index.html linking every file); a second run that fetches nothing
// and changes nothing; a run killed by SIGKILL halfway (separate process) and restarted that
// ends with exactly the same files, no duplicates and no partial ones; links that expire
// during a run are refreshed. Runs with TZ=America/New_York: the portal's calendar must win.
#include "accounts/Accounts.h"
#include "db/Database.h"
#include "features/account/AccountStore.h"
#include "features/archive/ArchiveCareEnd.h"
#include "features/archive/ArchiveLayout.h"
#include "features/archive/ArchiveRun.h"
#include "features/archive/ArchiveService.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "sync/NotificationFeed.h"
#include "text/PortalTime.h"

#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace nestje;

namespace {

// Every file under `root` (the archive's hidden folder left out unless asked for), relative,
// with its size and modification time: what the parent sees.
QMap<QString, QPair<qint64, qint64>> tree(const QString &root, bool withState = false)
{
    QMap<QString, QPair<qint64, qint64>> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString relative = QDir(root).relativeFilePath(it.filePath());
        if (!withState && relative.startsWith(archivelayout::stateFolder() + QLatin1Char('/')))
            continue;
        files.insert(relative,
                     {it.fileInfo().size(), it.fileInfo().lastModified().toMSecsSinceEpoch()});
    }
    return files;
}

QString exiv2Value(const QString &file, const QString &key)
{
    QProcess exiv2;
    exiv2.start(QStringLiteral("exiv2"),
                {QStringLiteral("-q"), QStringLiteral("-Pv"), QStringLiteral("-K"), key, file});
    if (!exiv2.waitForFinished(20000))
        return QStringLiteral("<exiv2 did not finish>");
    return QString::fromUtf8(exiv2.readAllStandardOutput()).trimmed();
}

QDateTime amsterdam(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
}

int manifestKeys(const QString &root)
{
    QFile manifest(root + QLatin1Char('/') + archivelayout::manifestFile());
    if (!manifest.open(QIODevice::ReadOnly))
        return -1;
    QSet<QByteArray> keys;
    const QList<QByteArray> lines = manifest.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            keys.insert(line.split('\t').first());
    }
    return int(keys.size());
}

QByteArray head(const QString &path, int bytes = 8)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

struct Media
{
    qint64 date = 0;
    bool video = false;
    QString description;
};

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<server::ReferenceServer> m_server;
    qint64 m_serverClockOffsetMs = 0;
    std::unique_ptr<Accounts> m_accounts;
    QString m_accountId;
    QString m_organisation;
    QMap<QString, QString> m_children;             // id -> first name
    QHash<QString, QHash<QString, Media>> m_media; // child id -> media id -> what the cache says
    QMap<QString, QPair<qint64, qint64>> m_fullTree;

    Database *db() { return m_accounts->session(m_accountId)->database(); }
    // One number from the account's cache, read with SQL (independent of the archive's code).
    int count(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery *q = db()->select(sql, values);
        const int n = q && q->next() ? q->value(0).toInt() : -1;
        if (q)
            q->finish();
        return n;
    }
    ApiClient *api() { return m_accounts->session(m_accountId)->api(); }
    QString root(const char *name) { return m_dir.filePath(QString::fromLatin1(name)); }

    std::unique_ptr<ArchiveRun> run(const QString &root, const QString &child = {})
    {
        ArchiveOptions options;
        options.root = root;
        options.scope.organisation = m_organisation;
        options.scope.child = child;
        auto archive = std::make_unique<ArchiveRun>(db(), api(), options);
        QSignalSpy finished(archive.get(), &ArchiveRun::finished);
        archive->start(); // with nothing to fetch it ends at once
        if (finished.isEmpty() && !finished.wait(180000))
            qWarning() << "archive did not finish";
        return archive;
    }

    // Independent of the archive's code: what the cache holds per child, read with SQL.
    void readExpected()
    {
        QSqlQuery *q = db()->select(QStringLiteral("SELECT id, first_name FROM children"));
        while (q && q->next())
            m_children.insert(q->value(0).toString(), q->value(1).toString());
        q->finish();
        q = db()->select(QStringLiteral(
            "SELECT pc.child_id, p.id, p.date, p.media_type, p.description FROM photos p"
            " JOIN photo_children pc ON pc.photo_id = p.id WHERE p.downloadable = 1"));
        while (q && q->next())
            m_media[q->value(0).toString()].insert(
                q->value(1).toString(),
                {q->value(2).toLongLong(), q->value(3).toString() == QLatin1String("video"),
                 q->value(4).toString()});
        q->finish();
    }

private slots:
    void initTestCase()
    {
        for (const char *variable : {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"})
            qputenv(variable, m_dir.filePath(QString::fromLatin1(variable)).toUtf8());
        server::ServerOptions options{m_dir.filePath(QStringLiteral("server")), {}, {}, {}, {}};
        options.clock = [this] {
            return QDateTime::currentMSecsSinceEpoch() + m_serverClockOffsetMs;
        };
        m_server = std::make_unique<server::ReferenceServer>(options);
        QString error;
        QVERIFY2(m_server->open(&error) && m_server->seedDemo(1, &error), qPrintable(error));
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error) != 0, qPrintable(error));
        m_accounts = std::make_unique<Accounts>(&m_network);
        QSignalSpy added(m_accounts.get(), &Accounts::added);
        m_accounts->add(m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug)),
                        QString::fromLatin1(server::demo::username),
                        QString::fromLatin1(server::demo::password),
                        /*ephemeral*/ true);
        QVERIFY(added.wait(20000));
        m_accountId = added.first().first().toString();
        SyncEngine *sync = m_accounts->session(m_accountId)->sync();
        if (sync->isRunning() || !sync->hasCompletedFullSync()) {
            QSignalSpy finished(sync, &SyncEngine::finished);
            QVERIFY(finished.wait(120000));
        }
        m_organisation = m_accounts->session(m_accountId)->info().organisation;
        readExpected();
        QVERIFY2(m_children.size() >= 2, "the demo family has two children");
        int videos = 0, photos = 0;
        for (const auto &media : std::as_const(m_media)) {
            for (const Media &m : media)
                (m.video ? videos : photos)++;
        }
        QVERIFY2(videos > 0 && photos > 10, "the demo has photos and videos");
        qInfo() << "demo family:" << photos << "photos," << videos << "videos over"
                << m_children.size() << "children";
    }

    void fullArchiveFileByFile()
    {
        const QString archive = root("full");
        auto result = run(archive);
        QCOMPARE(result->state(), ArchiveRun::State::Finished);
        QVERIFY2(result->failures().isEmpty(),
                 qPrintable(result->failures().join(QLatin1Char('\n'))));
        const auto files = tree(archive);
        static const QRegularExpression mediaName(
            QStringLiteral("^(\\d{4})/(\\d{4}-\\d{2}-\\d{2})_(.+)\\.(jpg|avi|mp4)$"));
        int exifChecked = 0;
        for (auto child = m_children.constBegin(); child != m_children.constEnd(); ++child) {
            const QString folder =
                archivelayout::childFolder(m_organisation, child.value()) + QLatin1Char('/');
            const QHash<QString, Media> expected = m_media.value(child.key());
            QSet<QString> seen;
            for (auto file = files.constBegin(); file != files.constEnd(); ++file) {
                if (!file.key().startsWith(folder))
                    continue;
                const QString inChild = file.key().mid(folder.size());
                if (inChild == QLatin1String("index.html") ||
                    inChild.startsWith(QLatin1String("dagboek/")) ||
                    inChild.startsWith(QLatin1String("berichten/")))
                    continue;
                const QRegularExpressionMatch m = mediaName.match(inChild);
                QVERIFY2(m.hasMatch(), qPrintable(file.key()));
                const QString id = m.captured(3);
                QVERIFY2(
                    expected.contains(id),
                    qPrintable(QStringLiteral("%1 is not %2's").arg(file.key(), child.value())));
                QVERIFY2(!seen.contains(id), qPrintable(QStringLiteral("%1 twice").arg(id)));
                seen.insert(id);
                const Media media = expected.value(id);
                const QDateTime taken = amsterdam(media.date);
                QCOMPARE(m.captured(2), taken.date().toString(Qt::ISODate));
                QCOMPARE(m.captured(1).toInt(), taken.date().year());
                QCOMPARE(file.value().second / 1000, media.date / 1000); // the file's date
                const QString path = archive + QLatin1Char('/') + file.key();
                QFile bytes(path);
                QVERIFY(bytes.open(QIODevice::ReadOnly));
                const QByteArray head = bytes.read(12);
                if (media.video) {
                    QCOMPARE(m.captured(4), QStringLiteral("avi"));
                    QVERIFY(head.startsWith("RIFF") && head.mid(8, 4) == "AVI ");
                } else {
                    QCOMPARE(m.captured(4), QStringLiteral("jpg"));
                    QVERIFY(head.startsWith("\xFF\xD8\xFF"));
                    if (exifChecked < 4 && !media.description.isEmpty()) {
                        ++exifChecked;
                        QCOMPARE(exiv2Value(path, QStringLiteral("Exif.Photo.DateTimeOriginal")),
                                 taken.toString(QStringLiteral("yyyy:MM:dd HH:mm:ss")));
                        QCOMPARE(exiv2Value(path, QStringLiteral("Exif.Image.ImageDescription")),
                                 media.description);
                        QVERIFY(!QImage(path).isNull());
                    }
                }
            }
            // As many files as the timeline has media of this child.
            QCOMPARE(seen.size(), expected.size());

            // index.html links every one of them.
            QFile index(archive + QLatin1Char('/') + folder + QStringLiteral("index.html"));
            QVERIFY(index.open(QIODevice::ReadOnly));
            const QString html = QString::fromUtf8(index.readAll());
            for (const QString &id : std::as_const(seen))
                QVERIFY2(html.contains(QStringLiteral("_%1.").arg(id)), qPrintable(id));
            // Every link of every page leads to a file of the archive (opened offline).
            for (auto page = files.constBegin(); page != files.constEnd(); ++page) {
                if (!page.key().startsWith(folder) || !page.key().endsWith(QLatin1String(".html")))
                    continue;
                QFile pageFile(archive + QLatin1Char('/') + page.key());
                QVERIFY(pageFile.open(QIODevice::ReadOnly));
                static const QRegularExpression link(QStringLiteral("(?:href|src)=\"([^\"]+)\""));
                auto links = link.globalMatch(QString::fromUtf8(pageFile.readAll()));
                int count = 0;
                while (links.hasNext()) {
                    const QString target =
                        QFileInfo(page.key()).path() + QLatin1Char('/') + links.next().captured(1);
                    QVERIFY2(files.contains(QDir::cleanPath(target)),
                             qPrintable(page.key() + QStringLiteral(" -> ") + target));
                    ++count;
                }
                QVERIFY2(count > 0, qPrintable(page.key()));
            }

            // The diary: each entry under its own (portal) day, on its month's page.
            QSqlQuery *q = db()->select(
                QStringLiteral("SELECT c.date FROM cards c JOIN card_children cc ON cc.card_key ="
                               " c.card_key WHERE c.type = 'journal' AND cc.child_id = ?"),
                {child.key()});
            int entries = 0;
            while (q && q->next()) {
                const QDate day = amsterdam(q->value(0).toLongLong()).date();
                QFile page(archive + QLatin1Char('/') +
                           archivelayout::diaryPage(m_organisation, child.value(), day.year(),
                                                    day.month()));
                QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
                QVERIFY2(page.readAll().contains("datetime=\"" +
                                                 day.toString(Qt::ISODate).toLatin1() + '"'),
                         qPrintable(day.toString(Qt::ISODate)));
                ++entries;
            }
            q->finish();
            qInfo() << child.value() << ":" << seen.size() << "media," << entries
                    << "diary entries";
        }
        QVERIFY2(exifChecked > 0, "EXIF was checked on captioned photos");
        // Nothing half-written or hidden where the parent looks.
        for (auto file = files.constBegin(); file != files.constEnd(); ++file)
            QVERIFY2(!QFileInfo(file.key()).fileName().startsWith(QLatin1Char('.')),
                     qPrintable(file.key()));
        m_fullTree = files;
    }

    void conversationsNewsAndDocumentsArePages()
    {
        QVERIFY(!m_fullTree.isEmpty());
        const QString archive = root("full");
        const QString org = archivelayout::safeName(m_organisation);
        const auto readPage = [&](const QString &relative) {
            QFile page(archive + QLatin1Char('/') + relative);
            return page.open(QIODevice::ReadOnly) ? QString::fromUtf8(page.readAll()) : QString();
        };

        // Each conversation with its messages: one page, named after the (portal) day its first
        // message was written, in its child's folder (or the organisation's), naming the day
        // and time of every message.
        int pages = 0;
        QSqlQuery *q = db()->select(QStringLiteral(
            "SELECT t.id, t.child_id, m.date FROM message_threads t JOIN thread_messages m"
            " ON m.thread_id = t.id ORDER BY t.id, m.seq"));
        QMap<QString, QList<qint64>> messageDates;
        QHash<QString, QString> childOf;
        while (q && q->next()) {
            messageDates[q->value(0).toString()] << q->value(2).toLongLong();
            childOf.insert(q->value(0).toString(), q->value(1).toString());
        }
        q->finish();
        QVERIFY2(messageDates.size() > 2, "the demo family has conversations");
        for (auto it = messageDates.constBegin(); it != messageDates.constEnd(); ++it) {
            const QString child = m_children.value(childOf.value(it.key()));
            const QString folder = child.isEmpty()
                                       ? org + QStringLiteral("/berichten")
                                       : archivelayout::childFolder(m_organisation, child) +
                                             QStringLiteral("/berichten");
            const QString page =
                QStringLiteral("%1/%2_%3.html")
                    .arg(folder, amsterdam(it.value().first()).date().toString(Qt::ISODate),
                         it.key());
            QVERIFY2(m_fullTree.contains(page), qPrintable(page));
            const QString html = readPage(page);
            for (qint64 date : it.value())
                QVERIFY2(html.contains(QStringLiteral("datetime=\"%1\"")
                                           .arg(amsterdam(date).toString(
                                               QStringLiteral("yyyy-MM-ddTHH:mm")))),
                         qPrintable(page));
            ++pages;
            // Linked from the child's index (or the account's).
            const QString index = child.isEmpty() ? archivelayout::accountIndexPage(m_organisation)
                                                  : archivelayout::indexPage(m_organisation, child);
            QVERIFY2(readPage(index).contains(QFileInfo(page).fileName()), qPrintable(page));
        }

        // Every attachment of every message as its own file beside the conversations.
        const int attachments =
            count(QStringLiteral("SELECT COUNT(*) FROM message_attachments WHERE full_url != ''"));
        QVERIFY2(attachments > 0, "the demo's messages have photos");
        int attachmentFiles = 0;
        for (auto it = m_fullTree.constBegin(); it != m_fullTree.constEnd(); ++it) {
            if (it.key().contains(QLatin1String("/berichten/bijlagen/"))) {
                ++attachmentFiles;
                const QByteArray bytes = head(archive + QLatin1Char('/') + it.key());
                QVERIFY2(!bytes.isEmpty() && !bytes.startsWith('<'), qPrintable(it.key()));
            }
        }
        QCOMPARE(attachmentFiles, attachments);

        // News: a page per item (dated), its attachments as the PDFs they are.
        q = db()->select(QStringLiteral(
            "SELECT n.id, n.date FROM news n JOIN content_bodies b ON b.content_id = n.id"));
        int news = 0;
        while (q && q->next()) {
            const QString page =
                QStringLiteral("%1/nieuws/%2_%3.html")
                    .arg(org, amsterdam(q->value(1).toLongLong()).date().toString(Qt::ISODate),
                         q->value(0).toString());
            QVERIFY2(m_fullTree.contains(page), qPrintable(page));
            ++news;
        }
        q->finish();
        QVERIFY2(news > 0, "the demo has news");
        const int newsAttachments = count(QStringLiteral(
            "SELECT COUNT(*) FROM content_attachments a JOIN news n ON n.id = a.content_id"));
        QVERIFY2(newsAttachments > 0, "the demo's news has attachments");
        int newsPdfs = 0, newsImages = 0;
        for (auto it = m_fullTree.constBegin(); it != m_fullTree.constEnd(); ++it) {
            if (!it.key().startsWith(org + QStringLiteral("/nieuws/bijlagen/")))
                continue;
            const QByteArray bytes = head(archive + QLatin1Char('/') + it.key());
            if (it.key().endsWith(QLatin1String(".pdf"))) {
                QVERIFY2(bytes.startsWith("%PDF"), qPrintable(it.key()));
                ++newsPdfs;
            } else {
                QVERIFY2(bytes.startsWith("\xFF\xD8\xFF"), qPrintable(it.key()));
                ++newsImages;
            }
        }
        QCOMPARE(newsPdfs, newsAttachments);
        QVERIFY2(newsImages > 0, "the news items' images are in the archive");

        // Newsletters: a page each, dated.
        q = db()->select(QStringLiteral("SELECT id, date FROM newsletters WHERE html IS NOT NULL"));
        int newsletters = 0;
        while (q && q->next()) {
            const QDate day = amsterdam(q->value(1).toLongLong()).date();
            const QString page = QStringLiteral("%1/nieuwsbrieven/%2_%3.html")
                                     .arg(org, day.toString(Qt::ISODate), q->value(0).toString());
            QVERIFY2(readPage(page).contains(
                         QStringLiteral("datetime=\"%1\"").arg(day.toString(Qt::ISODate))),
                     qPrintable(page));
            ++newsletters;
        }
        q->finish();
        QVERIFY2(newsletters > 0, "the demo has newsletters");

        // Documents: each invoice, statement and document as its PDF, dated by its own date.
        const int documents =
            count(QStringLiteral("SELECT COUNT(*) FROM documents WHERE has_attachment = 1"));
        QVERIFY2(documents > 0, "the demo family has documents");
        int pdfs = 0;
        for (auto it = m_fullTree.constBegin(); it != m_fullTree.constEnd(); ++it) {
            if (!it.key().startsWith(org + QStringLiteral("/documenten/")))
                continue;
            QVERIFY2(it.key().endsWith(QLatin1String(".pdf")) &&
                         head(archive + QLatin1Char('/') + it.key()).startsWith("%PDF"),
                     qPrintable(it.key()));
            ++pdfs;
        }
        QCOMPARE(pdfs, documents);

        // Every page of the whole archive: each link and image leads to a file of the archive
        // (links out to the web may stay, as links); nothing is loaded from anywhere else.
        static const QRegularExpression link(QStringLiteral("(href|src)=\"([^\"]+)\""));
        int checked = 0;
        for (auto it = m_fullTree.constBegin(); it != m_fullTree.constEnd(); ++it) {
            if (!it.key().endsWith(QLatin1String(".html")))
                continue;
            const QString html = readPage(it.key());
            QVERIFY2(!html.contains(QLatin1String("<script")) &&
                         !html.contains(QLatin1String("<link")) &&
                         !html.contains(QLatin1String("url(")) &&
                         !html.contains(QLatin1String("<iframe")),
                     qPrintable(it.key()));
            auto links = link.globalMatch(html);
            while (links.hasNext()) {
                const QRegularExpressionMatch m = links.next();
                const QString target = m.captured(2);
                const bool outward = target.startsWith(QLatin1String("https:")) ||
                                     target.startsWith(QLatin1String("http:")) ||
                                     target.startsWith(QLatin1String("mailto:")) ||
                                     target.startsWith(QLatin1String("tel:"));
                QVERIFY2(!(outward && m.captured(1) == QLatin1String("src")) &&
                             !target.startsWith(QLatin1String("//")),
                         qPrintable(it.key() + QStringLiteral(" loads ") + target));
                if (outward)
                    continue;
                const QString file =
                    QDir::cleanPath(QFileInfo(it.key()).path() + QLatin1Char('/') + target);
                QVERIFY2(m_fullTree.contains(file),
                         qPrintable(it.key() + QStringLiteral(" -> ") + file));
                ++checked;
            }
        }
        QVERIFY(checked > 0);
        // The account's page leads to every child, the news, the newsletters and the documents.
        const QString accountIndex = readPage(archivelayout::accountIndexPage(m_organisation));
        for (const QString &child : std::as_const(m_children))
            QVERIFY2(accountIndex.contains(archivelayout::safeName(child) +
                                           QStringLiteral("/index.html")),
                     qPrintable(child));
        QCOMPARE(int(accountIndex.count(QLatin1String("href=\"nieuws/"))), news);
        QCOMPARE(int(accountIndex.count(QLatin1String("href=\"nieuwsbrieven/"))), newsletters);
        QCOMPARE(int(accountIndex.count(QLatin1String("href=\"documenten/"))), documents);
        qInfo() << pages << "conversations," << attachments << "message files," << news << "news,"
                << newsletters << "newsletters," << documents << "documents";
    }

    void secondRunFetchesNothing()
    {
        QVERIFY(!m_fullTree.isEmpty());
        auto again = run(root("full"));
        QCOMPARE(again->state(), ArchiveRun::State::Finished);
        QCOMPARE(again->downloadsStarted(), 0);
        QCOMPARE(again->alreadySaved(), again->itemsTotal());
        QCOMPARE(again->pagesWritten(), 0);
        QCOMPARE(tree(root("full")), m_fullTree); // not a byte or a date changed
    }

    void killedRunResumesWithoutDuplicates()
    {
        QVERIFY(!m_fullTree.isEmpty());
        const QString archive = root("killed");
        QProcess worker;
        worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        int total = 0;
        for (const auto &media : std::as_const(m_media))
            total += int(media.size());
        const int killAfter = std::max(1, total / 3);
        worker.start(
            QStringLiteral(ARCHIVE_WORKER),
            {db()->filePath(),
             m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug)).toString(),
             archive, m_organisation, QString::number(killAfter)});
        // Wait with the event loop running: the reference server lives in this process.
        QSignalSpy ended(&worker, &QProcess::finished);
        QVERIFY(ended.wait(120000));
        QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
        const int placedBeforeKill = int(tree(archive).size());
        QVERIFY2(placedBeforeKill >= killAfter && placedBeforeKill < total,
                 qPrintable(QString::number(placedBeforeKill)));

        auto resumed = run(archive);
        QCOMPARE(resumed->state(), ArchiveRun::State::Finished);
        // Finished files are not fetched again (a photo of two children is one download).
        QVERIFY2(resumed->alreadySaved() >= killAfter,
                 qPrintable(QString::number(resumed->alreadySaved())));
        QVERIFY(resumed->downloadsStarted() <= resumed->itemsTotal() - resumed->alreadySaved());
        // Exactly the files of the uninterrupted archive: no duplicates, no partial files.
        const auto files = tree(archive);
        QCOMPARE(files.keys(), m_fullTree.keys());
        for (auto it = files.constBegin(); it != files.constEnd(); ++it)
            QVERIFY2(it.value().first == m_fullTree.value(it.key()).first ||
                         it.key().endsWith(QLatin1String(".html")),
                     qPrintable(it.key()));
        // And the manifest knows each file once, as many as the uninterrupted run's.
        QVERIFY(manifestKeys(archive) > total);
        QCOMPARE(manifestKeys(archive), manifestKeys(root("full")));
    }

    void expiredLinksAreRefreshedDuringTheRun()
    {
        // The child whose conversations have files: their links expire as well. From two weeks
        // before the newest of those messages only (`--since`), so the run stays short.
        QSqlQuery *q = db()->select(QStringLiteral(
            "SELECT t.child_id, MAX(m.date) FROM message_attachments a JOIN message_threads t"
            " ON t.id = a.thread_id JOIN thread_messages m ON m.thread_id = a.thread_id"
            " AND m.id = a.message_id WHERE a.full_url != '' GROUP BY t.child_id"
            " ORDER BY COUNT(*) DESC"));
        QVERIFY(q && q->next());
        const QString child = q->value(0).toString();
        const QDate since = amsterdam(q->value(1).toLongLong()).date().addDays(-14);
        q->finish();
        QVERIFY(m_children.contains(child));
        int media = 0;
        for (const Media &m : m_media.value(child))
            media += amsterdam(m.date).date() >= since ? 1 : 0;
        const int attachments =
            count(QStringLiteral("SELECT COUNT(*) FROM message_attachments a JOIN message_threads t"
                                 " ON t.id = a.thread_id JOIN thread_messages m ON m.thread_id ="
                                 " a.thread_id AND m.id = a.message_id WHERE t.child_id = ?"
                                 " AND a.full_url != '' AND m.date >= ?"),
                  {child, portaltime::startOfDay(since)});
        QVERIFY2(attachments > 0, "the child's conversations have files");

        // Two hours later on the portal: every signed link in the cache has expired (the
        // device's clock does not know). The server answers 403; the archive's media cache
        // asks for the card again, the conversation's files for the conversation's details,
        // and fetch with the fresh links.
        m_serverClockOffsetMs = 2 * 60 * 60 * 1000;
        ArchiveOptions options;
        options.root = root("expired");
        options.scope.organisation = m_organisation;
        options.scope.child = child;
        options.scope.since = since;
        ArchiveRun result(db(), api(), options);
        QSignalSpy finished(&result, &ArchiveRun::finished);
        result.start();
        QVERIFY(!finished.isEmpty() || finished.wait(180000));
        m_serverClockOffsetMs = 0;
        QCOMPARE(result.state(), ArchiveRun::State::Finished);
        QVERIFY2(result.linkRefreshes() > 0, "links were refreshed");
        QCOMPARE(result.itemsTotal(), media + attachments);
        QCOMPARE(result.itemsDone(), result.itemsTotal());
        QCOMPARE(result.alreadySaved(), 0);
        int files = 0;
        for (const QString &file : tree(root("expired")).keys())
            files += file.contains(QLatin1String("/berichten/bijlagen/")) ? 1 : 0;
        QCOMPARE(files, attachments);
    }

    void unwritableFolderFails()
    {
        QFile blocker(root("blocked"));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        auto result = run(root("blocked") + QStringLiteral("/Nestje"));
        QCOMPARE(result->state(), ArchiveRun::State::Failed);
        QVERIFY(!result->error().isEmpty());
    }

    void automaticArchiveRunsAfterASync()
    {
        // "Automatisch bewaren": a sync that ends keeps the archive up to date by itself.
        QVERIFY(!m_fullTree.isEmpty());
        AccountSession *session = m_accounts->session(m_accountId);
        archiveservice::setFolder(session, root("full"));
        archiveservice::setAutoArchive(session, true);
        QVERIFY(!archiveservice::runOf(session));
        QSignalSpy synced(session->sync(), &SyncEngine::finished);
        session->sync()->start(SyncEngine::Mode::Incremental);
        QVERIFY(synced.wait(60000));
        ArchiveRun *run = archiveservice::runOf(session);
        QVERIFY2(run, "a sync with Automatisch bewaren on started the archive");
        if (run->isActive()) {
            QSignalSpy finished(run, &ArchiveRun::finished);
            QVERIFY(finished.wait(120000));
        }
        QCOMPARE(run->state(), ArchiveRun::State::Finished);
        QCOMPARE(run->alreadySaved(), run->itemsTotal()); // nothing new: nothing fetched
        QCOMPARE(run->downloadsStarted(), 0);
        archiveservice::setAutoArchive(session, false);
        delete run;
    }

    void careEndingRemindsOnce()
    {
        // The portal deletes a child's data eight weeks after care ends: from the placement's
        // end date the parent hears of it four weeks before the end, once.
        Database &cache = *db();
        AccountStore store(cache);
        const QString child = m_children.firstKey();
        const ChildDetailsRecord before = store.childDetails(child);
        const QDate today = portaltime::today();
        const auto endingOf = [&](const QDate &today) -> std::optional<CareEnding> {
            for (const CareEnding &e : archivecare::endings(cache, today))
                if (e.childId == child)
                    return e;
            return std::nullopt;
        };
        const auto placeUntil = [&](const QList<QDate> &ends) {
            ChildDetailsRecord details = before;
            details.childId = child;
            details.placements.clear();
            for (const QDate &end : ends) {
                PlacementRecord p;
                p.product = QStringLiteral("KDV");
                p.startDate = portaltime::startOfDay(today.addYears(-2));
                p.endDate = end.isValid() ? portaltime::startOfDay(end) : 0;
                details.placements << p;
            }
            QVERIFY(store.replaceChildDetails(details));
        };

        // The app's first look at the feed after the first sync (Application's QuietHoursGate; the
        // session only says there may be new items): what is there already is history.
        NotificationFeed(cache).takeNew(store.pushEnabledKinds());
        placeUntil({today.addDays(10), today.addDays(-100)}); // the latest end counts
        const std::optional<CareEnding> ending = endingOf(today);
        QVERIFY(ending);
        QCOMPARE(ending->lastDay, today.addDays(10));
        QCOMPARE(ending->keptUntil, today.addDays(10 + 56));
        QVERIFY(!ending->ended);
        QVERIFY2(archivecare::notice(*ending).contains(
                     QLocale().toString(today.addDays(66), QStringLiteral("d MMMM yyyy"))),
                 qPrintable(archivecare::notice(*ending)));
        // Announced once: the notification feed takes it, and not again after the next sync.
        const auto archiveItems = [&] {
            int n = 0;
            for (const NewItem &item : NotificationFeed(cache).takeNew(store.pushEnabledKinds()))
                if (item.kind == QLatin1String("archive") &&
                    item.id.startsWith(child + QLatin1Char(':')))
                    ++n;
            return n;
        };
        QCOMPARE(archiveItems(), 1);
        QCOMPARE(archiveItems(), 0);

        QVERIFY(!endingOf(today.addDays(10 - 29))); // more than four weeks before the end
        const std::optional<CareEnding> lastDay = endingOf(today.addDays(10 + 56));
        QVERIFY(lastDay && lastDay->ended);         // the last day the portal keeps it
        QVERIFY(!endingOf(today.addDays(10 + 57))); // deleted by now: nothing to save
        placeUntil({today.addDays(10), QDate()});   // another placement goes on
        QVERIFY(!endingOf(today));

        QVERIFY(store.replaceChildDetails(before));
    }
};

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
