// SPDX-License-Identifier: GPL-3.0-or-later
// What Overig keeps on this device and what the login page asks before there is a session,
// against the reference server over loopback, real files and the real keychain (gnome-keyring in
// the private D-Bus session of ./dev test):
// - the media cache: its size per account is what lies on disk, emptying it removes the
//   photos and documents, and a photo shown again is downloaded again;
// - a password change of a real (not demo) account: the keychain holds the new password, and
//   no file of the app holds it;
// - "Wachtwoord vergeten": the same answer for a known and an unknown address (only the known
//   one gets a mail), too many requests, a portal that does not answer or answers 503, each in
//   its own translated words.
#include "DemoAccount.h"
#include "Language.h"
#include "accounts/AccountModel.h"
#include "accounts/Accounts.h"
#include "features/account/AccountDetails.h"
#include "features/account/AccountStore.h"
#include "features/account/DocumentFiles.h"
#include "features/account/ForgotPassword.h"
#include "features/account/MediaCacheModel.h"
#include "features/location/LocationDownload.h"
#include "features/location/LocationItem.h"
#include "features/timeline/PhotoStore.h"
#include "media/MediaLibrary.h"
#include "net/LoginError.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "shell/Session.h"

#include <QDir>
#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

Q_DECLARE_METATYPE(nestje::LoginError)

namespace {

qint64 bytesOnDisk(const QString &directory)
{
    qint64 total = 0;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

// Every file under `directory` whose bytes contain `needle`.
QStringList filesHolding(const QString &directory, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

// A reverse proxy in front of a portal that is down: every request gets 503.
class UnavailablePortal : public QTcpServer
{
public:
    UnavailablePortal()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return; // the request's body follows the headers; one read holds them here
                    socket->write(
                        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html\r\n"
                        "Content-Length: 21\r\nConnection: close\r\n\r\n<h1>onderhoud</h1>\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

} // namespace

class TestAccountLocal : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<server::ReferenceServer> m_server;
    QUrl m_daycare;

    static SecretStore::Result readSecret(const QString &key)
    {
        SecretStore store;
        SecretStore::Result result;
        bool done = false;
        store.read(key, [&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("the keychain did not answer");
        return result;
    }

    static bool synced(AccountSession *session)
    {
        if (!session || !session->sync())
            return false;
        if (session->sync()->hasCompletedFullSync() && !session->sync()->isRunning())
            return true;
        QSignalSpy finished(session->sync(), &SyncEngine::finished);
        return finished.wait(120000);
    }

    // Logs in as the app does; `ephemeral` accounts (the demo) skip the keychain.
    QString add(Accounts &accounts, bool ephemeral)
    {
        QSignalSpy added(&accounts, &Accounts::added);
        accounts.add(m_daycare, QString::fromLatin1(server::demo::username),
                     QString::fromLatin1(server::demo::password), ephemeral);
        if (!added.wait(30000))
            return {};
        return added.first().first().toString();
    }

    QStringList mailsSent() const
    {
        return QDir(m_dir.filePath(QStringLiteral("server/mail-outbox")))
            .entryList({QStringLiteral("*-wachtwoord.eml")}, QDir::Files);
    }

    static QString forgot(ForgotPassword &request, const QString &portal, const QString &user)
    {
        request.send(portal, user);
        if (!QTest::qWaitFor([&] { return !request.busy(); }, 30000))
            return QStringLiteral("(no answer)");
        return request.answer().isEmpty() ? QStringLiteral("problem: ") + request.problem()
                                          : request.answer();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<LoginError>();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QDir(AccountSession::cacheRoot()).removeRecursively();
        QDir(AccountSession::mediaRoot()).removeRecursively();
        m_server = std::make_unique<server::ReferenceServer>(
            server::ServerOptions{m_dir.filePath(QStringLiteral("server")), {}, {}, {}});
        QString error;
        // A month of history is enough: photos, an invoice, the parent (a smaller first sync).
        QVERIFY2(m_server->open(&error) &&
                     m_server->seedDemo(server::SeedOptions{1, 1, 4, false}, &error),
                 qPrintable(error));
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, &error));
        m_daycare = m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug));
    }

    void theMediaCacheIsMeasuredAndEmptied()
    {
        Accounts accounts(&m_network);
        const QString id = add(accounts, true);
        QVERIFY(!id.isEmpty());
        AccountSession *session = accounts.session(id);
        QVERIFY(synced(session));

        // Photos as the timeline shows them: through the account's media cache.
        MediaLibrary library(&accounts);
        MediaCache *cache = library.cache(id);
        QVERIFY(cache);
        const QList<PhotoRow> photos = PhotoStore(*session->database()).older({}, nullptr, 4);
        QVERIFY(photos.size() >= 2);
        int done = 0;
        for (const PhotoRow &photo : photos)
            cache->fetch(photo.id, QStringLiteral("thumb"),
                         [&done](const QString &, const QString &) { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, int(photos.size()), 30000);
        // And a document opened once.
        Session view;
        view.setAccount(session);
        DocumentFiles files;
        files.setSession(&view);
        QSignalSpy ready(&files, &DocumentFiles::ready);
        const DocumentRecord document =
            AccountStore(*session->database()).documents(QStringLiteral("invoice")).value(0);
        files.fetch(document.type, document.adminId, document.itemId);
        QVERIFY(ready.wait(20000));

        // And a news attachment (Mijn locatie keeps it in its own folder of the account's cache).
        const QString newsId = newsWithAttachment(*session->database());
        QVERIFY2(!newsId.isEmpty(), "the demo has a news item with a PDF");
        LocationItem item;
        item.setSession(&view);
        item.setKind(QStringLiteral("news"));
        item.setItemId(newsId);
        QSignalSpy attachment(&item, &LocationItem::attachmentReady);
        item.openAttachment(0);
        QVERIFY(attachment.wait(20000));
        QVERIFY(item.attachments().first().toMap().value(QStringLiteral("offline")).toBool());

        const qint64 media = bytesOnDisk(session->mediaDirectory());
        const qint64 documents = bytesOnDisk(DocumentFiles::directoryOf(*session));
        const qint64 attachments = bytesOnDisk(locationfiles::directory(*session));
        QVERIFY(media > 0);
        QVERIFY(documents > 0);
        QVERIFY(attachments > 0);

        AccountModel accountList(&accounts);
        MediaCacheModel model;
        model.setAccounts(&accountList);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0);
        QCOMPARE(model.data(row, MediaCacheModel::AccountIdRole).toString(), id);
        QCOMPARE(model.data(row, MediaCacheModel::MediaBytesRole).toLongLong(), media);
        QCOMPARE(model.data(row, MediaCacheModel::FileBytesRole).toLongLong(),
                 documents + attachments);
        QCOMPARE(model.totalBytes(), media + documents + attachments);
        QVERIFY(!model.data(row, MediaCacheModel::SizeRole).toString().isEmpty());

        // An id that is no account here empties nothing.
        model.clear(QStringLiteral("../") + id);
        QCOMPARE(bytesOnDisk(session->mediaDirectory()), media);

        model.clear(id);
        QCOMPARE(bytesOnDisk(session->mediaDirectory()), 0);
        QCOMPARE(bytesOnDisk(DocumentFiles::directoryOf(*session)), 0);
        QCOMPARE(bytesOnDisk(locationfiles::directory(*session)), 0);
        // The news item no longer says its attachment is on this device.
        QTRY_VERIFY(!item.attachments().first().toMap().value(QStringLiteral("offline")).toBool());
        QCOMPARE(model.data(model.index(0), MediaCacheModel::MediaBytesRole).toLongLong(), 0);
        QCOMPARE(model.totalBytes(), 0);
        QCOMPARE(cache->cacheBytes(),
                 0); // the running cache knows: it does not evict by an old count

        // Shown again: downloaded again.
        const int started = cache->downloadsStarted();
        QString path;
        cache->fetch(photos.first().id, QStringLiteral("thumb"),
                     [&path](const QString &p, const QString &) { path = p; });
        QTRY_VERIFY_WITH_TIMEOUT(!path.isEmpty(), 20000);
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(cache->downloadsStarted(), started + 1);
        model.refresh();
        QCOMPARE(model.data(model.index(0), MediaCacheModel::MediaBytesRole).toLongLong(),
                 QFileInfo(path).size());
        accounts.logout(id);
    }

    void aPasswordChangeOfARealAccountGoesToTheKeychainOnly()
    {
        Accounts accounts(&m_network);
        const QString id = add(accounts, false);
        QVERIFY(!id.isEmpty());
        AccountSession *session = accounts.session(id);
        QVERIFY(session);
        const QString key = session->info().passwordKey();
        QCOMPARE(readSecret(key).value, QString::fromLatin1(server::demo::password));

        Session view;
        view.setAccount(session);
        AccountDetails details;
        details.setSession(&view);
        QSignalSpy changed(&details, &AccountDetails::passwordChanged);
        QSignalSpy refused(&details, &AccountDetails::passwordRefused);
        const QString next =
            QStringLiteral("Zonnebloem-%1").arg(QDateTime::currentMSecsSinceEpoch());
        details.changePassword(QString::fromLatin1(server::demo::password), next, next);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() || !refused.isEmpty(), 30000);
        QVERIFY2(refused.isEmpty(),
                 refused.isEmpty() ? "" : qPrintable(refused.first().first().toString()));

        // The keychain holds the new password, so the next silent login uses it.
        QCOMPARE(readSecret(key).value, next);
        // And no file of the app does: not the cache, not the settings, not a log.
        QSettings().sync();
        QStringList leaked;
        for (const QStandardPaths::StandardLocation location :
             {QStandardPaths::AppLocalDataLocation, QStandardPaths::AppConfigLocation,
              QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation,
              QStandardPaths::AppDataLocation})
            leaked += filesHolding(QStandardPaths::writableLocation(location), next.toUtf8());
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QLatin1String(", "))));
        QVERIFY(bytesOnDisk(QStandardPaths::writableLocation(
                    QStandardPaths::AppLocalDataLocation)) > 0); // it did look at the cache

        // Back to the demo password for the other tests, and the keychain entry removed.
        changed.clear();
        details.changePassword(next, QString::fromLatin1(server::demo::password),
                               QString::fromLatin1(server::demo::password));
        QVERIFY(changed.wait(30000));
        accounts.logout(id);
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(key).notFound, 10000);
    }

    void forgotPasswordAnswersTheSameForAnyAddress()
    {
        ForgotPassword request;
        const QString portal = m_daycare.toString();
        const QString known = forgot(request, portal, QString::fromLatin1(server::demo::username));
        QVERIFY2(request.problem().isEmpty(), qPrintable(known));
        QVERIFY(known.contains(QLatin1String("link")));
        QCOMPARE(mailsSent().size(), 1);
        const QString unknown = forgot(request, portal, QStringLiteral("niemand@example.nl"));
        QCOMPARE(unknown, known);        // the app tells no more than the portal
        QCOMPARE(mailsSent().size(), 1); // and only the known address got a mail

        // Not an e-mail address, not a portal: said before anything is sent.
        QVERIFY(forgot(request, portal, QStringLiteral("ouder"))
                    .startsWith(QLatin1String("problem: ")));
        QVERIFY(forgot(request, QStringLiteral("http://example.nl"),
                       QString::fromLatin1(server::demo::username))
                    .startsWith(QLatin1String("problem: ")));

        // The portal allows ten requests an hour from one address; then it says so, and the app
        // too.
        QString answer;
        for (int i = 0; i < 12 && !answer.startsWith(QLatin1String("problem: ")); ++i)
            answer = forgot(request, portal, QStringLiteral("niemand%1@example.nl").arg(i));
        QVERIFY2(answer.contains(QLatin1String("Too many requests")), qPrintable(answer));
        QVERIFY2(answer.contains(QLatin1String("60 minute")),
                 qPrintable(answer)); // Retry-After: 3600
    }

    void forgotPasswordSaysWhenThePortalIsAwayInDutch()
    {
        installTranslations(QStringLiteral("nl"));
        // Nothing listens (offline, or the portal is down).
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString nowhere =
            QStringLiteral("http://127.0.0.1:%1/deboomhut").arg(closed.serverPort());
        closed.close();
        ForgotPassword request;
        LoginError unreachable;
        unreachable.kind = LoginError::Kind::Unreachable;
        QCOMPARE(forgot(request, nowhere, QString::fromLatin1(server::demo::username)),
                 QStringLiteral("problem: ") + unreachable.text());
        QVERIFY2(unreachable.text().startsWith(QLatin1String("Het portaal is niet bereikbaar")),
                 qPrintable(unreachable.text()));

        // A proxy answers for a portal in maintenance.
        UnavailablePortal maintenance;
        QVERIFY(maintenance.listen(QHostAddress::LocalHost));
        LoginError down;
        down.kind = LoginError::Kind::ServerError;
        QCOMPARE(
            forgot(request,
                   QStringLiteral("http://127.0.0.1:%1/deboomhut").arg(maintenance.serverPort()),
                   QString::fromLatin1(server::demo::username)),
            QStringLiteral("problem: ") + down.text());
        QVERIFY2(!down.text().startsWith(QLatin1String("The portal")),
                 qPrintable(down.text())); // Dutch, not the source
        installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestAccountLocal)
#include "tst_account_local.moc"
