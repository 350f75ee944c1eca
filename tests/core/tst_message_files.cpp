// SPDX-License-Identifier: GPL-3.0-or-later
// A message's files (issue 11) against the reference server over loopback HTTP, a real SQLite
// cache and real files: staff attach a letter, the parent taps it, it is fetched once into the
// account's cache (private to the user) and opened in the system's viewer; with the server
// stopped it opens again from this device. A file that cannot open says why: offline and not
// fetched yet, gone from the portal (404). An expired link is renewed from the conversation
// (P7) and the file still opens. Mijn locatie's attachments go through the same download.
#include "DemoAccount.h"
#include "DemoPortal.h"
#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "features/location/LocationItem.h"
#include "features/messages/ConversationModel.h"
#include "features/messages/MessageFiles.h"
#include "features/messages/MessageStore.h"
#include "media/FileDownload.h"
#include "server/DemoOrganisation.h"
#include "server/Portal.h"
#include "server/ReferenceServer.h"
#include "server/staff/StaffDesk.h"
#include "shell/Session.h"

#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

namespace {
const QByteArray letterBytes = QByteArrayLiteral("%PDF-1.4\n% brief over het uitje\n%%EOF\n");
constexpr auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

// A conversation's files as its bubbles have them, with what they report.
struct ConversationFiles
{
    ConversationFiles(Session *session, const QString &threadId)
    {
        files.setSession(session);
        files.setThreadId(threadId);
    }
    MessageFiles files;
    QSignalSpy opened{&files, &MessageFiles::opened};
    QSignalSpy failed{&files, &MessageFiles::failed};
};

class TestMessageFiles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    SecretStore m_secrets;
    std::unique_ptr<server::ReferenceServer> m_server;
    quint16 m_port = 0;
    qint64 m_serverClockOffsetMs = 0; // moves the server's time forward, never the device's
    std::unique_ptr<AccountSession> m_account;
    Session m_session;
    QList<QUrl> m_opened; // what the system's viewer was asked to open

    QString serverDir() const { return m_dir.filePath(QStringLiteral("server")); }

    void startServer()
    {
        server::ServerOptions options{serverDir(), {}, {}, {}, {}};
        options.clock = [this] {
            return QDateTime::currentMSecsSinceEpoch() + m_serverClockOffsetMs;
        };
        QString error;
        m_port = startDemoPortal(m_server, options, m_port, &error);
        QVERIFY2(m_port != 0, qPrintable(error));
    }

    bool sync() { return syncToEnd(*m_account); }

    struct Letter
    {
        QString threadId;
        QString messageId;
        QString fileId;
        QString mediaId() const { return fileId; }
    };

    // Staff start a conversation with a PDF letter; the app syncs it. Its ids in the cache.
    Letter staffLetter(const QString &subject)
    {
        server::StaffDesk desk(serverDir());
        QString error;
        const QString pdf = m_dir.filePath(subject + QStringLiteral(".pdf"));
        QFile file(pdf);
        if (!file.open(QIODevice::WriteOnly) || file.write(letterBytes) != letterBytes.size())
            return {};
        file.close();
        const qint64 thread =
            desk.open(&error) ? desk.sendMessage(QString::fromLatin1(server::demo::daycareSlug),
                                                 QStringLiteral("Noor"), subject,
                                                 QStringLiteral("Hierbij de brief."), {}, &error)
                              : 0;
        if (thread <= 0 || !desk.attachFile(QString::fromLatin1(server::demo::daycareSlug), thread,
                                            pdf, subject + QStringLiteral(".pdf"), &error)) {
            qWarning() << error;
            return {};
        }
        if (!sync())
            return {};
        Letter letter;
        letter.threadId = QString::number(thread);
        for (const ThreadMessage &m :
             MessageStore(*m_account->database()).messages(letter.threadId))
            for (const MessageAttachment &a : m.attachments)
                if (a.kind == MessageAttachment::Kind::File) {
                    letter.messageId = m.id;
                    letter.fileId = a.id;
                }
        return letter;
    }

    // The portal loses the file's bytes (its media row stays): the link answers 404.
    void removeOnPortal(const QString &mediaId)
    {
        server::StaffDesk desk(serverDir());
        QString error;
        QVERIFY2(desk.open(&error), qPrintable(error));
        const QString key =
            desk.portal()
                .db.scalar(QStringLiteral("SELECT content_key FROM media WHERE id = ?"), {mediaId})
                .toString();
        QVERIFY(!key.isEmpty());
        QVERIFY(QFile::remove(desk.portal().media.pathOf(key + QStringLiteral(".pdf"))));
    }

    QVariantMap stateOf(MessageFiles &files, const Letter &letter)
    {
        return files.states().value(MessageFiles::keyOf(letter.messageId, letter.fileId)).toMap();
    }

public slots:
    void recordOpenedUrl(const QUrl &url) { m_opened << url; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const char *variable : {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"})
            qputenv(variable, m_dir.filePath(QString::fromLatin1(variable)).toUtf8());
        // The system's viewer: here only recorded.
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "recordOpenedUrl");
        startServer();
        m_account = demoAccount(m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug)), &m_network, &m_secrets);
        QString error;
        QVERIFY2(m_account->open(&error), qPrintable(error));
        m_session.setAccount(m_account.get());
        QVERIFY(sync());
    }

    // A test that failed while the server was stopped does not take the next one with it.
    void init()
    {
        m_serverClockOffsetMs = 0;
        if (!m_server)
            startServer();
    }

    void aFileFetchedOnceOpensAgainWithTheServerStopped()
    {
        const Letter letter = staffLetter(QStringLiteral("Uitje naar het bos"));
        QVERIFY2(!letter.fileId.isEmpty(), "the synced conversation lists the staff's letter");

        ConversationModel model;
        model.setSession(&m_session);
        model.setThreadId(letter.threadId);
        QVariantMap shown = model.get(0).value(QStringLiteral("files")).toList().value(0).toMap();
        QCOMPARE(shown.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Uitje naar het bos.pdf"));
        QCOMPARE(shown.value(QStringLiteral("key")).toString(),
                 MessageFiles::keyOf(letter.messageId, letter.fileId));
        QCOMPARE(shown.value(QStringLiteral("offline")).toBool(), false);

        ConversationFiles c(&m_session, letter.threadId);
        m_opened.clear();
        c.files.open(letter.messageId, letter.fileId);
        QVERIFY(stateOf(c.files, letter).value(QStringLiteral("busy")).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!c.opened.isEmpty() || !c.failed.isEmpty(), 30000);
        QVERIFY2(c.failed.isEmpty(), qPrintable(c.failed.value(0).value(1).toString()));
        const QString path = c.opened.first().at(1).toString();
        QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(path)});
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), letterBytes);
        QVERIFY2(path.startsWith(m_account->cacheDirectory() + QLatin1Char('/')), qPrintable(path));
        QVERIFY2(path.endsWith(QLatin1String("Uitje_naar_het_bos.pdf")), qPrintable(path));
        // The user's alone: no one else on the device reads a letter about their child.
        QCOMPARE(QFileInfo(path).permissions() &
                     ~QFileDevice::Permissions(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 privateFile);
        QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                      QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        QCOMPARE(stateOf(c.files, letter).value(QStringLiteral("offline")).toBool(), true);
        QCOMPARE(stateOf(c.files, letter).value(QStringLiteral("busy")).toBool(), false);
        shown = model.get(0).value(QStringLiteral("files")).toList().value(0).toMap();
        QCOMPARE(shown.value(QStringLiteral("offline")).toBool(), true);

        // Offline: the same tap opens this device's copy.
        m_server.reset();
        ConversationFiles later(&m_session, letter.threadId);
        later.files.open(letter.messageId, letter.fileId);
        QCOMPARE(later.failed.count(), 0);
        QCOMPARE(later.opened.count(), 1);
        QCOMPARE(later.opened.first().at(1).toString(), path);
        QCOMPARE(m_opened.size(), 2);
        startServer(); // back on the same port, same data
    }

    void aFileThatCannotOpenSaysWhy()
    {
        const Letter letter = staffLetter(QStringLiteral("Ouderavond"));
        QVERIFY(!letter.fileId.isEmpty());
        ConversationFiles c(&m_session, letter.threadId);
        m_opened.clear();

        // Offline, and not on this device yet.
        m_server.reset();
        c.files.open(letter.messageId, letter.fileId);
        QTRY_VERIFY_WITH_TIMEOUT(!c.failed.isEmpty(), 30000);
        QCOMPARE(c.failed.first().at(0).toString(),
                 MessageFiles::keyOf(letter.messageId, letter.fileId));
        QCOMPARE(c.failed.first().at(1).toString(),
                 QStringLiteral("No connection: this file is not on this device yet."));
        QCOMPARE(stateOf(c.files, letter).value(QStringLiteral("error")).toString(),
                 c.failed.first().at(1).toString());
        QCOMPARE(stateOf(c.files, letter).value(QStringLiteral("busy")).toBool(), false);
        startServer();

        // Gone from the portal: 404, and still 404 after the link was renewed.
        removeOnPortal(letter.mediaId());
        c.failed.clear();
        c.files.open(letter.messageId, letter.fileId);
        QTRY_VERIFY_WITH_TIMEOUT(!c.failed.isEmpty(), 30000);
        QCOMPARE(c.failed.first().at(1).toString(),
                 QStringLiteral("The portal no longer has this file."));
        QVERIFY(c.opened.isEmpty());
        QVERIFY(m_opened.isEmpty());
    }

    // A device without a viewer for the file (no app for PDFs, no launcher at all): the tap
    // says so under the file instead of doing nothing, and the copy stays available offline.
    void aFileNoAppOpensSaysSo()
    {
        const Letter letter = staffLetter(QStringLiteral("Zwemles"));
        QVERIFY(!letter.fileId.isEmpty());
        ConversationFiles c(&m_session, letter.threadId);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        const QByteArray path = qgetenv("PATH");
        // The offscreen platform opens nothing; on a desktop platform an empty PATH leaves no
        // xdg-open, gio or kde-open to find.
        qputenv("PATH", m_dir.path().toUtf8());
        c.files.open(letter.messageId, letter.fileId);
        QTRY_VERIFY_WITH_TIMEOUT(!c.failed.isEmpty(), 30000);
        qputenv("PATH", path);
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "recordOpenedUrl");
        QCOMPARE(c.opened.count(), 1); // fetched and on this device
        QCOMPARE(c.failed.first().at(1).toString(), filedownload::noAppText());
        QCOMPARE(stateOf(c.files, letter).value(QStringLiteral("error")).toString(),
                 filedownload::noAppText());
        QCOMPARE(stateOf(c.files, letter).value(QStringLiteral("offline")).toBool(), true);
    }

    void anExpiredLinkIsRenewedFromTheConversation()
    {
        const Letter letter = staffLetter(QStringLiteral("Schoolfotograaf"));
        QVERIFY(!letter.fileId.isEmpty());
        const QString before = MessageStore(*m_account->database())
                                   .file(letter.threadId, letter.messageId, letter.fileId)
                                   ->fullUrl;
        ConversationFiles c(&m_session, letter.threadId);
        m_serverClockOffsetMs = 2 * 60 * 60 * 1000; // the link the cache holds has expired
        c.files.open(letter.messageId, letter.fileId);
        QTRY_VERIFY_WITH_TIMEOUT(!c.opened.isEmpty() || !c.failed.isEmpty(), 30000);
        m_serverClockOffsetMs = 0;
        QVERIFY2(c.failed.isEmpty(), qPrintable(c.failed.value(0).value(1).toString()));
        const QString after = MessageStore(*m_account->database())
                                  .file(letter.threadId, letter.messageId, letter.fileId)
                                  ->fullUrl;
        QVERIFY2(after != before, "the conversation was asked again for a fresh link");
        QFile copy(c.opened.first().at(1).toString());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), letterBytes);
    }

    // Mijn locatie's attachment now comes through the same download: fetched, private, opened.
    void aNewsAttachmentGoesThroughTheSameDownload()
    {
        const QString newsId = newsWithAttachment(*m_account->database());
        QVERIFY2(!newsId.isEmpty(), "the demo has a news item with a PDF");
        LocationItem item;
        item.setSession(&m_session);
        item.setKind(QStringLiteral("news"));
        item.setItemId(newsId);
        QSignalSpy ready(&item, &LocationItem::attachmentReady);
        QSignalSpy failed(&item, &LocationItem::failed);
        item.openAttachment(0);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const QString path = ready.first().first().toString();
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::ReadOnly) && copy.read(4) == "%PDF");
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // Once fetched, the row says "Available offline" (LocationItem::reload once named the
        // file from the list it was still rebuilding, so it never did).
        QVERIFY(item.attachments().first().toMap().value(QStringLiteral("offline")).toBool());
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        m_session.setAccount(nullptr);
        m_account.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestMessageFiles)
#include "tst_message_files.moc"
