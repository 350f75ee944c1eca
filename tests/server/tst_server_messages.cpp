// SPDX-License-Identifier: GPL-3.0-or-later
// Berichten, read marks, uploads, capabilities and the Idempotency-Key guarantee, over HTTP
// against the real server. The manual rules tested here:
//   M1 "Je kan hier het kind kiezen waarover je een bericht wilt sturen, voor welke groep dit
//      bericht bestemd is (indien er meerdere gekoppelde groepen zijn) en een onderwerp invullen."
//   M2 "Berichten zijn na het versturen niet meer te wijzigen of te verwijderen."
//   M3 "Als er een nieuw bericht binnenkomt zie je hiervan op het postvak icoon ... een
//      notificatiebolletje met daarop een nummer" (unread counters follow read marks).
//   M4 "Bij het bekijken van een individueel bericht heb je de mogelijkheid om te reageren."
//   M5 "Als ouder kan je ook foto's en video's toevoegen" (video "alleen als deze functie voor de
//      kinderopvangorganisatie beschikbaar is").
#include "RequestHelpers.h"

#include "server/staff/StaffDesk.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QImage>
#include <QJsonArray>
#include <QtTest>

using namespace nestje::server;
using namespace nestje::server::testing;

namespace {

QByteArray imageBytes(const char *format)
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(QColor(0x40, 0x90, 0xd0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

} // namespace

class ServerMessagesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startThreadAndReadIt();
    void groupIsRequiredWhenTheChildHasSeveral();
    void refusalsAreDutchAndChangeNothing();
    void malformedBodiesAre400();
    void anotherFamilysIdsAre404();
    void messagesCannotBeEditedOrDeleted();
    void replyToThread();
    void readMarksMoveTheCounters();
    void uploadsAttachToMessages();
    void staffFilesComeWithSignedLinks();
    void uploadRefusals();
    void videoOnlyWhereOffered();
    void retryWithTheSameKeyReplaysTheFirstAnswer();
    void refusalIsReplayedEvenAfterItsCauseIsGone();
    void idempotencyKeyIsPerAccountAndPerRequest();
    void anotherOrganisationsNewsletterCannotBeMarkedRead();
    void capabilitiesDifferPerOrganisation();

private:
    int threadCount(const QByteArray &token);
    int unread(const QString &counter);
    ServerFixture m_server;
    QByteArray m_token;  // demo family at the KDV
    QByteArray m_second; // the other KDV family
    QString m_noor;      // one group
    QString m_daan;      // two groups (KDV + peuteropvang)
    QString m_secondChild;
};

void ServerMessagesTest::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_token = m_server.token();
    m_second = m_server.token(QStringLiteral("deboomhut"), QStringLiteral("ouder2@example.nl"));
    for (const QJsonValue &c : payloadOf(m_server.parentGet(QStringLiteral("children/"), m_token))
                                   .value(QLatin1String("activeChildren"))
                                   .toArray()) {
        const QJsonObject child = c.toObject();
        if (child.value(QLatin1String("firstName")).toString() == QLatin1String("Noor"))
            m_noor = child.value(QLatin1String("id")).toString();
        if (child.value(QLatin1String("firstName")).toString() == QLatin1String("Daan"))
            m_daan = child.value(QLatin1String("id")).toString();
    }
    m_secondChild = payloadOf(m_server.parentGet(QStringLiteral("children/"), m_second))
                        .value(QLatin1String("activeChildren"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QLatin1String("id"))
                        .toString();
    QVERIFY(!m_noor.isEmpty() && !m_daan.isEmpty() && !m_secondChild.isEmpty());
}

int ServerMessagesTest::threadCount(const QByteArray &token)
{
    return int(
        m_server.parentGet(QStringLiteral("logbook/overview?from=20000101&to=29991231"), token)
            .json()
            .array()
            .size());
}

int ServerMessagesTest::unread(const QString &counter)
{
    return m_server.parentGet(QStringLiteral("notification/notifications"), m_token)
        .object()
        .value(counter)
        .toInt(-1);
}

void ServerMessagesTest::startThreadAndReadIt()
{
    // M1: child, subject and text; one group, so no group needed.
    const Response r = m_server.parentPut(
        QStringLiteral("logbook/new"), m_token,
        QJsonObject{{QStringLiteral("childId"), m_noor},
                    {QStringLiteral("subject"), QStringLiteral("Ophalen <vandaag>")},
                    {QStringLiteral("message"),
                     QStringLiteral("Oma haalt op.\nOm 16:30 & met de fiets.")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("result")).toBool(), true);
    const qint64 id = payloadOf(r).value(QLatin1String("logMessageMessageId")).toInteger();
    QVERIFY(id > 0);
    // Newest first in the overview, written by the parent, and not unread for them.
    const QJsonObject row = m_server.parentGet(QStringLiteral("logbook/overview?index=0"), m_token)
                                .json()
                                .array()
                                .first()
                                .toObject();
    QCOMPARE(row.value(QLatin1String("logMessageMessageId")).toInteger(), id);
    QCOMPARE(row.value(QLatin1String("lastFromParent")).toBool(), true);
    QCOMPARE(row.value(QLatin1String("unread")).toBool(), false);
    QCOMPARE(row.value(QLatin1String("lastWritten")).toString(), QStringLiteral("Sanne Bakker"));
    // The parent's text is escaped into HTML, never passed through as markup.
    const QJsonObject detail =
        m_server.parentGet(QStringLiteral("logbook/details/%1/summary/true").arg(id), m_token)
            .object();
    QCOMPARE(detail.value(QLatin1String("summary"))
                 .toObject()
                 .value(QLatin1String("subject"))
                 .toString(),
             QStringLiteral("Ophalen <vandaag>"));
    QCOMPARE(detail.value(QLatin1String("messages"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString(),
             QStringLiteral("<p>Oma haalt op.<br>Om 16:30 &amp; met de fiets.</p>"));
}

void ServerMessagesTest::groupIsRequiredWhenTheChildHasSeveral()
{
    // M1 "voor welke groep dit bericht bestemd is (indien er meerdere gekoppelde groepen zijn)"
    const int before = threadCount(m_token);
    QJsonObject body{{QStringLiteral("childId"), m_daan},
                     {QStringLiteral("subject"), QStringLiteral("Peuterklas")},
                     {QStringLiteral("message"), QStringLiteral("Daan neemt zijn knuffel mee.")}};
    const Response refused = m_server.parentPut(QStringLiteral("logbook/new"), m_token, body);
    QCOMPARE(refused.status, 200);
    QCOMPARE(refused.object().value(QLatin1String("result")).toBool(true), false);
    QCOMPARE(codeOf(refused), QStringLiteral("nestje.message.group_required"));
    QVERIFY2(textOf(refused).contains(QLatin1String("Peuterklas")) &&
                 textOf(refused).contains(QLatin1String("Vossen")),
             qPrintable(textOf(refused)));
    QCOMPARE(threadCount(m_token), before);

    // The child's own group (children/ childGroup) is one of its two.
    qint64 group = 0;
    for (const QJsonValue &c : payloadOf(m_server.parentGet(QStringLiteral("children/"), m_token))
                                   .value(QLatin1String("activeChildren"))
                                   .toArray())
        if (c.toObject().value(QLatin1String("id")).toString() == m_daan)
            group = c.toObject()
                        .value(QLatin1String("childGroup"))
                        .toObject()
                        .value(QLatin1String("id"))
                        .toInteger();
    QVERIFY(group > 0);
    body.insert(QStringLiteral("groupId"), group);
    const Response ok = m_server.parentPut(QStringLiteral("logbook/new"), m_token, body);
    QCOMPARE(ok.object().value(QLatin1String("result")).toBool(), true);
    QCOMPARE(threadCount(m_token), before + 1);
    // "Het is direct duidelijk over welk kind en/of welke groep het bericht gaat"
    const qint64 thread = payloadOf(ok).value(QLatin1String("logMessageMessageId")).toInteger();
    const QJsonObject summary =
        m_server.parentGet(QStringLiteral("logbook/details/%1/summary/true").arg(thread), m_token)
            .object()
            .value(QLatin1String("summary"))
            .toObject();
    QCOMPARE(summary.value(QLatin1String("groupId")).toInteger(), group);
    QCOMPARE(summary.value(QLatin1String("groupName")).toString(), QStringLiteral("Vossen"));

    // A group the child is not in (the second family's child's group is Vossen too, so use a
    // number that is nobody's).
    body.insert(QStringLiteral("groupId"), 987654);
    QCOMPARE(m_server.parentPut(QStringLiteral("logbook/new"), m_token, body).status, 404);
}

void ServerMessagesTest::refusalsAreDutchAndChangeNothing()
{
    const int before = threadCount(m_token);
    struct Case
    {
        QJsonObject body;
        QString code;
    };
    const QList<Case> cases{
        {{{QStringLiteral("childId"), m_noor},
          {QStringLiteral("subject"), QStringLiteral("Hoi")},
          {QStringLiteral("message"), QStringLiteral("   ")}},
         QStringLiteral("nestje.message.text_required")},
        {{{QStringLiteral("childId"), m_noor},
          {QStringLiteral("subject"), QStringLiteral("")},
          {QStringLiteral("message"), QStringLiteral("Tekst")}},
         QStringLiteral("nestje.message.subject_required")},
        {{{QStringLiteral("childId"), m_noor},
          {QStringLiteral("subject"), QStringLiteral("Lang")},
          {QStringLiteral("message"), QString(10001, QLatin1Char('a'))}},
         QStringLiteral("nestje.message.text_too_long")},
    };
    for (const Case &c : cases) {
        const Response r = m_server.parentPut(QStringLiteral("logbook/new"), m_token, c.body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("result")).toBool(true), false);
        QCOMPARE(codeOf(r), c.code);
        QVERIFY(!textOf(r).isEmpty());
    }
    QCOMPARE(textOf(m_server.parentPut(QStringLiteral("logbook/new"), m_token, cases.first().body)),
             QStringLiteral("Typ eerst je bericht."));
    QCOMPARE(threadCount(m_token), before);
}

void ServerMessagesTest::malformedBodiesAre400()
{
    for (const QByteArray &body :
         {QByteArray("not json"), QByteArray("[1,2]"),
          QByteArray(R"({"childId":42,"subject":"a","message":"b"})"),
          QByteArray(R"({"childId":"x","subject":["a"],"message":"b"})"),
          QByteArray(R"({"childId":"x","subject":"a","message":"b","photoIds":"m1"})"),
          QByteArray(R"({"subject":"a","message":"b"})"),
          QByteArray(R"({"childId":"x","groupId":"abc"})")}) {
        const Response r = m_server.parentPut(QStringLiteral("logbook/new"), m_token, body);
        QVERIFY2(r.status == 400, body.constData());
        QCOMPARE(r.object().value(QLatin1String("result")).toBool(true), false);
    }
    QCOMPARE(
        m_server.parentPut(QStringLiteral("logbook/details/abc/reply"), m_token, QByteArray("{}"))
            .status,
        400);
    QCOMPARE(m_server.parentPut(QStringLiteral("logbook/details/1/read"), QByteArray()).status,
             401);
}

void ServerMessagesTest::anotherFamilysIdsAre404()
{
    // Another family's child.
    const Response child =
        m_server.parentPut(QStringLiteral("logbook/new"), m_token,
                           QJsonObject{{QStringLiteral("childId"), m_secondChild},
                                       {QStringLiteral("subject"), QStringLiteral("x")},
                                       {QStringLiteral("message"), QStringLiteral("y")}});
    QCOMPARE(child.status, 404);
    // Another family's thread: reply and read.
    const qint64 theirs = m_server.parentGet(QStringLiteral("logbook/overview?index=0"), m_second)
                              .json()
                              .array()
                              .first()
                              .toObject()
                              .value(QLatin1String("logMessageMessageId"))
                              .toInteger();
    QVERIFY(theirs > 0);
    QCOMPARE(m_server
                 .parentPut(QStringLiteral("logbook/details/%1/reply").arg(theirs), m_token,
                            QJsonObject{{QStringLiteral("message"), QStringLiteral("hallo")}})
                 .status,
             404);
    QCOMPARE(
        m_server.parentPut(QStringLiteral("logbook/details/%1/read").arg(theirs), m_token).status,
        404);
    // Another organisation's news item (the BSO's) is not the KDV parent's to mark.
    const QByteArray bso = m_server.token(QStringLiteral("klimop"));
    const qint64 bsoNews = payloadOf(m_server.parentGet(QStringLiteral("htmlnews/view"), bso,
                                                        QStringLiteral("klimop")))
                               .value(QLatin1String("newsItems"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QLatin1String("htmlContentId"))
                               .toInteger();
    QCOMPARE(m_server.parentPut(QStringLiteral("htmlnews/%1/read").arg(bsoNews), m_token).status,
             404);
    // Another parent's upload.
    const Response upload =
        m_server.parentPut(QStringLiteral("media/upload"), m_second, imageBytes("JPEG"), {},
                           QStringLiteral("deboomhut"), QByteArrayLiteral("image/jpeg"));
    const QString theirUpload = payloadOf(upload).value(QLatin1String("mediaId")).toString();
    QVERIFY(!theirUpload.isEmpty());
    const int before = threadCount(m_token);
    QCOMPARE(m_server
                 .parentPut(QStringLiteral("logbook/new"), m_token,
                            QJsonObject{{QStringLiteral("childId"), m_noor},
                                        {QStringLiteral("subject"), QStringLiteral("x")},
                                        {QStringLiteral("message"), QStringLiteral("y")},
                                        {QStringLiteral("photoIds"), QJsonArray{theirUpload}}})
                 .status,
             404);
    QCOMPARE(threadCount(m_token),
             before); // the thread written before the photo check was rolled back
}

void ServerMessagesTest::messagesCannotBeEditedOrDeleted()
{
    // M2: no route changes or removes a sent message.
    const qint64 id = m_server.parentGet(QStringLiteral("logbook/overview?index=0"), m_token)
                          .json()
                          .array()
                          .first()
                          .toObject()
                          .value(QLatin1String("logMessageMessageId"))
                          .toInteger();
    for (const QByteArray &verb :
         {QByteArray("DELETE"), QByteArray("PUT"), QByteArray("POST"), QByteArray("PATCH")}) {
        const Response r = m_server.request(
            verb,
            QUrl(m_server.portal().toString() +
                 QStringLiteral("/restservices-parent/logbook/details/%1/summary/false").arg(id)),
            QByteArray("{\"message\":\"gewijzigd\"}"),
            {{QByteArrayLiteral("Authorization"), "Bearer " + m_token}});
        QVERIFY2(r.status == 405, verb.constData());
    }
    QCOMPARE(m_server
                 .request(QByteArrayLiteral("DELETE"),
                          QUrl(m_server.portal().toString() +
                               QStringLiteral("/restservices-parent/logbook/details/%1").arg(id)),
                          {}, {{QByteArrayLiteral("Authorization"), "Bearer " + m_token}})
                 .status,
             404);
}

void ServerMessagesTest::replyToThread()
{
    // M4: reply to a thread the organisation started.
    QJsonObject staffThread;
    for (const QJsonValue &v :
         m_server.parentGet(QStringLiteral("logbook/overview?from=20000101&to=29991231"), m_token)
             .json()
             .array())
        if (!v.toObject().value(QLatin1String("lastFromParent")).toBool())
            staffThread = v.toObject();
    const qint64 id = staffThread.value(QLatin1String("logMessageMessageId")).toInteger();
    QVERIFY(id > 0);
    const int messagesBefore =
        int(m_server.parentGet(QStringLiteral("logbook/details/%1/summary/false").arg(id), m_token)
                .object()
                .value(QLatin1String("messages"))
                .toArray()
                .size());
    const Response r = m_server.parentPut(
        QStringLiteral("logbook/details/%1/reply").arg(id), m_token,
        QJsonObject{{QStringLiteral("message"), QStringLiteral("Dank jullie wel!")}});
    QCOMPARE(payloadOf(r).value(QLatin1String("logMessageMessageId")).toInteger(), id);
    const QJsonArray messages =
        m_server.parentGet(QStringLiteral("logbook/details/%1/summary/false").arg(id), m_token)
            .object()
            .value(QLatin1String("messages"))
            .toArray();
    QCOMPARE(messages.size(), messagesBefore + 1);
    QCOMPARE(messages.last().toObject().value(QLatin1String("fromParent")).toBool(), true);
    QCOMPARE(m_server.parentGet(QStringLiteral("logbook/overview?index=0"), m_token)
                 .json()
                 .array()
                 .first()
                 .toObject()
                 .value(QLatin1String("logMessageMessageId"))
                 .toInteger(),
             id);
    const Response empty =
        m_server.parentPut(QStringLiteral("logbook/details/%1/reply").arg(id), m_token,
                           QJsonObject{{QStringLiteral("message"), QStringLiteral("")}});
    QCOMPARE(codeOf(empty), QStringLiteral("nestje.message.text_required"));
}

void ServerMessagesTest::readMarksMoveTheCounters()
{
    // M3: the counters follow read marks, one per item, and marking twice changes nothing more.
    QList<qint64> unreadThreads;
    for (const QJsonValue &v :
         m_server.parentGet(QStringLiteral("logbook/overview?from=20000101&to=29991231"), m_token)
             .json()
             .array())
        if (v.toObject().value(QLatin1String("unread")).toBool())
            unreadThreads.append(
                v.toObject().value(QLatin1String("logMessageMessageId")).toInteger());
    QVERIFY(!unreadThreads.isEmpty());
    const int messages = unread(QStringLiteral("nrOfNewMessages"));
    QCOMPARE(messages, int(unreadThreads.size()));
    QCOMPARE(m_server
                 .parentPut(QStringLiteral("logbook/details/%1/read").arg(unreadThreads.first()),
                            m_token)
                 .status,
             200);
    QCOMPARE(unread(QStringLiteral("nrOfNewMessages")), messages - 1);
    QCOMPARE(m_server
                 .parentPut(QStringLiteral("logbook/details/%1/read").arg(unreadThreads.first()),
                            m_token)
                 .status,
             200);
    QCOMPARE(unread(QStringLiteral("nrOfNewMessages")), messages - 1);

    qint64 newsId = 0;
    for (const QJsonValue &v :
         payloadOf(m_server.parentGet(QStringLiteral("htmlnews/view"), m_token))
             .value(QLatin1String("newsItems"))
             .toArray())
        if (v.toObject().value(QLatin1String("isNew")).toBool())
            newsId = v.toObject().value(QLatin1String("htmlContentId")).toInteger();
    QVERIFY(newsId > 0);
    const int news = unread(QStringLiteral("nrOfNewNewsItems"));
    QCOMPARE(payloadOf(m_server.parentPut(QStringLiteral("htmlnews/%1/read").arg(newsId), m_token))
                 .value(QLatin1String("isNew"))
                 .toBool(true),
             false);
    QCOMPARE(unread(QStringLiteral("nrOfNewNewsItems")), news - 1);
    QCOMPARE(m_server.parentPut(QStringLiteral("htmlnews/%1/read").arg(newsId), m_token).status,
             200);
    QCOMPARE(unread(QStringLiteral("nrOfNewNewsItems")), news - 1);
    bool newsReadBack = false;
    for (const QJsonValue &v :
         payloadOf(m_server.parentGet(QStringLiteral("htmlnews/view"), m_token))
             .value(QLatin1String("newsItems"))
             .toArray())
        if (v.toObject().value(QLatin1String("htmlContentId")).toInteger() == newsId) {
            QCOMPARE(v.toObject().value(QLatin1String("isNew")).toBool(true), false);
            newsReadBack = true;
        }
    QVERIFY(newsReadBack);

    qint64 letterId = 0;
    for (const QJsonValue &v : m_server.parentGet(QStringLiteral("newsletter?index=0"), m_token)
                                   .object()
                                   .value(QLatin1String("newsletterItems"))
                                   .toArray())
        if (v.toObject().value(QLatin1String("unread")).toBool())
            letterId = v.toObject().value(QLatin1String("generatedHtmlNewsLetterId")).toInteger();
    QVERIFY(letterId > 0);
    const int letters = unread(QStringLiteral("nrOfNewNewsletters"));
    QCOMPARE(m_server.parentPut(QStringLiteral("newsletter/%1/read").arg(letterId), m_token).status,
             200);
    QCOMPARE(unread(QStringLiteral("nrOfNewNewsletters")), letters - 1);
    QCOMPARE(m_server.parentPut(QStringLiteral("newsletter/%1/read").arg(letterId), m_token).status,
             200);
    QCOMPARE(unread(QStringLiteral("nrOfNewNewsletters")), letters - 1);
    bool letterReadBack = false;
    for (const QJsonValue &v : m_server.parentGet(QStringLiteral("newsletter?index=0"), m_token)
                                   .object()
                                   .value(QLatin1String("newsletterItems"))
                                   .toArray())
        if (v.toObject().value(QLatin1String("generatedHtmlNewsLetterId")).toInteger() ==
            letterId) {
            QCOMPARE(v.toObject().value(QLatin1String("unread")).toBool(true), false);
            letterReadBack = true;
        }
    QVERIFY(letterReadBack);
    QCOMPARE(m_server.parentPut(QStringLiteral("newsletter/99999999/read"), m_token).status, 404);
}

void ServerMessagesTest::uploadsAttachToMessages()
{
    // M5: photos with a message; the photo is served by its signed link.
    const Response jpeg =
        m_server.parentPut(QStringLiteral("media/upload"), m_token, imageBytes("JPEG"), {},
                           QStringLiteral("deboomhut"), QByteArrayLiteral("image/jpeg"));
    const Response png =
        m_server.parentPut(QStringLiteral("media/upload"), m_token, imageBytes("PNG"), {},
                           QStringLiteral("deboomhut"), QByteArrayLiteral("image/png"));
    QCOMPARE(jpeg.status, 200);
    QCOMPARE(png.status, 200);
    const QString a = payloadOf(jpeg).value(QLatin1String("mediaId")).toString();
    const QString b = payloadOf(png).value(QLatin1String("mediaId")).toString();
    QVERIFY(!a.isEmpty() && !b.isEmpty() && a != b);
    const Response r =
        m_server.parentPut(QStringLiteral("logbook/new"), m_token,
                           QJsonObject{{QStringLiteral("childId"), m_noor},
                                       {QStringLiteral("subject"), QStringLiteral("Foto's")},
                                       {QStringLiteral("message"), QStringLiteral("Kijk!")},
                                       {QStringLiteral("photoIds"), QJsonArray{a, b}}});
    const qint64 id = payloadOf(r).value(QLatin1String("logMessageMessageId")).toInteger();
    const QJsonArray photos =
        m_server.parentGet(QStringLiteral("logbook/details/%1/summary/false").arg(id), m_token)
            .object()
            .value(QLatin1String("messages"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("photos"))
            .toArray();
    QCOMPARE(photos.size(), 2);
    const QJsonObject photo = photos.first().toObject();
    QCOMPARE(photo.value(QLatin1String("mediaType")).toString(), QStringLiteral("photo"));
    QCOMPARE(photo.value(QLatin1String("childTags"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("ownChild"))
                 .toBool(),
             true);
    const Response file = m_server.get(QUrl(photo.value(QLatin1String("fullSizeUrl")).toString()));
    QCOMPARE(file.status, 200);
    QCOMPARE(file.header(QByteArrayLiteral("Content-Type")), QByteArrayLiteral("image/jpeg"));
    QVERIFY(file.body.startsWith("\xff\xd8"));
}

void ServerMessagesTest::staffFilesComeWithSignedLinks()
{
    // Issue 11: a letter staff attach to a message is listed in P7's attachmentContentItems
    // with a signed link that gives the PDF without the token (as a photo's does); a file that
    // is not a PDF is refused; the demo has one on the kinderboerderij outing.
    StaffDesk desk(m_server.dataDir(), [this] { return m_server.now(); });
    QString error;
    QVERIFY2(desk.open(&error), qPrintable(error));
    const qint64 thread = desk.sendMessage(QStringLiteral("deboomhut"), m_noor, QStringLiteral("Ouderavond"),
                                           QStringLiteral("Hierbij de uitnodiging."), {}, &error);
    QVERIFY2(thread > 0, qPrintable(error));
    QTemporaryDir dir;
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n% ouderavond\n%%EOF\n");
    QFile letter(dir.filePath(QStringLiteral("uitnodiging.pdf")));
    QVERIFY(letter.open(QIODevice::WriteOnly) && letter.write(pdf) == pdf.size());
    letter.close();
    QFile text(dir.filePath(QStringLiteral("notitie.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly) && text.write("geen pdf") > 0);
    text.close();
    QVERIFY(!desk.attachFile(QStringLiteral("deboomhut"), thread, text.fileName(), {}, &error));
    QVERIFY2(error.contains(QLatin1String("not a PDF")), qPrintable(error));
    error.clear();
    QVERIFY2(desk.attachFile(QStringLiteral("deboomhut"), thread, letter.fileName(),
                             QStringLiteral("Uitnodiging ouderavond.pdf"), &error),
             qPrintable(error));

    const QJsonArray messages =
        m_server.parentGet(QStringLiteral("logbook/details/%1/summary/false").arg(thread), m_token)
            .object()
            .value(QLatin1String("messages"))
            .toArray();
    QCOMPARE(messages.size(), 1);
    const QJsonArray files = messages.first().toObject().value(QLatin1String("attachmentContentItems")).toArray();
    QCOMPARE(files.size(), 1);
    const QJsonObject file = files.first().toObject();
    QCOMPARE(file.value(QLatin1String("fileName")).toString(), QStringLiteral("Uitnodiging ouderavond.pdf"));
    QCOMPARE(file.value(QLatin1String("contentType")).toString(), QStringLiteral("application/pdf"));
    QVERIFY(!file.value(QLatin1String("id")).toString().isEmpty());
    const QUrl link(file.value(QLatin1String("awsUrl")).toString());
    const Response bytes = m_server.get(link);
    QCOMPARE(bytes.status, 200);
    QCOMPARE(bytes.header(QByteArrayLiteral("Content-Type")), QByteArrayLiteral("application/pdf"));
    QCOMPARE(bytes.body, pdf);
    QUrl unsigned_ = link;
    unsigned_.setQuery(QString());
    QCOMPARE(m_server.get(unsigned_).status, 403);

    bool demoLetter = false;
    for (const QJsonValue &t :
         m_server.parentGet(QStringLiteral("logbook/overview?from=20000101&to=29991231"), m_token).json().array()) {
        if (t.toObject().value(QLatin1String("subject")).toString() != QLatin1String("Uitje naar de kinderboerderij"))
            continue;
        const QJsonObject first =
            m_server.parentGet(QStringLiteral("logbook/details/%1/summary/false")
                                   .arg(t.toObject().value(QLatin1String("logMessageMessageId")).toInteger()),
                               m_token)
                .object()
                .value(QLatin1String("messages"))
                .toArray()
                .first()
                .toObject();
        const QJsonObject item = first.value(QLatin1String("attachmentContentItems")).toArray().first().toObject();
        QCOMPARE(item.value(QLatin1String("fileName")).toString(), QStringLiteral("Brief uitje kinderboerderij.pdf"));
        QVERIFY(m_server.get(QUrl(item.value(QLatin1String("awsUrl")).toString())).body.startsWith("%PDF"));
        demoLetter = true;
    }
    QVERIFY2(demoLetter, "the demo family has the kinderboerderij conversation with its letter");
}

void ServerMessagesTest::uploadRefusals()
{
    const Response text =
        m_server.parentPut(QStringLiteral("media/upload"), m_token, QByteArray("hello"), {},
                           QStringLiteral("deboomhut"), QByteArrayLiteral("text/plain"));
    QCOMPARE(text.status, 415);
    const Response garbage =
        m_server.parentPut(QStringLiteral("media/upload"), m_token, QByteArray(5000, 'x'), {},
                           QStringLiteral("deboomhut"), QByteArrayLiteral("image/jpeg"));
    QCOMPARE(garbage.status, 400);
    const Response empty =
        m_server.parentPut(QStringLiteral("media/upload"), m_token, QByteArray(), {},
                           QStringLiteral("deboomhut"), QByteArrayLiteral("image/png"));
    QCOMPARE(empty.status, 400);
    // Over the organisation's photo limit (the KDV allows 10 MiB; the router ceiling is higher).
    const Response big = m_server.parentPut(
        QStringLiteral("media/upload"), m_token, QByteArray(11 * 1024 * 1024, '\0'), {},
        QStringLiteral("deboomhut"), QByteArrayLiteral("image/jpeg"));
    QCOMPARE(big.status, 413);
    QVERIFY(textOf(big).contains(QLatin1String("te groot")));
}

void ServerMessagesTest::videoOnlyWhereOffered()
{
    // M5: "video's alleen als deze functie voor de kinderopvangorganisatie beschikbaar is".
    QByteArray mp4("\x00\x00\x00\x18"
                   "ftypmp42"
                   "\x00\x00\x00\x00"
                   "mp42isom",
                   24);
    mp4.append(QByteArray(2000, '\x01'));
    const Response kdv =
        m_server.parentPut(QStringLiteral("media/upload"), m_token, mp4, {},
                           QStringLiteral("deboomhut"), QByteArrayLiteral("video/mp4"));
    QCOMPARE(kdv.status, 200);
    QCOMPARE(payloadOf(kdv).value(QLatin1String("mediaType")).toString(), QStringLiteral("video"));
    QVERIFY(payloadOf(kdv)
                .value(QLatin1String("fullSizeUrl"))
                .toString()
                .contains(QLatin1String(".mp4?")));
    const Response clip =
        m_server.get(QUrl(payloadOf(kdv).value(QLatin1String("fullSizeUrl")).toString()));
    QCOMPARE(clip.status, 200);
    QCOMPARE(clip.header(QByteArrayLiteral("Content-Type")), QByteArrayLiteral("video/mp4"));
    QCOMPARE(clip.body, mp4);
    QCOMPARE(m_server.get(QUrl(payloadOf(kdv).value(QLatin1String("thumbUrl")).toString())).status,
             200);

    const QByteArray bso = m_server.token(QStringLiteral("klimop"));
    const Response refused =
        m_server.parentPut(QStringLiteral("media/upload"), bso, mp4, {}, QStringLiteral("klimop"),
                           QByteArrayLiteral("video/mp4"));
    QCOMPARE(refused.status, 200);
    QCOMPARE(refused.object().value(QLatin1String("result")).toBool(true), false);
    QCOMPARE(codeOf(refused), QStringLiteral("nestje.media.video_not_offered"));
    const Response notVideo =
        m_server.parentPut(QStringLiteral("media/upload"), m_token, QByteArray(100, 'v'), {},
                           QStringLiteral("deboomhut"), QByteArrayLiteral("video/mp4"));
    QCOMPARE(notVideo.status, 415);
}

void ServerMessagesTest::retryWithTheSameKeyReplaysTheFirstAnswer()
{
    const QJsonObject body{
        {QStringLiteral("childId"), m_noor},
        {QStringLiteral("subject"), QStringLiteral("Eén keer")},
        {QStringLiteral("message"), QStringLiteral("Dit bericht komt er één keer.")}};
    const int before = threadCount(m_token);
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const Response first = m_server.parentPut(QStringLiteral("logbook/new"), m_token, body, key);
    const Response retry = m_server.parentPut(QStringLiteral("logbook/new"), m_token, body, key);
    QCOMPARE(first.status, 200);
    QVERIFY(first.header(QByteArrayLiteral("Idempotent-Replayed")).isEmpty());
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.body, first.body);
    QCOMPARE(retry.header(QByteArrayLiteral("Idempotent-Replayed")), QByteArrayLiteral("true"));
    QCOMPARE(threadCount(m_token), before + 1);
    // Uploads: the retry gets the same media id, replayed.
    const QByteArray uploadKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray bytes = imageBytes("JPEG");
    const Response u1 =
        m_server.parentPut(QStringLiteral("media/upload"), m_token, bytes, uploadKey,
                           QStringLiteral("deboomhut"), QByteArrayLiteral("image/jpeg"));
    const Response u2 =
        m_server.parentPut(QStringLiteral("media/upload"), m_token, bytes, uploadKey,
                           QStringLiteral("deboomhut"), QByteArrayLiteral("image/jpeg"));
    QCOMPARE(u1.status, 200);
    QVERIFY(!payloadOf(u1).value(QLatin1String("mediaId")).toString().isEmpty());
    QCOMPARE(u2.body, u1.body);
    QCOMPARE(u2.header(QByteArrayLiteral("Idempotent-Replayed")), QByteArrayLiteral("true"));
    // A malformed key is a 400.
    QCOMPARE(m_server.parentPut(QStringLiteral("logbook/new"), m_token, body, QByteArray(300, 'k'))
                 .status,
             400);
}

// docs/api.md Idempotency: "refusals are remembered too, so a retry is refused the same way".
// The cause of the refusal is removed between the attempts (the organisation processes the
// pending change), so a retry that ran again would now succeed; with the stored refusal it gets
// the first answer byte for byte, marked as replayed, and changes nothing.
void ServerMessagesTest::refusalIsReplayedEvenAfterItsCauseIsGone()
{
    QString error;
    StaffDesk desk(m_server.dataDir(), [this] { return m_server.now(); });
    QVERIFY2(desk.open(&error), qPrintable(error));
    auto change = [](const QString &phone) {
        return QJsonObject{
            {QStringLiteral("changes"), QJsonObject{{QStringLiteral("phoneNumber"), phone}}}};
    };
    auto pending = [this] {
        return payloadOf(m_server.parentGet(QStringLiteral("parent/changerequest"), m_token));
    };
    QVERIFY(ok(m_server.parentPut(QStringLiteral("parent/changerequest"), m_token,
                                  change(QStringLiteral("06 11111111")))));
    QCOMPARE(pending().value(QLatin1String("status")).toString(), QStringLiteral("pending"));

    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const Response refused = m_server.parentPut(QStringLiteral("parent/changerequest"), m_token,
                                                change(QStringLiteral("06 22222222")), key);
    QCOMPARE(refused.status, 200);
    QCOMPARE(refused.object().value(QLatin1String("result")).toBool(true), false);
    QCOMPARE(codeOf(refused), QStringLiteral("nestje.account.change_pending"));
    QVERIFY(refused.header(QByteArrayLiteral("Idempotent-Replayed")).isEmpty());

    // The cause goes away: the organisation processes the pending change.
    QVERIFY2(desk.processDetailChange(QStringLiteral("deboomhut"),
                                      QStringLiteral("ouder@example.nl"), &error),
             qPrintable(error));
    QVERIFY(pending().isEmpty());

    const Response retry = m_server.parentPut(QStringLiteral("parent/changerequest"), m_token,
                                              change(QStringLiteral("06 22222222")), key);
    QCOMPARE(retry.status, refused.status);
    QCOMPARE(retry.header(QByteArrayLiteral("Content-Type")),
             refused.header(QByteArrayLiteral("Content-Type")));
    QCOMPARE(retry.body, refused.body);
    QCOMPARE(retry.header(QByteArrayLiteral("Idempotent-Replayed")), QByteArrayLiteral("true"));
    QVERIFY(pending().isEmpty()); // the replay wrote nothing

    // A new key is a new request, and the same change now goes through.
    const Response fresh = m_server.parentPut(
        QStringLiteral("parent/changerequest"), m_token, change(QStringLiteral("06 22222222")),
        QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    QVERIFY2(ok(fresh), fresh.body.constData());
    QVERIFY(fresh.header(QByteArrayLiteral("Idempotent-Replayed")).isEmpty());
    QCOMPARE(pending()
                 .value(QLatin1String("changes"))
                 .toObject()
                 .value(QLatin1String("phoneNumber"))
                 .toString(),
             QStringLiteral("06 22222222"));
    QVERIFY2(desk.processDetailChange(QStringLiteral("deboomhut"),
                                      QStringLiteral("ouder@example.nl"), &error),
             qPrintable(error));
}

void ServerMessagesTest::idempotencyKeyIsPerAccountAndPerRequest()
{
    const QByteArray key = "shared-key-1";
    const QJsonObject mine{{QStringLiteral("childId"), m_noor},
                           {QStringLiteral("subject"), QStringLiteral("A")},
                           {QStringLiteral("message"), QStringLiteral("Eerste")}};
    const QJsonObject theirs{{QStringLiteral("childId"), m_secondChild},
                             {QStringLiteral("subject"), QStringLiteral("B")},
                             {QStringLiteral("message"), QStringLiteral("Tweede")}};
    const int secondBefore = threadCount(m_second);
    QCOMPARE(m_server.parentPut(QStringLiteral("logbook/new"), m_token, mine, key).status, 200);
    // The same key from another parent is their own key: their write happens.
    const Response other = m_server.parentPut(QStringLiteral("logbook/new"), m_second, theirs, key);
    QCOMPARE(other.object().value(QLatin1String("result")).toBool(), true);
    QCOMPARE(threadCount(m_second), secondBefore + 1);
    // The same key with a different request from the same parent is refused, not replayed.
    QJsonObject changed = mine;
    changed.insert(QStringLiteral("message"), QStringLiteral("Anders"));
    const Response reused =
        m_server.parentPut(QStringLiteral("logbook/new"), m_token, changed, key);
    QCOMPARE(reused.status, 422);
    QCOMPARE(codeOf(reused), QStringLiteral("web.general.message.idempotency_key_reused"));
}

// X16 "Another organisation's item: 404": the same parent, logged in at the BSO, cannot mark the
// KDV's newsletter read (nor the other way round), and the KDV's unread counter stays.
void ServerMessagesTest::anotherOrganisationsNewsletterCannotBeMarkedRead()
{
    const QByteArray bso = m_server.token(QStringLiteral("klimop"));
    auto letter = [this](const QByteArray &token, const QString &slug, bool unreadOnly) {
        for (const QJsonValue &v :
             m_server.parentGet(QStringLiteral("newsletter?index=0"), token, slug)
                 .object()
                 .value(QLatin1String("newsletterItems"))
                 .toArray())
            if (!unreadOnly || v.toObject().value(QLatin1String("unread")).toBool())
                return v.toObject().value(QLatin1String("generatedHtmlNewsLetterId")).toInteger();
        return qint64(0);
    };
    const qint64 kdvLetter = letter(m_token, QStringLiteral("deboomhut"), false);
    const qint64 bsoLetter = letter(bso, QStringLiteral("klimop"), true);
    QVERIFY(kdvLetter > 0 && bsoLetter > 0);
    const int kdvUnread = unread(QStringLiteral("nrOfNewNewsletters"));
    auto bsoUnread = [&] {
        return m_server
            .parentGet(QStringLiteral("notification/notifications"), bso, QStringLiteral("klimop"))
            .object()
            .value(QLatin1String("nrOfNewNewsletters"))
            .toInt(-1);
    };
    const int bsoBefore = bsoUnread();
    QVERIFY(bsoBefore > 0);

    const Response fromBso = m_server.parentPut(QStringLiteral("newsletter/%1/read").arg(kdvLetter),
                                                bso, QByteArray(), {}, QStringLiteral("klimop"));
    QCOMPARE(fromBso.status, 404);
    QCOMPARE(codeOf(fromBso), QStringLiteral("web.general.message.not_found"));
    const Response fromKdv =
        m_server.parentPut(QStringLiteral("newsletter/%1/read").arg(bsoLetter), m_token);
    QCOMPARE(fromKdv.status, 404);
    QCOMPARE(codeOf(fromKdv), QStringLiteral("web.general.message.not_found"));
    QCOMPARE(unread(QStringLiteral("nrOfNewNewsletters")), kdvUnread);
    QCOMPARE(bsoUnread(), bsoBefore);
    // Each organisation's own letter can be marked by its own parent.
    QCOMPARE(m_server
                 .parentPut(QStringLiteral("newsletter/%1/read").arg(bsoLetter), bso, QByteArray(),
                            {}, QStringLiteral("klimop"))
                 .status,
             200);
    QCOMPARE(bsoUnread(), bsoBefore - 1);
}

void ServerMessagesTest::capabilitiesDifferPerOrganisation()
{
    const QJsonObject kdv =
        payloadOf(m_server.parentGet(QStringLiteral("nestje/capabilities"), m_token));
    const QByteArray bsoToken = m_server.token(QStringLiteral("klimop"));
    const QJsonObject bso = payloadOf(m_server.parentGet(QStringLiteral("nestje/capabilities"),
                                                         bsoToken, QStringLiteral("klimop")));
    QCOMPARE(
        kdv.value(QLatin1String("modules")).toObject().value(QLatin1String("swapDays")).toBool(),
        true);
    QCOMPARE(
        bso.value(QLatin1String("modules")).toObject().value(QLatin1String("swapDays")).toBool(),
        false);
    QCOMPARE(kdv.value(QLatin1String("modules")).toObject().value(QLatin1String("video")).toBool(),
             true);
    QCOMPARE(bso.value(QLatin1String("modules")).toObject().value(QLatin1String("video")).toBool(),
             false);
    QCOMPARE(
        kdv.value(QLatin1String("organisation")).toObject().value(QLatin1String("kind")).toString(),
        QStringLiteral("KDV"));
    QVERIFY(kdv.value(QLatin1String("rules"))
                .toObject()
                .value(QLatin1String("dayParts"))
                .toArray()
                .size() >= 3);
    QCOMPARE(kdv.value(QLatin1String("rules"))
                 .toObject()
                 .value(QLatin1String("request.cancelHours"))
                 .toInt(),
             48);
    QCOMPARE(bso.value(QLatin1String("rules"))
                 .toObject()
                 .value(QLatin1String("request.cancelHours"))
                 .toInt(),
             24);
}

QTEST_GUILESS_MAIN(ServerMessagesTest)
#include "tst_server_messages.moc"
