// SPDX-License-Identifier: GPL-3.0-or-later
// Authorisation: a second family logs in and tries every route with the first family's ids.
// It must get 404 (never data), and its own lists must not contain the first family's items.
#include "ServerFixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace nestje::server::testing;

class ServerAuthorisationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsHoldOnlyOwnItems();
    void otherFamilysIdsAre404();
    void sharedOrganisationContentIsVisible();
    void otherOrganisationsContentIs404();

private:
    ServerFixture m_server;
    QByteArray m_first;  // ouder@example.nl
    QByteArray m_second; // ouder2@example.nl
    QSet<QString> m_firstChildren;
    QList<qint64> m_firstThreads;
    QStringList m_firstDownloads;
    QSet<QString> m_firstPhotos;
};

void ServerAuthorisationTest::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_first = m_server.token();
    m_second = m_server.token(QStringLiteral("deboomhut"), QStringLiteral("ouder2@example.nl"));
    QVERIFY(!m_first.isEmpty() && !m_second.isEmpty());

    for (const QJsonValue &c : m_server.parentGet(QStringLiteral("children/"), m_first).object()
                                   .value(QLatin1String("payload")).toObject().value(QLatin1String("activeChildren")).toArray())
        m_firstChildren.insert(c.toObject().value(QLatin1String("id")).toString());
    for (const QJsonValue &t : m_server.parentGet(QStringLiteral("logbook/overview?index=0"), m_first).json().array())
        m_firstThreads.append(t.toObject().value(QLatin1String("logMessageMessageId")).toInteger());
    const int year = QDate::currentDate().year();
    for (const QString &type : {QStringLiteral("invoice"), QStringLiteral("document")}) {
        const Response r = m_server.parentGet(QStringLiteral("administration/") + type
                                                  + QStringLiteral("/overview/%1/%2").arg(year * 10000 - 10000 + 101).arg(year * 10000 + 1231),
                                              m_first);
        for (const QJsonValue &v : r.object().value(QLatin1String("payload")).toArray()) {
            const QJsonObject item = v.toObject();
            m_firstDownloads.append(QStringLiteral("administration/%1/%2/%3").arg(item.value(QLatin1String("adminId")).toString(), type,
                                                                                  item.value(QLatin1String("itemId")).toString()));
        }
    }
    for (int offset = 0; m_firstPhotos.isEmpty() && offset < 120; offset += 6)
        for (const QJsonValue &card :
             m_server.parentGet(QStringLiteral("timeline/cards/v2/%1").arg(offset), m_first)
                 .json()
                 .array())
            for (const QJsonValue &p : card.toObject().value(QLatin1String("photos")).toArray())
                m_firstPhotos.insert(p.toObject().value(QLatin1String("id")).toString());
    QVERIFY(!m_firstPhotos.isEmpty());
    QVERIFY(!m_firstChildren.isEmpty());
    QVERIFY(!m_firstThreads.isEmpty());
    QVERIFY(!m_firstDownloads.isEmpty());
}

void ServerAuthorisationTest::listsHoldOnlyOwnItems()
{
    const QJsonArray children = m_server.parentGet(QStringLiteral("children/"), m_second).object()
                                    .value(QLatin1String("payload")).toObject().value(QLatin1String("activeChildren")).toArray();
    QCOMPARE(children.size(), 1);
    QVERIFY(!m_firstChildren.contains(children.first().toObject().value(QLatin1String("id")).toString()));

    int secondCards = 0;
    for (int offset = 0;;) {
        const QJsonArray cards = m_server.parentGet(QStringLiteral("timeline/cards/v2/%1").arg(offset), m_second).json().array();
        if (cards.isEmpty())
            break;
        secondCards += int(cards.size());
        for (const QJsonValue &card : cards) {
            for (const QJsonValue &c : card.toObject().value(QLatin1String("children")).toArray())
                QVERIFY(!m_firstChildren.contains(c.toObject().value(QLatin1String("id")).toString()));
            for (const QJsonValue &p : card.toObject().value(QLatin1String("photos")).toArray())
                QVERIFY(!m_firstPhotos.contains(p.toObject().value(QLatin1String("id")).toString()));
        }
        offset += int(cards.size());
    }
    QVERIFY(secondCards > 0); // the second family has a timeline of its own to look through
    const QJsonArray secondThreads =
        m_server.parentGet(QStringLiteral("logbook/overview"), m_second).json().array();
    QVERIFY(!secondThreads.isEmpty());
    for (const QJsonValue &t : secondThreads)
        QVERIFY(!m_firstThreads.contains(t.toObject().value(QLatin1String("logMessageMessageId")).toInteger()));

    const QDate today = QDate::currentDate();
    const Response calendar = m_server.parentGet(QStringLiteral("calendar/%1/until/%2")
                                                     .arg(today.addDays(-60).toString(QStringLiteral("yyyyMMdd")),
                                                          today.addDays(60).toString(QStringLiteral("yyyyMMdd"))),
                                                 m_second);
    QCOMPARE(calendar.status, 200);
    const QJsonArray secondDays = calendar.object()
                                      .value(QLatin1String("payload"))
                                      .toObject()
                                      .value(QLatin1String("days"))
                                      .toArray();
    QVERIFY(!secondDays.isEmpty());
    for (const QJsonValue &d : secondDays)
        for (const QJsonValue &c : d.toObject().value(QLatin1String("children")).toArray())
            QVERIFY(!m_firstChildren.contains(c.toObject().value(QLatin1String("child")).toObject().value(QLatin1String("id")).toString()));
    QCOMPARE(m_server.parentGet(QStringLiteral("parent"), m_second).object().value(QLatin1String("payload")).toObject()
                 .value(QLatin1String("emailAddress")).toString(),
             QStringLiteral("ouder2@example.nl"));
}

void ServerAuthorisationTest::otherFamilysIdsAre404()
{
    for (const qint64 thread : std::as_const(m_firstThreads)) {
        for (const char *flag : {"true", "false"}) {
            const Response r = m_server.parentGet(QStringLiteral("logbook/details/%1/summary/%2").arg(thread).arg(QLatin1String(flag)), m_second);
            QCOMPARE(r.status, 404);
            QVERIFY(!r.body.contains("writtenBy"));
        }
        QCOMPARE(m_server.parentGet(QStringLiteral("logbook/details/%1/summary/true").arg(thread), m_first).status, 200);
    }
    for (const QString &download : std::as_const(m_firstDownloads)) {
        const Response r = m_server.parentGet(download, m_second);
        QCOMPARE(r.status, 404);
        QVERIFY(!r.body.startsWith("%PDF"));
    }
    QCOMPARE(m_server.parentGet(m_firstDownloads.first(), m_first).status, 200);
}

void ServerAuthorisationTest::sharedOrganisationContentIsVisible()
{
    // News and newsletters belong to the organisation, not a family: both parents see them.
    auto newsIds = [this](const QByteArray &token) {
        QList<qint64> ids;
        for (const QJsonValue &v : m_server.parentGet(QStringLiteral("htmlnews/view"), token)
                                       .object()
                                       .value(QLatin1String("payload"))
                                       .toObject()
                                       .value(QLatin1String("newsItems"))
                                       .toArray())
            ids.append(v.toObject().value(QLatin1String("htmlContentId")).toInteger());
        return ids;
    };
    auto letterIds = [this](const QByteArray &token) {
        QList<qint64> ids;
        for (const QJsonValue &v : m_server.parentGet(QStringLiteral("newsletter?index=0"), token)
                                       .object()
                                       .value(QLatin1String("newsletterItems"))
                                       .toArray())
            ids.append(v.toObject().value(QLatin1String("generatedHtmlNewsLetterId")).toInteger());
        return ids;
    };
    QVERIFY(!newsIds(m_first).isEmpty());
    QCOMPARE(newsIds(m_second), newsIds(m_first));
    QVERIFY(!letterIds(m_first).isEmpty());
    QCOMPARE(letterIds(m_second), letterIds(m_first));
    // And each item opens for the other parent too.
    QCOMPARE(
        m_server
            .parentGet(QStringLiteral("htmlcontent/container/%1").arg(newsIds(m_first).first()),
                       m_second)
            .status,
        200);
    QCOMPARE(
        m_server
            .parentGet(QStringLiteral("newsletter/generated/%1").arg(letterIds(m_first).first()),
                       m_second)
            .status,
        200);
}

void ServerAuthorisationTest::otherOrganisationsContentIs404()
{
    // The same parent at the BSO cannot read the KDV's news or newsletters by id.
    const QByteArray bso = m_server.token(QStringLiteral("klimop"));
    const QJsonArray news = m_server.parentGet(QStringLiteral("htmlnews/view"), m_first).object().value(QLatin1String("payload"))
                                .toObject().value(QLatin1String("newsItems")).toArray();
    const qint64 newsId = news.first().toObject().value(QLatin1String("htmlContentId")).toInteger();
    QVERIFY(newsId > 0);
    QCOMPARE(
        m_server.parentGet(QStringLiteral("htmlcontent/container/%1").arg(newsId), m_first).status,
        200);
    QCOMPARE(m_server.parentGet(QStringLiteral("htmlcontent/container/%1").arg(newsId), bso, QStringLiteral("klimop")).status, 404);
    const qint64 letter = m_server.parentGet(QStringLiteral("newsletter?index=0"), m_first).object().value(QLatin1String("newsletterItems"))
                              .toArray().first().toObject().value(QLatin1String("generatedHtmlNewsLetterId")).toInteger();
    QVERIFY(letter > 0);
    QCOMPARE(
        m_server.parentGet(QStringLiteral("newsletter/generated/%1").arg(letter), m_first).status,
        200);
    QCOMPARE(m_server.parentGet(QStringLiteral("newsletter/generated/%1").arg(letter), bso, QStringLiteral("klimop")).status, 404);
    QCOMPARE(m_server.parentGet(QStringLiteral("logbook/details/%1/summary/true").arg(m_firstThreads.first()), bso, QStringLiteral("klimop")).status, 404);
    // A KDV media link does not open under the BSO's prefix.
    const QString avatar = m_server.parentGet(QStringLiteral("children/"), m_first).object().value(QLatin1String("payload")).toObject()
                               .value(QLatin1String("activeChildren")).toArray().first().toObject().value(QLatin1String("avatars"))
                               .toObject().value(QLatin1String("thumbUrl")).toString();
    QCOMPARE(m_server.get(QUrl(avatar)).status, 200);
    QCOMPARE(m_server.get(QUrl(QString(avatar).replace(QLatin1String("/deboomhut/"), QLatin1String("/klimop/")))).status, 403);
}

QTEST_GUILESS_MAIN(ServerAuthorisationTest)
#include "tst_server_authorisation.moc"
