// SPDX-License-Identifier: GPL-3.0-or-later
// What the parent types is on disk while they type: a Draft survives its form, a restart and
// a process that dies without saying goodbye (a second connection reads it, as a restarted app
// would), and it is gone once the form was sent.
#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "db/Database.h"
#include "db/DraftStore.h"
#include "shell/Draft.h"
#include "shell/Session.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTest>

using namespace nestje;

class TestDrafts : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;
    SecretStore m_secrets;

    std::unique_ptr<AccountSession> openAccount(const QString &user)
    {
        AccountInfo info;
        info.portal = QUrl(QStringLiteral("http://127.0.0.1:9/deboomhut"));
        info.username = user;
        info.id = AccountInfo::idFor(info.portal, info.username);
        info.ephemeral = true;
        auto account = std::make_unique<AccountSession>(info, &m_network, &m_secrets);
        QString error;
        if (!account->open(&error))
            qWarning() << error;
        return account;
    }

    static QString storedText(const QString &file, const QString &key)
    {
        Database other; // a second connection: what a restarted app would read
        if (!other.open(file))
            return QStringLiteral("<no database>");
        const auto draft = DraftStore(other).load(key);
        return draft ? draft->text : QString();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typedTextIsOnDiskShortlyAfterTyping()
    {
        auto account = openAccount(QStringLiteral("typing@example.nl"));
        Session session;
        session.setAccount(account.get());
        Draft draft;
        draft.setSession(&session);
        draft.setKey(QStringLiteral("diary"));
        draft.setText(QStringLiteral("Slecht geslapen, opa haalt haar op."));
        QVERIFY(!draft.isSaved());
        QTRY_VERIFY_WITH_TIMEOUT(draft.isSaved(), 2000);
        QCOMPARE(storedText(account->database()->filePath(), QStringLiteral("diary")),
                 QStringLiteral("Slecht geslapen, opa haalt haar op."));
    }

    void aNewFormGetsTheDraftBack()
    {
        auto account = openAccount(QStringLiteral("reopen@example.nl"));
        Session session;
        session.setAccount(account.get());
        {
            Draft draft;
            draft.setSession(&session);
            draft.setKey(QStringLiteral("diary"));
            draft.setText(QStringLiteral("Half geschreven"));
            draft.setAttachments({QUrl::fromLocalFile(QStringLiteral("/tmp/foto 1.jpg"))});
            // Destroyed before the save timer fired: the destructor writes.
        }
        Draft again;
        again.setSession(&session);
        again.setKey(QStringLiteral("diary"));
        QCOMPARE(again.text(), QStringLiteral("Half geschreven"));
        QCOMPARE(again.attachments(), QList<QUrl>{QUrl::fromLocalFile(QStringLiteral("/tmp/foto 1.jpg"))});
    }

    void draftsAreKeptPerFormAndPerAccount()
    {
        auto first = openAccount(QStringLiteral("first@example.nl"));
        auto second = openAccount(QStringLiteral("second@example.nl"));
        Session session;
        session.setAccount(first.get());
        Draft diary;
        diary.setSession(&session);
        diary.setKey(QStringLiteral("diary"));
        diary.setText(QStringLiteral("Voor de eerste"));
        diary.flush();
        // Switching the account in view takes the draft's text along to where it was typed.
        session.setAccount(second.get());
        QCOMPARE(diary.text(), QString());
        QCOMPARE(storedText(first->database()->filePath(), QStringLiteral("diary")), QStringLiteral("Voor de eerste"));
        QCOMPARE(storedText(second->database()->filePath(), QStringLiteral("diary")), QString());
        Draft reply;
        reply.setSession(&session);
        reply.setKey(QStringLiteral("reply/7"));
        QCOMPARE(reply.text(), QString());
    }

    // One reply bar shows one conversation after another: the text typed for one stays with it
    // (saved under its key) and does not follow into the next, where it would be sent to the
    // wrong conversation; back at the first, it is there again.
    void aDraftDoesNotFollowIntoTheNextKey()
    {
        auto account = openAccount(QStringLiteral("switch@example.nl"));
        Session session;
        session.setAccount(account.get());
        Draft reply;
        reply.setSession(&session);
        reply.setKey(QStringLiteral("message/reply/1"));
        reply.setText(QStringLiteral("Voor gesprek 1"));
        reply.setAttachments({QUrl::fromLocalFile(QStringLiteral("/tmp/foto.jpg"))});
        reply.setKey(QStringLiteral("message/reply/2"));
        QCOMPARE(reply.text(), QString());
        QVERIFY(reply.attachments().isEmpty());
        reply.setText(QStringLiteral("Voor gesprek 2"));
        reply.setKey(QStringLiteral("message/reply/1"));
        QCOMPARE(reply.text(), QStringLiteral("Voor gesprek 1"));
        QCOMPARE(reply.attachments(), QList<QUrl>{QUrl::fromLocalFile(QStringLiteral("/tmp/foto.jpg"))});
        QCOMPARE(storedText(account->database()->filePath(), QStringLiteral("message/reply/2")),
                 QStringLiteral("Voor gesprek 2"));
    }

    void sendingClearsTheDraft()
    {
        auto account = openAccount(QStringLiteral("sent@example.nl"));
        Session session;
        session.setAccount(account.get());
        Draft draft;
        draft.setSession(&session);
        draft.setKey(QStringLiteral("diary"));
        draft.setText(QStringLiteral("Verstuurd"));
        draft.flush();
        QCOMPARE(storedText(account->database()->filePath(), QStringLiteral("diary")), QStringLiteral("Verstuurd"));
        draft.clear();
        QCOMPARE(draft.text(), QString());
        QCOMPARE(storedText(account->database()->filePath(), QStringLiteral("diary")), QString());
    }
};

QTEST_MAIN(TestDrafts)
#include "tst_drafts.moc"
