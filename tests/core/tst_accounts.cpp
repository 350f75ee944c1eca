// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountModel.h"
#include "accounts/Accounts.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

Q_DECLARE_METATYPE(nestje::LoginError)

// Accounts against the reference server and the real keychain (gnome-keyring in the private
// D-Bus session that ./dev test starts).
class TestAccounts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<server::ReferenceServer> m_server;
    QUrl m_daycare;
    QUrl m_afterSchool;

    static bool synced(AccountSession *session)
    {
        if (!session || !session->sync())
            return false;
        if (session->sync()->hasCompletedFullSync() && !session->sync()->isRunning())
            return true;
        QSignalSpy finished(session->sync(), &SyncEngine::finished);
        return finished.wait(60000) && finished.first().first().toBool();
    }
    static QStringList childIds(AccountSession *session)
    {
        QStringList ids;
        QSqlQuery *q = session->database()->select(QStringLiteral("SELECT id FROM children ORDER BY id"));
        while (q && q->next())
            ids << q->value(0).toString();
        return ids;
    }
    static SecretStore::Result readSecret(const QString &key)
    {
        SecretStore store;
        SecretStore::Result result;
        bool done = false;
        store.read(key, [&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return result;
    }
    // The organisation each row of the account switcher shows, by account id.
    static QHash<QString, QString> shownOrganisations(const AccountModel &model)
    {
        QHash<QString, QString> shown;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            shown.insert(model.data(index, AccountModel::IdRole).toString(),
                         model.data(index, AccountModel::OrganisationRole).toString());
        }
        return shown;
    }
    QString add(Accounts &accounts, const QUrl &portal, const QString &password)
    {
        QSignalSpy added(&accounts, &Accounts::added);
        QSignalSpy failed(&accounts, &Accounts::addFailed);
        accounts.add(portal, QString::fromLatin1(server::demo::username), password);
        if (!added.wait(20000))
            return {};
        return added.first().first().toString();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<LoginError>();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QDir(AccountSession::cacheRoot()).removeRecursively();
        m_server = std::make_unique<server::ReferenceServer>(
            server::ServerOptions{m_dir.filePath(QStringLiteral("server")), {}, {}, {}});
        QString error;
        QVERIFY2(m_server->open(&error) && m_server->seedDemo(1, &error), qPrintable(error));
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, &error));
        m_daycare = m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug));
        m_afterSchool = m_server->portalUrl(QString::fromLatin1(server::demo::afterSchoolSlug));
    }

    void twoOrganisationsNeverMix()
    {
        Accounts accounts(&m_network);
        const QString password = QString::fromLatin1(server::demo::password);
        const QString daycare = add(accounts, m_daycare, password);
        QVERIFY(!daycare.isEmpty());
        // Before the first sync only the portal's slug is known: it names the account. Checked
        // at once: while the second login runs, this account's first sync may already bring the
        // organisation's name (it did once the machine was quiet).
        AccountModel model(&accounts);
        QCOMPARE(shownOrganisations(model).value(daycare), QStringLiteral("deboomhut"));
        const QString afterSchool = add(accounts, m_afterSchool, password);
        QVERIFY(!afterSchool.isEmpty());
        QVERIFY(daycare != afterSchool);
        QCOMPARE(accounts.list().size(), 2);
        QCOMPARE(accounts.active()->info().id, afterSchool); // the newest becomes active

        QVERIFY(synced(accounts.session(daycare)));
        QVERIFY(synced(accounts.session(afterSchool)));
        // Then the organisation's own name from the portal (customer/info), not the slug.
        QTRY_COMPARE(shownOrganisations(model).value(daycare),
                     QStringLiteral("Kinderdagverblijf De Boomhut"));
        QCOMPARE(shownOrganisations(model).value(afterSchool), QStringLiteral("BSO De Klimop"));
        QCOMPARE(accounts.session(afterSchool)->info().displayName(),
                 QStringLiteral("BSO De Klimop"));
        const QStringList kdvChildren = childIds(accounts.session(daycare));
        const QStringList bsoChildren = childIds(accounts.session(afterSchool));
        QCOMPARE(kdvChildren.size(), 2);
        QCOMPARE(bsoChildren.size(), 1);
        for (const QString &id : bsoChildren)
            QVERIFY(!kdvChildren.contains(id));
        QVERIFY(accounts.session(daycare)->database()->filePath()
                != accounts.session(afterSchool)->database()->filePath());

        QSignalSpy activeChanged(&accounts, &Accounts::activeChanged);
        accounts.setActive(daycare);
        QCOMPARE(activeChanged.count(), 1);
        QCOMPARE(accounts.active()->info().id, daycare);

        // The secrets are in the keychain, not in the settings file.
        QCOMPARE(readSecret(accounts.active()->info().passwordKey()).value, password);
        QVERIFY(!readSecret(accounts.active()->info().refreshTokenKey()).value.isEmpty());
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("deboomhut"));
        QVERIFY(stored.contains("Kinderdagverblijf De Boomhut"));
        QVERIFY(!stored.contains(password.toUtf8()));
        // The file names the family's portals and e-mail address: this user's only, also
        // after another part of the app (here the language) rewrote it.
        constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto othersAndOwner = ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        QCOMPARE(QFileInfo(settings.fileName()).permissions() & othersAndOwner, ownerOnly);
        settings.setValue(QStringLiteral("language"), QStringLiteral("nl"));
        settings.sync();
        QCOMPARE(QFileInfo(settings.fileName()).permissions() & othersAndOwner, ownerOnly);

        // What the portal told about the family is this user's only: each account's cache and
        // media folders can be entered by nobody else.
        for (const QString &id : {daycare, afterSchool}) {
            for (const QString &folder : {accounts.session(id)->cacheDirectory(),
                                          accounts.session(id)->mediaDirectory()}) {
                const QFileInfo info(folder);
                QVERIFY2(info.isDir(), qPrintable(folder));
                QCOMPARE(info.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser |
                                                QFileDevice::ExeUser),
                         QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            }
        }
    }

    void restoredAccountsSyncWithoutAskingThePassword()
    {
        // An earlier version left the settings file readable to others: starting puts that right.
        const QString settingsFile = QSettings().fileName();
        QVERIFY(QFile::setPermissions(settingsFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                        QFileDevice::ReadGroup | QFileDevice::ReadOther));
        Accounts accounts(&m_network); // the same settings and keychain as the previous test
        QCOMPARE(QFileInfo(settingsFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QSignalSpy authRequired(&accounts, &Accounts::authenticationRequired);
        accounts.restore();
        QCOMPARE(accounts.list().size(), 2);
        QCOMPARE(accounts.active()->info().portal, m_daycare); // the last active one
        // The name is remembered: it shows at once, before this start's sync (which needs the
        // event loop) could bring it.
        QCOMPARE(accounts.active()->info().displayName(),
                 QStringLiteral("Kinderdagverblijf De Boomhut"));
        QCOMPARE(shownOrganisations(AccountModel(&accounts)).value(accounts.active()->info().id),
                 QStringLiteral("Kinderdagverblijf De Boomhut"));
        for (const AccountInfo &info : accounts.list())
            QVERIFY2(synced(accounts.session(info.id)), qPrintable(accounts.session(info.id)->sync()->lastError()));
        QVERIFY(authRequired.isEmpty());
    }

    void logoutAllLeavesNothingBehind()
    {
        Accounts accounts(&m_network);
        accounts.restore();
        QList<AccountInfo> all = accounts.list();
        QCOMPARE(all.size(), 2);
        QStringList directories;
        for (const AccountInfo &info : all) {
            directories << accounts.session(info.id)->cacheDirectory();
            QVERIFY(QDir(directories.last()).exists());
        }
        // What follows the account in view (the shell's session, on activeChanged) has moved on
        // before anything re-reads for the changed list: the Agenda, re-reading on
        // accountsChanged, read through the session just closed.
        AccountSession *inView = nullptr;
        QStringList closedInView;
        connect(&accounts, &Accounts::activeChanged, this, [&] { inView = accounts.active(); });
        connect(&accounts, &Accounts::accountsChanged, this, [&] {
            if (inView && !inView->database()->isOpen())
                closedInView << inView->info().id;
        });
        accounts.setActive(all.first().id);
        inView = accounts.active();
        QCOMPARE(inView, accounts.session(all.first().id));
        accounts.logoutAll(); // the account in view first
        QVERIFY2(closedInView.isEmpty(), qPrintable(closedInView.join(QLatin1Char(','))));
        QVERIFY(accounts.list().isEmpty());
        QVERIFY(!accounts.active());
        for (const QString &directory : directories)
            QVERIFY2(!QDir(directory).exists(), qPrintable(directory));
        for (const AccountInfo &info : all) {
            QTRY_VERIFY(readSecret(info.passwordKey()).notFound);
            QVERIFY(readSecret(info.refreshTokenKey()).notFound);
        }
        QCOMPARE(Accounts(&m_network).list().size(), 0); // and not restored on the next start
    }

    void wrongPasswordAddsNothing()
    {
        Accounts accounts(&m_network);
        QSignalSpy failed(&accounts, &Accounts::addFailed);
        accounts.add(m_daycare, QString::fromLatin1(server::demo::username), QStringLiteral("fout"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().value<LoginError>().kind, LoginError::Kind::WrongCredentials);
        QVERIFY(accounts.list().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
