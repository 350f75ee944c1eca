// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests: every observed route answers with the reference's wrapping, field names and
// types (protocol §3.1, §4, §5), and media links behave like the portal's signed URLs.
#include "ProcessMemory.h"
#include "RequestHelpers.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QElapsedTimer>
#include <QDirIterator>
#include <QCryptographicHash>
#include <QProcess>
#include <QtTest>

using namespace nestje::server::testing;

namespace {

bool isEnvelope(const QJsonObject &o)
{
    return o.value(QLatin1String("result")).toBool() && o.contains(QLatin1String("payload")) && o.contains(QLatin1String("messages"));
}

bool isEpochMs(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() > 1.0e12 && v.toDouble() < 4.0e12;
}

// Date-only values are Europe/Amsterdam local midnight.
bool isLocalMidnight(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(v.toInteger(), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
    return t.time() == QTime(0, 0);
}

} // namespace

class ServerContractTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parentAndCustomer();
    void children();
    void timelineCardsAndPaging();
    void notifications();
    void logbook();
    void newsAndContainer();
    void newsletters();
    void calendar();
    void demoRequests();
    void administration();
    void mediaLinks();
    void mediaLinkExpiry();
    void videoRange();
    void aLargeVideoIsSentAPartAtATime();
    void hostBasedRouting();
    void https();

private:
    Response get(const QString &path) { return m_server.parentGet(path, m_token); }
    // A client that stops taking a download is cut off after this much silence (the default is
    // 30 s; no other request here is silent for a second).
    static ServerFixture::Options options()
    {
        ServerFixture::Options options;
        options.limits.bodyTimeoutMs = 1500;
        return options;
    }
    ServerFixture m_server{options()};
    QByteArray m_token;
    QString m_photoUrl;
    QString m_videoUrl;
};

void ServerContractTest::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_token = m_server.token();
    QVERIFY(!m_token.isEmpty());
}

void ServerContractTest::parentAndCustomer()
{
    const Response parent = get(QStringLiteral("parent"));
    QCOMPARE(parent.status, 200);
    QVERIFY(isEnvelope(parent.object()));
    const QJsonObject p = parent.object().value(QLatin1String("payload")).toObject();
    QCOMPARE(p.value(QLatin1String("fullname")).toString(), QStringLiteral("Sanne Bakker"));
    QCOMPARE(p.value(QLatin1String("emailAddress")).toString(), QStringLiteral("ouder@example.nl"));
    const Response customer = get(QStringLiteral("customer/info"));
    QCOMPARE(customer.status, 200);
    QCOMPARE(customer.object().value(QLatin1String("payload")).toObject().value(QLatin1String("customerName")).toString(),
             QStringLiteral("Kinderdagverblijf De Boomhut"));
}

void ServerContractTest::children()
{
    const Response r = get(QStringLiteral("children/"));
    QCOMPARE(r.status, 200);
    QVERIFY(isEnvelope(r.object()));
    QVERIFY(r.object().value(QLatin1String("messages")).isNull());
    const QJsonObject payload = r.object().value(QLatin1String("payload")).toObject();
    QVERIFY(payload.value(QLatin1String("inactiveChildren")).isArray());
    const QJsonArray active = payload.value(QLatin1String("activeChildren")).toArray();
    QCOMPARE(active.size(), 2); // the baby and the toddler at the KDV
    for (const QJsonValue &v : active) {
        const QJsonObject c = v.toObject();
        QVERIFY(c.value(QLatin1String("id")).isString());
        QVERIFY(c.value(QLatin1String("fullname")).isString()); // lowercase n
        QVERIFY(!c.contains(QLatin1String("fullName")));
        QVERIFY(c.value(QLatin1String("firstName")).isString());
        QVERIFY(c.contains(QLatin1String("middleName")));
        QVERIFY(c.value(QLatin1String("lastName")).isString());
        QVERIFY(isEpochMs(c.value(QLatin1String("dateOfBirth"))));
        QVERIFY(isLocalMidnight(c.value(QLatin1String("dateOfBirth"))));
        QVERIFY(c.value(QLatin1String("hasActivePlacements")).isBool());
        QVERIFY(c.value(QLatin1String("avatars")).toObject().value(QLatin1String("fullSizeUrl")).toString().startsWith(QLatin1String("http")));
    }
    const Response bso = m_server.parentGet(QStringLiteral("children/"), m_server.token(QStringLiteral("klimop")), QStringLiteral("klimop"));
    QCOMPARE(bso.object().value(QLatin1String("payload")).toObject().value(QLatin1String("activeChildren")).toArray().size(), 1);
}

void ServerContractTest::timelineCardsAndPaging()
{
    int offset = 0;
    int journals = 0;
    int rhythms = 0;
    int photoCards = 0;
    qint64 previousDate = std::numeric_limits<qint64>::max();
    QSet<QString> seen;
    for (int page = 0; page < 500; ++page) {
        const Response r = get(QStringLiteral("timeline/cards/v2/%1").arg(offset));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().isArray()); // bare array
        const QJsonArray cards = r.json().array();
        if (cards.isEmpty())
            break;
        for (const QJsonValue &v : cards) {
            const QJsonObject card = v.toObject();
            const qint64 date = card.value(QLatin1String("date")).toInteger();
            QVERIFY(isLocalMidnight(card.value(QLatin1String("date"))));
            QVERIFY2(date <= previousDate, "newest first");
            previousDate = date;
            QVERIFY(!card.value(QLatin1String("children")).toArray().isEmpty());
            const QString type = card.value(QLatin1String("type")).toString();
            if (type == QLatin1String("journal")) {
                ++journals;
                const QJsonObject j = card.value(QLatin1String("journal")).toObject();
                for (const char *key : {"journalId", "childId", "writtenByName", "writtenByType", "dayRythmContent",
                                        "journalContent", "content"})
                    QVERIFY2(j.value(QLatin1String(key)).isString(), key);
                QVERIFY(j.value(QLatin1String("photos")).isArray());
                QVERIFY(j.value(QLatin1String("attachmentContentItems")).isArray());
                QVERIFY(j.value(QLatin1String("isNew")).isBool());
                QVERIFY(j.value(QLatin1String("edited")).isBool());
                QCOMPARE(j.value(QLatin1String("content")).toString(),
                         j.value(QLatin1String("dayRythmContent")).toString() + j.value(QLatin1String("journalContent")).toString());
                const QString rhythm = j.value(QLatin1String("dayRythmContent")).toString();
                if (!rhythm.isEmpty()) {
                    ++rhythms;
                    QVERIFY(rhythm.contains(QLatin1String("<table class='day-rythm-moment'>")));
                    QVERIFY(rhythm.contains(QLatin1String("moment-title-span")));
                    QVERIFY(rhythm.contains(QLatin1String("icon dagritme-")));
                }
                seen.insert(j.value(QLatin1String("journalId")).toString());
            } else if (type == QLatin1String("photo")) {
                ++photoCards;
                const QJsonArray photos = card.value(QLatin1String("photos")).toArray();
                QVERIFY(!photos.isEmpty());
                for (const QJsonValue &pv : photos) {
                    const QJsonObject photo = pv.toObject();
                    QVERIFY(photo.value(QLatin1String("id")).isString());
                    QVERIFY(isEpochMs(photo.value(QLatin1String("date"))));
                    const QString mediaType = photo.value(QLatin1String("mediaType")).toString();
                    QVERIFY(mediaType == QLatin1String("photo") || mediaType == QLatin1String("video"));
                    for (const char *key : {"fullSizeUrl", "mediumUrl", "thumbUrl"})
                        QVERIFY(photo.value(QLatin1String(key)).toString().contains(QLatin1String("Signature=")));
                    QVERIFY(photo.value(QLatin1String("childTags")).toArray().first().toObject().value(QLatin1String("ownChild")).toBool());
                    QVERIFY(photo.value(QLatin1String("liked")).isBool());
                    QVERIFY(photo.value(QLatin1String("new")).isBool());
                    if (mediaType == QLatin1String("photo") && m_photoUrl.isEmpty())
                        m_photoUrl = photo.value(QLatin1String("fullSizeUrl")).toString();
                    if (mediaType == QLatin1String("video") && m_videoUrl.isEmpty())
                        m_videoUrl = photo.value(QLatin1String("fullSizeUrl")).toString();
                    seen.insert(photo.value(QLatin1String("id")).toString());
                }
            }
        }
        offset += int(cards.size());
    }
    QVERIFY(journals > 20);
    QVERIFY(rhythms > 10); // the day-rhythm checks above ran on real moments
    QVERIFY(photoCards > 3);
    // Past the end: 200 [] again.
    const Response past = get(QStringLiteral("timeline/cards/v2/%1").arg(offset + 1000));
    QCOMPARE(past.status, 200);
    QCOMPARE(past.body.trimmed(), QByteArray("[]"));
}

void ServerContractTest::notifications()
{
    const Response r = get(QStringLiteral("notification/notifications"));
    QCOMPARE(r.status, 200);
    for (const char *key : {"nrOfNewMessages", "nrOfNewNewsItems", "nrOfNewNewsletters"})
        QVERIFY2(r.object().value(QLatin1String(key)).isDouble(), key);
    QVERIFY(r.object().value(QLatin1String("nrOfNewMessages")).toInt() > 0);
}

void ServerContractTest::logbook()
{
    const Response first = get(QStringLiteral("logbook/overview?index=0"));
    QCOMPARE(first.status, 200);
    QVERIFY(first.json().isArray());
    const QJsonArray rows = first.json().array();
    QVERIFY(!rows.isEmpty());
    const QJsonObject row = rows.first().toObject();
    QVERIFY(row.value(QLatin1String("logMessageMessageId")).isDouble());
    for (const char *key : {"subject", "message", "lastWritten"})
        QVERIFY2(row.value(QLatin1String(key)).isString(), key);
    QVERIFY(isEpochMs(row.value(QLatin1String("date"))));
    QVERIFY(row.value(QLatin1String("unread")).isBool());
    QVERIFY(row.value(QLatin1String("lastFromParent")).isBool());
    QCOMPARE(get(QStringLiteral("logbook/overview?index=%1").arg(rows.size() + 100)).body.trimmed(), QByteArray("[]"));
    const QDate today = QDate::currentDate();
    const Response range = get(QStringLiteral("logbook/overview?from=%1&to=%2")
                                   .arg(today.addDays(-400).toString(QStringLiteral("yyyyMMdd")),
                                        today.addDays(1).toString(QStringLiteral("yyyyMMdd"))));
    QCOMPARE(range.status, 200);
    QCOMPARE(range.json().array().size(), rows.size());

    const qint64 id = row.value(QLatin1String("logMessageMessageId")).toInteger();
    for (const QString &flag : {QStringLiteral("false"), QStringLiteral("true")}) {
        const Response thread = get(QStringLiteral("logbook/details/%1/summary/%2").arg(id).arg(flag));
        QCOMPARE(thread.status, 200);
        const QJsonObject o = thread.object();
        QVERIFY(!o.contains(QLatin1String("result"))); // bare
        QCOMPARE(o.contains(QLatin1String("summary")), flag == QLatin1String("true"));
        const QJsonArray messages = o.value(QLatin1String("messages")).toArray();
        QVERIFY(!messages.isEmpty());
        qint64 previous = 0;
        for (const QJsonValue &m : messages) {
            const QJsonObject message = m.toObject();
            for (const char *key : {"message", "writtenBy", "childFirstName"})
                QVERIFY2(message.value(QLatin1String(key)).isString(), key);
            QVERIFY(message.value(QLatin1String("photos")).isArray());
            QVERIFY(message.value(QLatin1String("date")).toInteger() >= previous); // oldest first
            previous = message.value(QLatin1String("date")).toInteger();
        }
    }
}

void ServerContractTest::newsAndContainer()
{
    const Response r = get(QStringLiteral("htmlnews/view"));
    QCOMPARE(r.status, 200);
    QVERIFY(isEnvelope(r.object()));
    const QJsonArray items = r.object().value(QLatin1String("payload")).toObject().value(QLatin1String("newsItems")).toArray();
    QVERIFY(!items.isEmpty());
    bool sawImage = false;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        QVERIFY(item.value(QLatin1String("htmlContentId")).isDouble());
        QVERIFY(item.value(QLatin1String("title")).isString());
        QVERIFY(item.value(QLatin1String("contentSnippet")).isString());
        QVERIFY(isEpochMs(item.value(QLatin1String("publishDate"))));
        QVERIFY(item.value(QLatin1String("isNew")).isBool());
        const Response body = get(QStringLiteral("htmlcontent/container/%1").arg(item.value(QLatin1String("htmlContentId")).toInteger()));
        QCOMPARE(body.status, 200);
        for (const QJsonValue &iv : body.object().value(QLatin1String("items")).toArray()) {
            const QJsonObject block = iv.toObject();
            QVERIFY(block.value(QLatin1String("itemType")).isString());
            for (const QJsonValue &part : block.value(QLatin1String("itemParts")).toArray()) {
                const QJsonObject photo = part.toObject().value(QLatin1String("awsResourcePhoto")).toObject();
                if (!photo.isEmpty()) {
                    sawImage = true;
                    QVERIFY(photo.value(QLatin1String("thumbUrl")).toString().contains(QLatin1String("Signature=")));
                    QCOMPARE(part.toObject().value(QLatin1String("isLoggedInAsPhoto")).toBool(true), false);
                }
            }
        }
    }
    QVERIFY(sawImage);
}

void ServerContractTest::newsletters()
{
    const Response r = get(QStringLiteral("newsletter?index=0"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value(QLatin1String("moreItems")).isBool());
    const QJsonArray items = r.object().value(QLatin1String("newsletterItems")).toArray();
    QVERIFY(!items.isEmpty());
    const QJsonObject item = items.first().toObject();
    QVERIFY(item.value(QLatin1String("generatedHtmlNewsLetterId")).isDouble());
    QVERIFY(item.value(QLatin1String("mailSubject")).isString());
    QVERIFY(item.value(QLatin1String("contentSnippet")).isString());
    QVERIFY(isEpochMs(item.value(QLatin1String("sendDate"))));
    QVERIFY(item.value(QLatin1String("unread")).isBool());
    const Response full = get(QStringLiteral("newsletter/generated/%1").arg(item.value(QLatin1String("generatedHtmlNewsLetterId")).toInteger()));
    QCOMPARE(full.status, 200);
    QVERIFY(full.object().value(QLatin1String("fullSource")).toString().startsWith(QLatin1String("<!DOCTYPE html>")));
}

void ServerContractTest::calendar()
{
    const QDate today = QDate::currentDate();
    const Response r = get(QStringLiteral("calendar/%1/until/%2")
                               .arg(today.addDays(-30).toString(QStringLiteral("yyyyMMdd")),
                                    today.addDays(30).toString(QStringLiteral("yyyyMMdd"))));
    QCOMPARE(r.status, 200);
    QVERIFY(isEnvelope(r.object()));
    const QJsonArray days = r.object().value(QLatin1String("payload")).toObject().value(QLatin1String("days")).toArray();
    QVERIFY(days.size() > 10);
    QSet<QString> codes;
    for (const QJsonValue &d : days) {
        for (const QJsonValue &c : d.toObject().value(QLatin1String("children")).toArray()) {
            const QJsonObject child = c.toObject().value(QLatin1String("child")).toObject();
            QVERIFY(child.value(QLatin1String("id")).isString());
            QVERIFY(child.value(QLatin1String("firstName")).isString());
            QVERIFY(child.value(QLatin1String("fullname")).isString());
            for (const QJsonValue &combined : c.toObject().value(QLatin1String("combinedPlanningParts")).toArray()) {
                for (const QJsonValue &pv : combined.toObject().value(QLatin1String("planningParts")).toArray()) {
                    const QJsonObject part = pv.toObject();
                    QVERIFY(isEpochMs(part.value(QLatin1String("startTime"))));
                    QVERIFY(part.value(QLatin1String("endTime")).toInteger() > part.value(QLatin1String("startTime")).toInteger());
                    QVERIFY(part.contains(QLatin1String("extraInfo")));
                    QVERIFY(part.value(QLatin1String("toConfirmProduct")).isBool());
                    codes.insert(part.value(QLatin1String("plannedAttendanceCode")).toObject().value(QLatin1String("code")).toString());
                }
            }
        }
    }
    QVERIFY(codes.contains(QStringLiteral("attend")));
}

// The demo family's Aanvragenoverzicht (X22): the seed makes its requests through the parent
// routes and the staff side, so every status is there with the documented fields, the pending
// one is an "Optie extra" part in P12, and the decisions left the parent a message (P6).
void ServerContractTest::demoRequests()
{
    const QDate today = amsterdamDate(m_server.now());
    const Response r = get(QStringLiteral("request/overview/%1/%2").arg(ymd(today.addDays(-70)), ymd(today.addDays(70))));
    QCOMPARE(r.status, 200);
    QVERIFY(isEnvelope(r.object()));
    const QJsonArray list = payloadArray(r);
    const QHash<QString, QStringList> labels{
        {QStringLiteral("pending"), {QStringLiteral("Optie extra")}},
        {QStringLiteral("approved"), {QStringLiteral("Goedgekeurd"), QStringLiteral("Doorgegeven")}},
        {QStringLiteral("rejected"), {QStringLiteral("Afgewezen")}},
        {QStringLiteral("expired"), {QStringLiteral("Vervallen")}},
        {QStringLiteral("cancelled"), {QStringLiteral("Geannuleerd")}},
    };
    QSet<QString> statuses;
    QSet<QString> types;
    QJsonObject pending;
    bool rejectedWithMessage = false;
    bool approvedWithCredit = false;
    bool sick = false;
    qint64 previousCreated = std::numeric_limits<qint64>::max();
    for (const QJsonValue &value : list) {
        const QJsonObject request = value.toObject();
        QVERIFY(request.value(QLatin1String("requestId")).toInteger() > 0);
        const QString type = request.value(QLatin1String("type")).toString();
        QVERIFY2(QStringList({QStringLiteral("extra"), QStringLiteral("swap"), QStringLiteral("absence")}).contains(type), qPrintable(type));
        types.insert(type);
        const QString status = request.value(QLatin1String("status")).toString();
        QVERIFY2(labels.contains(status), qPrintable(status));
        QVERIFY(labels.value(status).contains(request.value(QLatin1String("statusLabel")).toString()));
        statuses.insert(status);
        // Newest first.
        QVERIFY(isEpochMs(request.value(QLatin1String("createdDate"))));
        QVERIFY(request.value(QLatin1String("createdDate")).toInteger() <= previousCreated);
        QVERIFY(request.value(QLatin1String("createdDate")).toInteger() <= m_server.now());
        previousCreated = request.value(QLatin1String("createdDate")).toInteger();
        QVERIFY(isEpochMs(request.value(QLatin1String("firstStartTime"))));
        QVERIFY(request.value(QLatin1String("lastEndTime")).toInteger() > request.value(QLatin1String("firstStartTime")).toInteger());
        QVERIFY(request.value(QLatin1String("asWhole")).isBool());
        QVERIFY(request.value(QLatin1String("expiresAt")).isNull() || isEpochMs(request.value(QLatin1String("expiresAt"))));
        QVERIFY(request.value(QLatin1String("remark")).isString());
        QVERIFY(request.value(QLatin1String("reason")).isNull() || request.value(QLatin1String("reason")).isString());
        sick = sick || (type == QLatin1String("absence") && request.value(QLatin1String("reason")).toString() == QLatin1String("sick"));
        const QJsonArray children = request.value(QLatin1String("children")).toArray();
        QVERIFY(!children.isEmpty());
        for (const QJsonValue &c : children) {
            const QJsonObject child = c.toObject();
            QVERIFY(child.value(QLatin1String("childId")).isString());
            QVERIFY(!child.value(QLatin1String("firstName")).toString().isEmpty());
            QVERIFY(labels.contains(child.value(QLatin1String("status")).toString()));
            QVERIFY(child.value(QLatin1String("statusLabel")).isString());
            QVERIFY(child.value(QLatin1String("cancellable")).isBool());
            QCOMPARE(child.value(QLatin1String("cancelRefusal")).isNull(), child.value(QLatin1String("cancellable")).toBool());
            const QJsonArray bookings = child.value(QLatin1String("bookings")).toArray();
            QVERIFY(!bookings.isEmpty());
            for (const QJsonValue &b : bookings) {
                const QJsonObject booking = b.toObject();
                QVERIFY(booking.value(QLatin1String("bookingId")).toInteger() > 0);
                QVERIFY(isLocalMidnight(booking.value(QLatin1String("date"))));
                QVERIFY(QStringList({QStringLiteral("extra"), QStringLiteral("absent"), QStringLiteral("swap_from"), QStringLiteral("swap_to")})
                            .contains(booking.value(QLatin1String("role")).toString()));
                QVERIFY(booking.value(QLatin1String("code")).isString());
                QVERIFY(!booking.value(QLatin1String("label")).toString().isEmpty());
                QVERIFY(booking.value(QLatin1String("endTime")).toInteger() > booking.value(QLatin1String("startTime")).toInteger());
                QVERIFY(booking.value(QLatin1String("value")).toDouble() > 0);
                QCOMPARE(booking.value(QLatin1String("unit")).toString(), QStringLiteral("uur"));
                const QJsonValue payment = booking.value(QLatin1String("payment"));
                QVERIFY(payment.isNull() || payment.toObject().value(QLatin1String("type")).isString());
                QVERIFY(labels.contains(booking.value(QLatin1String("status")).toString()));
                QVERIFY(booking.value(QLatin1String("statusLabel")).isString());
                QVERIFY(booking.value(QLatin1String("staffMessage")).isNull() || booking.value(QLatin1String("staffMessage")).isString());
                const QString bookingStatus = booking.value(QLatin1String("status")).toString();
                rejectedWithMessage = rejectedWithMessage
                    || (bookingStatus == QLatin1String("rejected") && !booking.value(QLatin1String("staffMessage")).toString().isEmpty());
                approvedWithCredit = approvedWithCredit
                    || (bookingStatus == QLatin1String("approved") && type == QLatin1String("extra")
                        && payment.toObject().value(QLatin1String("type")).toString() == QLatin1String("credit")
                        && !payment.toObject().value(QLatin1String("creditLabel")).toString().isEmpty());
                if (bookingStatus == QLatin1String("pending") && pending.isEmpty()) {
                    pending = booking;
                    pending.insert(QStringLiteral("childId"), child.value(QLatin1String("childId")));
                }
            }
        }
    }
    for (const QString &status : labels.keys())
        QVERIFY2(statuses.contains(status), qPrintable(QStringLiteral("no %1 request in the demo").arg(status)));
    QVERIFY(types.contains(QStringLiteral("extra")));
    QVERIFY(sick);
    QVERIFY(rejectedWithMessage);
    QVERIFY(approvedWithCredit);

    // The pending booking is a tentative "Optie extra" part in the calendar.
    QVERIFY(!pending.isEmpty());
    const QDate date = amsterdamDate(pending.value(QLatin1String("date")).toInteger());
    QVERIFY(date > today);
    const Response calendar = get(QStringLiteral("calendar/%1/until/%1").arg(ymd(date)));
    QCOMPARE(calendar.status, 200);
    bool tentative = false;
    for (const QJsonValue &d : payloadOf(calendar).value(QLatin1String("days")).toArray())
        for (const QJsonValue &c : d.toObject().value(QLatin1String("children")).toArray()) {
            if (c.toObject().value(QLatin1String("child")).toObject().value(QLatin1String("id")) != pending.value(QLatin1String("childId")))
                continue;
            for (const QJsonValue &combined : c.toObject().value(QLatin1String("combinedPlanningParts")).toArray())
                for (const QJsonValue &pv : combined.toObject().value(QLatin1String("planningParts")).toArray()) {
                    const QJsonObject part = pv.toObject();
                    if (part.value(QLatin1String("startTime")) == pending.value(QLatin1String("startTime"))
                        && part.value(QLatin1String("endTime")) == pending.value(QLatin1String("endTime"))) {
                        QCOMPARE(part.value(QLatin1String("plannedAttendanceCode")).toObject().value(QLatin1String("code")).toString(),
                                 QStringLiteral("tentative"));
                        QCOMPARE(part.value(QLatin1String("extraInfo")).toString(), QStringLiteral("Optie extra"));
                        tentative = true;
                    }
                }
        }
    QVERIFY(tentative);

    // The planning office's decisions reached the parent as messages.
    const Response threads = get(QStringLiteral("logbook/overview?from=%1&to=%2").arg(ymd(today.addDays(-60)), ymd(today)));
    QCOMPARE(threads.status, 200);
    int decided = 0;
    for (const QJsonValue &t : threads.json().array())
        decided += t.toObject().value(QLatin1String("subject")).toString() == QLatin1String("Je aanvraag is beoordeeld") ? 1 : 0;
    QVERIFY2(decided >= 2, qPrintable(QString::number(decided)));

    // The BSO: a pending request and an approved one.
    const QByteArray bso = m_server.token(QStringLiteral("klimop"));
    const Response klimop = m_server.parentGet(QStringLiteral("request/overview/%1/%2").arg(ymd(today.addDays(-70)), ymd(today.addDays(70))),
                                               bso, QStringLiteral("klimop"));
    QSet<QString> bsoStatuses;
    for (const QJsonValue &value : payloadArray(klimop))
        bsoStatuses.insert(value.toObject().value(QLatin1String("status")).toString());
    QVERIFY(bsoStatuses.contains(QStringLiteral("pending")));
    QVERIFY(bsoStatuses.contains(QStringLiteral("approved")));
}

void ServerContractTest::administration()
{
    const int year = QDate::currentDate().year();
    QString download;
    for (const QString &type : {QStringLiteral("invoice"), QStringLiteral("annualstatement"), QStringLiteral("document")}) {
        const Response r = get(QStringLiteral("administration/") + type + QStringLiteral("/overview/%1/%2")
                                   .arg(year * 10000 + 101).arg(year * 10000 + 1231));
        QCOMPARE(r.status, 200);
        QVERIFY(isEnvelope(r.object()));
        const QJsonArray items = r.object().value(QLatin1String("payload")).toArray();
        QVERIFY2(!items.isEmpty(), qPrintable(type));
        const QJsonObject item = items.first().toObject();
        QVERIFY(item.value(QLatin1String("adminId")).isString());
        QVERIFY(item.value(QLatin1String("itemId")).isString());
        QVERIFY(isEpochMs(item.value(QLatin1String("itemDate"))));
        QVERIFY(item.value(QLatin1String("subject")).isString());
        QCOMPARE(item.value(QLatin1String("hasAttachment")).toBool(), true);
        download = QStringLiteral("administration/%1/%2/%3").arg(item.value(QLatin1String("adminId")).toString(), type,
                                                                 item.value(QLatin1String("itemId")).toString());
    }
    const Response pdf = get(download);
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.header("Content-Type"), QByteArray("application/pdf"));
    QVERIFY(pdf.body.startsWith("%PDF-1."));
    QVERIFY(pdf.body.trimmed().endsWith("%%EOF"));
    QCOMPARE(m_server.get(QUrl(m_server.portal().toString() + QStringLiteral("/restservices-parent/") + download)).status, 401);
}

void ServerContractTest::mediaLinks()
{
    QVERIFY(!m_photoUrl.isEmpty());
    const Response photo = m_server.get(QUrl(m_photoUrl)); // no Authorization
    QCOMPARE(photo.status, 200);
    QCOMPARE(photo.header("Content-Type"), QByteArray("image/jpeg"));
    QVERIFY(photo.body.startsWith("\xFF\xD8"));
    const QByteArray etag = photo.header("ETag");
    QVERIFY(!etag.isEmpty());
    QCOMPARE(m_server.request("GET", QUrl(m_photoUrl), {}, {{"If-None-Match", etag}}).status, 304);
    const QString thumbUrl = QString(m_photoUrl).replace(QLatin1String(".jpeg?"), QLatin1String("-thumb.jpeg?"));
    QCOMPARE(m_server.get(QUrl(thumbUrl)).status, 403); // the signature covers the path
    QString altered = m_photoUrl;
    const qsizetype at = altered.indexOf(QLatin1String("Signature=")) + 12;
    altered[at] = altered.at(at) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QCOMPARE(m_server.get(QUrl(altered)).status, 403);
    QString later = m_photoUrl;
    later.replace(QRegularExpression(QStringLiteral("Expires=(\\d+)")), QStringLiteral("Expires=9999999999"));
    QCOMPARE(m_server.get(QUrl(later)).status, 403);
}

void ServerContractTest::mediaLinkExpiry()
{
    m_server.advance(2 * 60 * 60 * 1000); // links live at least 1 h and at most 1.5 h
    QCOMPARE(m_server.get(QUrl(m_photoUrl)).status, 403);
    m_server.advance(-2 * 60 * 60 * 1000);
    QCOMPARE(m_server.get(QUrl(m_photoUrl)).status, 200);
}

void ServerContractTest::videoRange()
{
    if (m_videoUrl.isEmpty())
        QSKIP("the light seed has no video card");
    const Response whole = m_server.get(QUrl(m_videoUrl));
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.header("Content-Type"), QByteArray("video/x-msvideo"));
    QVERIFY(whole.body.startsWith("RIFF"));
    const Response part = m_server.request("GET", QUrl(m_videoUrl), {}, {{"Range", "bytes=4-11"}});
    QCOMPARE(part.status, 206);
    QCOMPARE(part.body, whole.body.mid(4, 8));
    QCOMPARE(part.header("Content-Range"), "bytes 4-11/" + QByteArray::number(whole.body.size()));
    QCOMPARE(m_server.request("GET", QUrl(m_videoUrl), {}, {{"Range", "bytes=999999999-"}}).status, 416);
}

namespace {
QByteArray largeVideoPart(qint64 from, qint64 length)
{
    QByteArray part(length, Qt::Uninitialized);
    for (qint64 i = 0; i < length; ++i)
        part[i] = from + i < 4 ? "RIFF"[from + i] : char(((from + i) * 7) % 251);
    return part;
}
} // namespace

// A video of 64 MB: its whole, a range of it and its headers are right, and the server reads it
// a part at a time as the client takes it, instead of holding all of it (twice) in memory
// while it is sent. The connection then answers its next request.
void ServerContractTest::aLargeVideoIsSentAPartAtATime()
{
    if (m_videoUrl.isEmpty())
        QSKIP("the light seed has no video card");
    constexpr qint64 size = 64 * 1024 * 1024;
    QStringList videos;
    QDirIterator files(m_server.dataDir(), {QStringLiteral("*.avi")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        videos << files.next();
    QVERIFY(!videos.isEmpty());
    QCryptographicHash expected(QCryptographicHash::Sha256);
    for (const QString &path : videos) {
        QFile video(path);
        QVERIFY(video.open(QIODevice::WriteOnly | QIODevice::Truncate));
        for (qint64 at = 0; at < size; at += 1024 * 1024) {
            const QByteArray part = largeVideoPart(at, 1024 * 1024);
            QCOMPARE(video.write(part), part.size());
            if (path == videos.first())
                expected.addData(part);
        }
    }

    const Response head = m_server.request("HEAD", QUrl(m_videoUrl));
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length"), QByteArray::number(size));
    QVERIFY(head.body.isEmpty());
    const Response part = m_server.request("GET", QUrl(m_videoUrl), {}, {{"Range", "bytes=300000-999999"}});
    QCOMPARE(part.status, 206);
    QCOMPARE(part.body.size(), 700000);
    QVERIFY(part.body == largeVideoPart(300000, 700000));

    // The whole video over a plain socket that keeps nothing (the test's own client must not
    // hold 64 MB either), then a second request on the same connection.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    const QUrl url(m_videoUrl);
    const QByteArray target = url.path(QUrl::FullyEncoded).toLatin1() + '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QVERIFY(resetPeak());
    const qint64 peakBefore = statusKb("VmHWM");
    socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET " + target +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nRange: bytes=0-3\r\n\r\n");
    QByteArray headers;
    QByteArray tail; // what follows the first answer's body
    qint64 bodyLeft = -1;
    QCryptographicHash received(QCryptographicHash::Sha256);
    QElapsedTimer timer;
    timer.start();
    while (!tail.contains("\r\n\r\nRIFF") && timer.elapsed() < 60000) {
        QCoreApplication::processEvents(); // the server answers on this thread
        if (socket.bytesAvailable() == 0)
            socket.waitForReadyRead(5);
        QByteArray data = socket.readAll();
        if (bodyLeft < 0) {
            headers += data;
            const qsizetype end = headers.indexOf("\r\n\r\n");
            if (end < 0)
                continue;
            QVERIFY2(headers.startsWith("HTTP/1.1 200"), headers.left(200).constData());
            QVERIFY2(headers.contains("Content-Length: " + QByteArray::number(size) + "\r\n"), headers.left(end).constData());
            data = headers.mid(end + 4);
            headers.truncate(end);
            bodyLeft = size;
        }
        const qint64 body = std::min<qint64>(bodyLeft, data.size());
        received.addData(QByteArrayView(data).first(body));
        bodyLeft -= body;
        tail += data.mid(body);
    }
    QCOMPARE(bodyLeft, 0);
    QCOMPARE(received.result().toHex(), expected.result().toHex());
    QVERIFY2(tail.startsWith("HTTP/1.1 206") && tail.endsWith("\r\n\r\nRIFF"), tail.left(300).constData());
    // Sending it this way holds a few parts of 64 KB at a time; reading it whole held 128 MB.
    const qint64 grownMb = (statusKb("VmHWM") - peakBefore) / 1024;
    QVERIFY2(grownMb < 24, qPrintable(QStringLiteral("the peak grew by %1 MB").arg(grownMb)));

    // A client that stops reading: the server stops sending and, after the body timeout,
    // closes the connection, instead of holding the rest for it. What the client finds when it
    // reads again is what was in transit, then the end.
    QTcpSocket stalled;
    stalled.setReadBufferSize(64 * 1024);
    stalled.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(stalled.waitForConnected(5000));
    stalled.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTest::qWait(4000); // the server's timeout runs on this thread
    stalled.setReadBufferSize(0);
    qint64 taken = 0;
    timer.restart();
    while (stalled.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 20000) {
        QCoreApplication::processEvents();
        if (stalled.bytesAvailable() == 0)
            stalled.waitForReadyRead(5);
        taken += stalled.readAll().size();
    }
    QVERIFY2(stalled.state() != QAbstractSocket::ConnectedState, "the stalled connection is still open");
    QVERIFY2(taken < size / 2, qPrintable(QStringLiteral("%1 MB were sent after the stall").arg(taken >> 20)));
}

void ServerContractTest::hostBasedRouting()
{
    // A server behind real DNS names: --public-url 'http://{org}.portal.test:PORT'. The test
    // sends the Host header itself (no DNS), as a reverse proxy would.
    ServerFixture hosted(ServerFixture::Options{QStringLiteral("http://{org}.portal.test"), {}, {}});
    QString error;
    QVERIFY2(hosted.start(&error), qPrintable(error));
    const quint16 port = quint16(hosted.portal().port()); // unused: the template has no port
    Q_UNUSED(port)
    QCOMPARE(hosted.portal().toString(), QStringLiteral("http://deboomhut.portal.test"));
    const QString direct = QStringLiteral("http://127.0.0.1:%1").arg(hosted.port());
    const QList<QPair<QByteArray, QByteArray>> host{{"Host", "klimop.portal.test"}};
    const Response login = hosted.put(QUrl(direct + QStringLiteral("/auth-api/login")),
                                      R"({"username":"ouder@example.nl","password":"nestje-demo"})", host);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.object().value(QLatin1String("domainServerName")).toString(), QStringLiteral("klimop.portal.test"));
    const QByteArray token = login.object().value(QLatin1String("authToken")).toString().toLatin1();
    const Response children = hosted.request("GET", QUrl(direct + QStringLiteral("/restservices-parent/children/")), {},
                                             {{"Host", "klimop.portal.test"}, {"Authorization", "Bearer " + token}});
    QCOMPARE(children.status, 200);
    const QJsonObject child = children.object().value(QLatin1String("payload")).toObject()
                                  .value(QLatin1String("activeChildren")).toArray().first().toObject();
    QCOMPARE(child.value(QLatin1String("firstName")).toString(), QStringLiteral("Mila"));
    QVERIFY(child.value(QLatin1String("avatars")).toObject().value(QLatin1String("thumbUrl")).toString()
                .startsWith(QLatin1String("http://klimop.portal.test/media/")));
    // The path prefix keeps working on loopback, without DNS.
    QCOMPARE(hosted.get(QUrl(direct + QStringLiteral("/deboomhut/auth-api/customerdomainname"))).object()
                 .value(QLatin1String("payload")).toString(),
             QStringLiteral("deboomhut"));
}

void ServerContractTest::https()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels); // read and dropped: key generation is noisy
    openssl.start(QStringLiteral("openssl"),
                                     {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                      QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                                      QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                      QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    // openssl is in ./dev's PACKAGES: a missing tool is a broken setup, not a reason to skip.
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
             "openssl could not make the test certificate");
    ServerFixture tls(ServerFixture::Options{{}, cert, key});
    QString error;
    QVERIFY2(tls.start(&error), qPrintable(error));
    QCOMPARE(tls.portal().scheme(), QStringLiteral("https"));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(cert));
    QSslConfiguration::setDefaultConfiguration(config);
    QVERIFY(!tls.token().isEmpty());
}

QTEST_GUILESS_MAIN(ServerContractTest)
#include "tst_server_contract.moc"
