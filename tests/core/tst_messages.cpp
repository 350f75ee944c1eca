// SPDX-License-Identifier: GPL-3.0-or-later
// Berichten against the reference server over loopback HTTP and a real SQLite cache: the
// parser takes what portals send (and survives garbage), a sync fills the conversations with
// their messages and photos, search and the child filter work offline, a staff message shows
// as unread and opening it clears the badge here at once and on the portal, a reply written
// while the portal is away arrives exactly once when it is back, a new message with a photo
// becomes a conversation, and a refused message keeps the portal's reason.
#include "DemoAccount.h"
#include "DemoPortal.h"
#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "features/account/AccountStore.h"
#include "features/messages/ChildGroupsQuestion.h"
#include "features/messages/ConversationModel.h"
#include "features/messages/MessageParser.h"
#include "features/messages/MessageStore.h"
#include "features/messages/MessageWriter.h"
#include "features/messages/MessageWrites.h"
#include "features/messages/ThreadModel.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "server/staff/StaffDesk.h"
#include "shell/Session.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"
#include "sync/Writes.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace nestje;

class TestMessages : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    SecretStore m_secrets;
    std::unique_ptr<server::ReferenceServer> m_server;
    quint16 m_port = 0;
    std::unique_ptr<AccountSession> m_account;
    Session m_session;

    QString serverDir() const { return m_dir.filePath(QStringLiteral("server")); }

    void startServer()
    {
        QString error;
        m_port = startDemoPortal(m_server, {serverDir(), {}, {}, {}}, m_port, &error);
        QVERIFY2(m_port != 0, qPrintable(error));
    }

    bool sync() { return syncToEnd(*m_account); }

    QList<ChildRecord> children() { return AccountStore(*m_account->database()).children(); }

    // GET through the account's own client (what the web portal would show the family).
    QJsonValue get(const QString &path)
    {
        QJsonValue payload;
        bool answered = false;
        ApiCall call;
        call.path = path;
        m_account->api()->send(call, nullptr, [&](const ApiResult &r) {
            payload = r.payload;
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 20000))
            qWarning() << "no answer to" << path;
        return payload;
    }

    bool unreadOnPortal(const QString &threadId)
    {
        const QJsonObject summary =
            get(QStringLiteral("/restservices-parent/logbook/details/%1/summary/true")
                    .arg(threadId))
                .toObject()
                .value(QLatin1String("summary"))
                .toObject();
        return summary.value(QLatin1String("unread")).toBool();
    }

    int timesOnPortal(const QString &threadId, const QString &text, bool fromParent)
    {
        int found = 0;
        for (const QJsonValue &m :
             get(QStringLiteral("/restservices-parent/logbook/details/%1/summary/false")
                     .arg(threadId))
                 .toObject()
                 .value(QLatin1String("messages"))
                 .toArray()) {
            if (m.toObject().value(QLatin1String("message")).toString().contains(text) &&
                m.toObject().value(QLatin1String("fromParent")).toBool() == fromParent)
                ++found;
        }
        return found;
    }

    bool staffReply(const QString &threadId, const QString &text)
    {
        server::StaffDesk desk(serverDir());
        QString error;
        const bool ok =
            desk.open(&error) &&
            desk.replyToThread(QString::fromLatin1(server::demo::daycareSlug),
                               threadId.toLongLong(), text, QStringLiteral("Juf Anna"), &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

    // The parent reads a conversation on the web portal (same account, X14).
    bool readOnWebPortal(const QString &threadId)
    {
        bool ok = false;
        bool answered = false;
        ApiCall call;
        call.method = "PUT";
        call.extension = true;
        call.path = QStringLiteral("/restservices-parent/logbook/details/%1/read").arg(threadId);
        m_account->api()->send(call, nullptr, [&](const ApiResult &r) {
            ok = r.ok();
            answered = true;
        });
        return QTest::qWaitFor([&] { return answered; }, 20000) && ok;
    }

    QString staffMessage(const QString &childId, const QString &subject, const QString &text)
    {
        server::StaffDesk desk(serverDir());
        QString error;
        qint64 thread = 0;
        if (desk.open(&error))
            thread = desk.sendMessage(QString::fromLatin1(server::demo::daycareSlug), childId,
                                      subject, text, QStringLiteral("Juf Anna"), &error);
        if (!thread)
            qWarning() << error;
        return thread ? QString::number(thread) : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        startServer();
        m_account = demoAccount(m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug)), &m_network, &m_secrets);
        QString error;
        QVERIFY2(m_account->open(&error), qPrintable(error));
        m_session.setAccount(m_account.get());
        QVERIFY(sync());
    }

    void parserReadsWhatPortalsSendAndSurvivesGarbage()
    {
        // String ids, ISO dates, HTML text; rows without an id are skipped.
        const QJsonArray rows{
            QJsonObject{
                {QStringLiteral("logMessageMessageId"), QStringLiteral("77")},
                {QStringLiteral("subject"), QStringLiteral("Luizen &amp; neten")},
                {QStringLiteral("message"), QStringLiteral("<p>Eerste regel</p><p>Tweede</p>")},
                {QStringLiteral("date"), QStringLiteral("2026-11-03T09:15:00+01:00")},
                {QStringLiteral("unread"), true},
                {QStringLiteral("groupId"), 12}},
            QJsonObject{{QStringLiteral("subject"), QStringLiteral("zonder id")}},
            QStringLiteral("geen object"), 42};
        const QList<MessageThread> threads = parseThreadOverview(rows);
        QCOMPARE(threads.size(), 1);
        QCOMPARE(threads.first().id, QStringLiteral("77"));
        QCOMPARE(threads.first().subject, QStringLiteral("Luizen & neten"));
        QVERIFY(threads.first().lastText.startsWith(QStringLiteral("Eerste regel")));
        QVERIFY(!threads.first().lastText.contains(QLatin1Char('<')));
        QCOMPARE(threads.first().date,
                 QDateTime(QDate(2026, 11, 3), QTime(8, 15), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(threads.first().groupId, QStringLiteral("12"));
        QVERIFY(threads.first().unread);

        const QList<QJsonValue> junk{
            QJsonValue(),
            QJsonValue(3),
            QJsonValue(QStringLiteral("[]")),
            QJsonObject{},
            QJsonObject{{QStringLiteral("messages"), 5}},
            QJsonObject{{QStringLiteral("summary"), QJsonArray{1}},
                        {QStringLiteral("messages"),
                         QJsonArray{QJsonValue(), 3,
                                    QJsonObject{{QStringLiteral("photos"), QStringLiteral("x")},
                                                {QStringLiteral("date"), QJsonArray{}}}}}}};
        for (const QJsonValue &value : junk) {
            QVERIFY(parseThreadOverview(value).isEmpty());
            const ThreadDetails details = parseThreadDetails(QStringLiteral("1"), value);
            QVERIFY(!details.hasSummary);
            QVERIFY(details.messages.size() <= 1);
            QVERIFY(parseChildGroups(value, 0).isEmpty());
        }
        const ThreadDetails withPhoto = parseThreadDetails(
            QStringLiteral("5"),
            QJsonObject{
                {QStringLiteral("messages"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("messageId"), 9},
                     {QStringLiteral("message"), QStringLiteral("<p>Kijk!</p>")},
                     {QStringLiteral("date"), 1700000000000.0},
                     {QStringLiteral("photos"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("id"), 3},
                          {QStringLiteral("thumbUrl"), QStringLiteral("http://x/t")},
                          {QStringLiteral("fullSizeUrl"), QStringLiteral("http://x/f")}}}}}}}});
        QCOMPARE(withPhoto.messages.size(), 1);
        QCOMPARE(withPhoto.messages.first().id, QStringLiteral("9"));
        QCOMPARE(withPhoto.messages.first().text, QStringLiteral("Kijk!"));
        QCOMPARE(withPhoto.messages.first().attachments.size(), 1);
        QCOMPARE(withPhoto.messages.first().attachments.first().mediumUrl,
                 QStringLiteral("http://x/f"));
    }

    void syncFillsConversationsSearchAndFilterWorkOffline()
    {
        MessageStore store(*m_account->database());
        QVERIFY(store.threadCount() > 3);
        const QList<MessageThread> all = store.threads();
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).date >= all.at(i).date); // newest first
        // Every conversation has its messages, child and last message.
        for (const MessageThread &t : all) {
            QVERIFY2(store.messageCount(t.id) > 0, qPrintable(t.id));
            QVERIFY(!t.childName.isEmpty());
            QVERIFY(!t.lastText.isEmpty());
        }
        // The staff's threads with attachments ("Foto's van …", the outing's letter, when the
        // seed has them for this family) carry them with links.
        auto photoThread = std::find_if(
            all.cbegin(), all.cend(), [](const MessageThread &t) { return t.attachmentCount > 0; });
        if (photoThread != all.cend()) {
            bool linked = false;
            for (const ThreadMessage &m : store.messages(photoThread->id)) {
                for (const MessageAttachment &a : m.attachments)
                    linked = linked || a.fullUrl.startsWith(QLatin1String("http"));
            }
            QVERIFY(linked);
        } else {
            photoThread = all.cbegin();
        }

        ThreadModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&m_session);
        QCOMPARE(model.rowCount(), int(all.size()));
        QCOMPARE(model.get(0).value(QStringLiteral("threadId")).toString(), all.first().id);
        QVERIFY(!model.get(0).value(QStringLiteral("about")).toString().isEmpty());
        QVERIFY(!model.get(0).value(QStringLiteral("when")).toString().isEmpty());

        // Search finds a word that is only inside a message, not in any subject.
        const QList<ThreadMessage> messages = store.messages(all.last().id);
        QString word;
        for (const QString &w : messages.first().text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (w.size() > 6 && w.at(0).isLetter() && w.back().isLetter()) {
                word = w;
                break;
            }
        }
        QVERIFY(!word.isEmpty());
        model.setSearch(word);
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(model.rowCount() < int(all.size()));
        QVERIFY(model.indexOfKey(QStringLiteral("thread/") + all.last().id) >= 0);
        model.setSearch(QStringLiteral("zzq-nergens-te-vinden"));
        QCOMPARE(model.rowCount(), 0);
        model.setSearch({});

        // The child filter.
        const QString child = all.first().childId;
        model.setChildId(child);
        QVERIFY(model.rowCount() > 0);
        for (int i = 0; i < model.rowCount(); ++i)
            QCOMPARE(
                store.thread(model.get(i).value(QStringLiteral("threadId")).toString())->childId,
                child);
        model.setChildId({});
        QCOMPARE(model.rowCount(), int(all.size()));

        ConversationModel conversation;
        QAbstractItemModelTester conversationTester(
            &conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        conversation.setSession(&m_session);
        conversation.setThreadId(photoThread->id);
        QVERIFY(conversation.found());
        QCOMPARE(conversation.subject(), photoThread->subject);
        QCOMPARE(conversation.rowCount(), store.messageCount(photoThread->id));
        // Every attachment shows: photos as photos, files (the outing's letter) as files.
        int attachments = 0;
        for (int i = 0; i < conversation.rowCount(); ++i) {
            attachments += int(conversation.get(i).value(QStringLiteral("photos")).toList().size());
            attachments += int(conversation.get(i).value(QStringLiteral("files")).toList().size());
            QVERIFY(!conversation.get(i).value(QStringLiteral("author")).toString().isEmpty());
        }
        QCOMPARE(attachments, photoThread->attachmentCount);
        // The first message of each day carries the day's heading; newest first (the view's
        // bottom-to-top list) is the same rows turned round, headings and all.
        const auto longer = std::find_if(all.cbegin(), all.cend(),
                                         [&store](const MessageThread &t) { return store.messageCount(t.id) > 2; });
        QVERIFY(longer != all.cend());
        conversation.setThreadId(longer->id);
        QList<QVariantMap> oldestFirst;
        for (int i = 0; i < conversation.rowCount(); ++i) {
            const QVariantMap row = conversation.get(i);
            const QString previousDay = i > 0 ? conversation.get(i - 1).value(QStringLiteral("day")).toString() : QString();
            QCOMPARE(row.value(QStringLiteral("dayStart")).toBool(),
                     row.value(QStringLiteral("day")).toString() != previousDay);
            oldestFirst << row;
        }
        QVERIFY(conversation.rowCount() > 2);
        conversation.setNewestFirst(true);
        QCOMPARE(conversation.rowCount(), int(oldestFirst.size()));
        for (int i = 0; i < conversation.rowCount(); ++i)
            QCOMPARE(conversation.get(i), oldestFirst.at(oldestFirst.size() - 1 - i));
        conversation.setNewestFirst(false);
        conversation.setThreadId(QStringLiteral("999999999"));
        QVERIFY(!conversation.found());
        QCOMPARE(conversation.rowCount(), 0);
    }

    void openingClearsTheBadgeAndTheReplyArrivesOnceAfterTheServerWasAway()
    {
        const QList<ChildRecord> kids = children();
        QVERIFY(!kids.isEmpty());
        const QString thread =
            staffMessage(kids.first().id, QStringLiteral("Knutselmiddag"),
                         QStringLiteral("Wil je morgen een lege wc-rol meegeven?"));
        QVERIFY(!thread.isEmpty());
        MessageStore store(*m_account->database());
        const int unreadBefore = store.unreadCount();
        QVERIFY(sync());
        // The app shows it on top, unread, with a badge.
        ThreadModel threads;
        QAbstractItemModelTester tester(&threads,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        threads.setSession(&m_session);
        QCOMPARE(threads.get(0).value(QStringLiteral("threadId")).toString(), thread);
        QCOMPARE(threads.get(0).value(QStringLiteral("unread")).toBool(), true);
        QCOMPARE(threads.get(0).value(QStringLiteral("lastWriter")).toString(),
                 QStringLiteral("Juf Anna"));
        QCOMPARE(store.unreadCount(), unreadBefore + 1);
        QVERIFY(unreadOnPortal(thread));

        // Opening it: read here at once, and on the portal once the read mark is through.
        MessageWriter writer;
        writer.setSession(&m_session);
        writer.markRead(thread);
        QCOMPARE(store.unreadCount(), unreadBefore);
        QCOMPARE(threads.get(0).value(QStringLiteral("unread")).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(!unreadOnPortal(thread), 20000);
        // A sync before or after the read mark does not bring the badge back.
        QVERIFY(sync());
        QCOMPARE(store.unreadCount(), unreadBefore);

        // The portal goes away; the parent replies.
        ConversationModel conversation;
        QAbstractItemModelTester conversationTester(
            &conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        conversation.setSession(&m_session);
        conversation.setThreadId(thread);
        QCOMPARE(conversation.rowCount(), 1);
        m_server.reset();
        const QString text =
            QStringLiteral("Komt goed, hij neemt er twee mee (offline geschreven).");
        QSignalSpy written(&writer, &MessageWriter::written);
        QVERIFY(writer.reply(thread, text));
        QCOMPARE(written.size(), 1);
        QCOMPARE(conversation.rowCount(), 2); // at once, as being sent
        QCOMPARE(conversation.get(1).value(QStringLiteral("pending")).toBool(), true);
        QCOMPARE(conversation.get(1).value(QStringLiteral("sendState")).toString(),
                 QStringLiteral("sending"));
        QCOMPARE(conversation.get(1).value(QStringLiteral("author")).toString(),
                 ConversationModel::tr("You"));
        QTest::qWait(1500); // a few attempts against a closed port
        QCOMPARE(m_account->writes()->pending(QStringLiteral("message-reply")).size(), 1);

        startServer(); // back on the same port, same data
        m_account->outbox()->retryWaitingNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_account->writes()->pending(QStringLiteral("message-reply")).isEmpty(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_account->sync()->isRunning(), 60000);
        QCOMPARE(timesOnPortal(thread, QStringLiteral("offline geschreven"), true),
                 1); // what staff see, once
        QCOMPARE(conversation.rowCount(), 2);
        QCOMPARE(conversation.get(1).value(QStringLiteral("pending")).toBool(), false);
        QCOMPARE(conversation.get(1).value(QStringLiteral("text")).toString(), text);
        QCOMPARE(threads.get(0).value(QStringLiteral("lastWriter")).toString(),
                 ThreadModel::tr("You"));
    }

    // The portal's counter is the number of unread conversations, not a change marker: a reply
    // to a conversation that is unread already leaves it as it was, and so does a new
    // conversation while the parent reads another one on the web portal. The next sync still
    // brings every message.
    void staffWritingReachesTheNextSyncWhateverTheCounterSays()
    {
        const QList<ChildRecord> kids = children();
        QVERIFY(!kids.isEmpty());
        const QString unanswered = staffMessage(kids.first().id, QStringLiteral("Laarzen"),
                                                QStringLiteral("Mag hij morgen laarzen aan?"));
        const QString readElsewhere = staffMessage(kids.first().id, QStringLiteral("Ouderavond"),
                                                   QStringLiteral("Dinsdag is de ouderavond."));
        QVERIFY(!unanswered.isEmpty() && !readElsewhere.isEmpty());
        QVERIFY(sync());
        MessageStore store(*m_account->database());
        QCOMPARE(store.messageCount(unanswered), 1);
        const int counter = m_account->sync()->counters().messages;
        QVERIFY(counter >= 2);

        QVERIFY(readOnWebPortal(readElsewhere));
        const QString outing =
            staffMessage(kids.first().id, QStringLiteral("Uitstapje"),
                         QStringLiteral("Vrijdag gaan we naar de kinderboerderij."));
        QVERIFY(!outing.isEmpty());
        for (int i = 1; i <= 24; ++i)
            QVERIFY(staffReply(outing, QStringLiteral("Bericht %1 over het uitstapje").arg(i)));
        QVERIFY(staffReply(unanswered, QStringLiteral("Of toch gympen, het wordt droog.")));
        QVERIFY(sync());
        QCOMPARE(m_account->sync()->counters().messages, counter); // one read, one new
        QCOMPARE(store.messageCount(outing), 25);
        QCOMPARE(store.messages(outing).last().text,
                 QStringLiteral("Bericht 24 over het uitstapje"));
        QCOMPARE(store.messageCount(unanswered), 2);
        QCOMPARE(store.thread(unanswered)->lastText,
                 QStringLiteral("Of toch gympen, het wordt droog."));
    }

    // The counters carry the reference server's message mark, so a sync asks for conversations
    // only when it moved. A sync cut short right after the counters came (the app closed) has
    // seen the new mark but fetched nothing: the next sync must still fetch what it announced.
    void aSyncCutShortAfterTheCountersStillBringsTheReplyNextTime()
    {
        const QList<ChildRecord> kids = children();
        QVERIFY(!kids.isEmpty());
        const QString thread = staffMessage(kids.first().id, QStringLiteral("Slaapzak"),
                                            QStringLiteral("Wil je een slaapzak meenemen?"));
        QVERIFY(!thread.isEmpty());
        QVERIFY(sync());
        MessageStore store(*m_account->database());
        QCOMPARE(store.messageCount(thread), 1);
        const QString mark = m_account->sync()->counters().messagesMark;
        QVERIFY(!mark.isEmpty());

        QVERIFY(staffReply(thread, QStringLiteral("Een dunne is genoeg.")));
        SyncEngine *engine = m_account->sync();
        const QMetaObject::Connection cut =
            connect(engine, &SyncEngine::countersChanged, engine, &SyncEngine::cancel);
        engine->start(SyncEngine::Mode::Automatic);
        QTRY_VERIFY_WITH_TIMEOUT(!engine->isRunning(), 20000);
        disconnect(cut);
        QVERIFY(engine->counters().messagesMark != mark);
        QCOMPARE(store.messageCount(thread), 1);

        QVERIFY(sync());
        QCOMPARE(store.messageCount(thread), 2);
        QCOMPARE(store.thread(thread)->lastText, QStringLiteral("Een dunne is genoeg."));
    }

    void aNewMessageWithAPhotoBecomesAConversation()
    {
        // The child in one group: no group to choose.
        const QList<ChildRecord> kids = children();
        ChildGroupsQuestion groups;
        groups.setSession(&m_session);
        QString single, several;
        QStringList severalGroups;
        for (const ChildRecord &child : kids) {
            groups.ask(child.id);
            QTRY_VERIFY_WITH_TIMEOUT(groups.state() != PortalQuestion::State::Loading, 20000);
            QCOMPARE(groups.state(), PortalQuestion::State::Answered);
            const QVariantList answer = groups.answer().toList();
            if (answer.size() == 1 && single.isEmpty())
                single = child.id;
            if (answer.size() > 1 && several.isEmpty()) {
                several = child.id;
                for (const QVariant &g : answer)
                    severalGroups << g.toMap().value(QStringLiteral("id")).toString();
            }
        }
        QVERIFY(!single.isEmpty());
        QVERIFY(!several.isEmpty()); // the demo family's toddler also goes to the Peuterklas

        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(QColor(0x40, 0x90, 0xE0));
        const QString photo = m_dir.filePath(QStringLiteral("tekening.jpg"));
        QVERIFY(image.save(photo, "JPEG"));
        ThreadModel threads;
        threads.setSession(&m_session);
        MessageWriter writer;
        writer.setSession(&m_session);
        QVERIFY(!writer.problem(true, {}, QStringLiteral("tekst"), {}).isEmpty());
        QVERIFY(
            !writer.problem(true, QStringLiteral("Onderwerp"), QStringLiteral("  "), {}).isEmpty());
        QSignalSpy written(&writer, &MessageWriter::written);
        const QString subject = QStringLiteral("Tekening voor de groep");
        QVERIFY(writer.start(several, severalGroups.last(), subject,
                             QStringLiteral("Ze wilde hem graag aan jullie geven."),
                             {QUrl::fromLocalFile(photo)}));
        QVERIFY(written.wait(10000));
        QTRY_COMPARE(threads.get(0).value(QStringLiteral("pending")).toBool(), true);
        QCOMPARE(threads.get(0).value(QStringLiteral("subject")).toString(), subject);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_account->writes()->pending(QStringLiteral("message-new")).isEmpty(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(threads.get(0).value(QStringLiteral("pending")).toBool(), false,
                                  30000);
        QCOMPARE(threads.get(0).value(QStringLiteral("subject")).toString(), subject);
        QCOMPARE(threads.get(0).value(QStringLiteral("attachments")).toInt(), 1);
        QCOMPARE(threads.get(0).value(QStringLiteral("unread")).toBool(), false);
        QVERIFY(!threads.get(0)
                     .value(QStringLiteral("about"))
                     .toString()
                     .isEmpty()); // the child, until a sync adds the group
    }

    void aRefusedMessageKeepsThePortalsReasonUntilDiscarded()
    {
        // A child in two groups without a group: the portal refuses, in its own words.
        ChildGroupsQuestion groups;
        groups.setSession(&m_session);
        QString several;
        for (const ChildRecord &child : children()) {
            groups.ask(child.id);
            QTRY_VERIFY_WITH_TIMEOUT(groups.state() != PortalQuestion::State::Loading, 20000);
            if (groups.answer().toList().size() > 1)
                several = child.id;
        }
        QVERIFY(!several.isEmpty());
        ThreadModel threads;
        threads.setSession(&m_session);
        MessageWriter writer;
        writer.setSession(&m_session);
        QVERIFY(writer.start(several, {}, QStringLiteral("Welke groep?"),
                             QStringLiteral("Dit gaat niet aankomen.")));
        QTRY_COMPARE_WITH_TIMEOUT(threads.get(0).value(QStringLiteral("sendState")).toString(),
                                  QStringLiteral("failed"), 30000);
        QVERIFY(threads.get(0)
                    .value(QStringLiteral("errorText"))
                    .toString()
                    .contains(QStringLiteral("groep")));
        writer.discard(threads.get(0).value(QStringLiteral("writeId")).toLongLong());
        QTRY_COMPARE(threads.get(0).value(QStringLiteral("pending")).toBool(), false);
        QVERIFY(m_account->writes()->pending(QStringLiteral("message-new")).isEmpty());
    }

    // A long conversation opens on its newest page; older pages follow as the list asks for
    // them, with the same rows and day headings as reading it whole; a message synced in while
    // the parent has scrolled up adds one row and moves none of theirs.
    void aLongConversationReadsItsNewestPageFirst()
    {
        MessageStore store(*m_account->database());
        MessageThread thread;
        thread.id = QStringLiteral("long-1");
        thread.subject = QStringLiteral("Een lang gesprek");
        thread.date = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone("Europe/Amsterdam"))
                          .toMSecsSinceEpoch();
        QVERIFY(store.upsertThreads({thread}, nullptr));
        ThreadDetails details{thread.id, true, thread.subject, {}, {}, {}, {}, {}};
        // 95 messages, five a day at 02:30, 07:30 ... Amsterdam time: a page's oldest message
        // (the 40th and 80th from the newest) is the day's first or not, depending on the
        // message before it.
        const qint64 start = thread.date - qint64(95) * 5 * 3600 * 1000;
        for (int i = 0; i < 95; ++i)
            details.messages << ThreadMessage{QStringLiteral("long-m%1").arg(i), QStringLiteral("Bericht %1").arg(i),
                                              QStringLiteral("Juf Anna"), start + qint64(i) * 5 * 3600 * 1000,
                                              i % 3 == 0, {}};
        QVERIFY(store.storeDetails(details));

        ConversationModel whole;
        whole.setSession(&m_session);
        whole.setThreadId(thread.id);
        QCOMPARE(whole.rowCount(), 95);
        QVERIFY(!whole.canFetchMore({}));

        ConversationModel paged;
        QAbstractItemModelTester tester(&paged, QAbstractItemModelTester::FailureReportingMode::QtTest);
        paged.setSession(&m_session);
        paged.setNewestFirst(true);
        paged.setThreadId(thread.id);
        const auto sameAsWhole = [&] {
            for (int i = 0; i < paged.rowCount(); ++i) {
                if (paged.get(i) != whole.get(whole.rowCount() - 1 - i))
                    return false;
            }
            return true;
        };
        QCOMPARE(paged.rowCount(), ConversationModel::pageSize);
        QVERIFY(sameAsWhole());
        QVERIFY(paged.canFetchMore({}));
        paged.fetchMore({});
        QCOMPARE(paged.rowCount(), 2 * ConversationModel::pageSize);
        QVERIFY(sameAsWhole());

        // Staff write while the parent reads the older messages.
        details.messages << ThreadMessage{QStringLiteral("long-m95"), QStringLiteral("Nieuw bericht"),
                                          QStringLiteral("Juf Anna"), thread.date + 3600 * 1000, false, {}};
        QVERIFY(store.storeDetails(details));
        QTRY_COMPARE(paged.rowCount(), 2 * ConversationModel::pageSize + 1);
        QTRY_COMPARE(whole.rowCount(), 96);
        QCOMPARE(paged.get(0).value(QStringLiteral("text")).toString(), QStringLiteral("Nieuw bericht"));
        QVERIFY(sameAsWhole());
        paged.fetchMore({});
        QCOMPARE(paged.rowCount(), 96);
        QVERIFY(!paged.canFetchMore({}));
        QVERIFY(sameAsWhole());

        // Another conversation opens on its own first page again.
        paged.setThreadId(QString());
        paged.setThreadId(thread.id);
        QCOMPARE(paged.rowCount(), ConversationModel::pageSize);
    }

    void cleanupTestCase()
    {
        m_session.setAccount(nullptr);
        m_account.reset();
    }
};

QTEST_MAIN(TestMessages)
#include "tst_messages.moc"
