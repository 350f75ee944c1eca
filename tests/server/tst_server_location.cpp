// SPDX-License-Identifier: GPL-3.0-or-later
// Mijn locatie's routes as a parent sees them:
//   "Ons team": the staff of the groups where the family's children are placed, not every
//   employee of the organisation                                            teamIsTheFamilysGroups
//   P8 `index` is an item offset: page two starts after the first ten     newsletterIndexIsAnOffset
#include "RequestHelpers.h"

#include "server/Portal.h"
#include "server/staff/StaffDesk.h"

#include <QtTest>

using namespace nestje::server;
using namespace nestje::server::testing;

class ServerLocationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void teamIsTheFamilysGroups();
    void newsletterIndexIsAnOffset();

private:
    QStringList teamNames(const QByteArray &token);
    ServerFixture m_server;
    std::unique_ptr<StaffDesk> m_desk;
};

void ServerLocationTest::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_desk = std::make_unique<StaffDesk>(m_server.dataDir(), [this] { return m_server.now(); });
    QVERIFY2(m_desk->open(&error), qPrintable(error));
}

QStringList ServerLocationTest::teamNames(const QByteArray &token)
{
    QStringList names;
    const Response r = m_server.parentGet(QStringLiteral("team"), token);
    if (!ok(r))
        return {QStringLiteral("<status %1>").arg(r.status)};
    for (const QJsonValue &member : payloadArray(r))
        names << member.toObject().value(QLatin1String("fullname")).toString();
    return names;
}

void ServerLocationTest::teamIsTheFamilysGroups()
{
    Portal &portal = m_desk->portal();
    const qint64 org =
        portal.db.scalar(QStringLiteral("SELECT id FROM organisations WHERE slug = 'deboomhut'"))
            .toLongLong();
    const qint64 location =
        portal.db.scalar(QStringLiteral("SELECT id FROM locations WHERE org_id = ?"), {org})
            .toLongLong();
    // A group no child of either family is placed in, with its own member of staff.
    const qint64 group =
        portal.db.scalar(QStringLiteral("SELECT MAX(id) + 1000 FROM child_groups")).toLongLong();
    portal.db
        .run(QStringLiteral("INSERT INTO child_groups (id, org_id, location_id, name, age_range) "
                            "VALUES (?, ?, ?, 'Kikkers', '0-4 jaar')"),
             {group, org, location})
        .finish();
    portal.db
        .run(QStringLiteral("INSERT INTO employees (id, org_id, group_id, fullname, role, bio) "
                            "VALUES (?, ?, ?, 'Kees Kikker', 'Pedagogisch medewerker', '')"),
             {group + 1, org, group})
        .finish();

    const QByteArray first = m_server.token();
    const QByteArray second =
        m_server.token(QStringLiteral("deboomhut"), QStringLiteral("ouder2@example.nl"));
    const QStringList mine = teamNames(first);
    QVERIFY2(!mine.isEmpty(), "the family sees its team");
    QVERIFY2(!mine.contains(QStringLiteral("Kees Kikker")), qPrintable(mine.join(u',')));
    QVERIFY2(!teamNames(second).contains(QStringLiteral("Kees Kikker")),
             "nor does the other family");

    // Everyone shown works on a group of one of the family's children, or on no group at all
    // (the location manager, who is every parent's contact).
    QStringList groups;
    for (const QJsonValue &child : payloadOf(m_server.parentGet(QStringLiteral("children/"), first))
                                       .value(QLatin1String("activeChildren"))
                                       .toArray())
        groups << child.toObject()
                      .value(QLatin1String("childGroup"))
                      .toObject()
                      .value(QLatin1String("name"))
                      .toString();
    QSqlQuery &placed = portal.db.run(QStringLiteral(
        "SELECT g.name FROM placements p JOIN child_groups g ON g.id = p.group_id JOIN children c "
        "ON c.id = p.child_id"
        " JOIN accounts a ON a.family_id = c.family_id WHERE a.username = 'ouder@example.nl'"));
    while (placed.next())
        groups << placed.value(0).toString();
    placed.finish();
    for (const QJsonValue &value :
         payloadArray(m_server.parentGet(QStringLiteral("team"), first))) {
        const QString group = value.toObject().value(QLatin1String("groupName")).toString();
        QVERIFY2(group.isEmpty() || groups.contains(group), qPrintable(group));
    }
    QVERIFY2(mine.contains(QStringLiteral("Ingrid Hoekstra")),
             "the location manager is everyone's contact");

    // Placing a child of the family in that group makes its staff the family's team.
    const QString child =
        portal.db
            .scalar(QStringLiteral(
                "SELECT c.id FROM children c JOIN accounts a ON a.family_id = c.family_id"
                " WHERE a.username = 'ouder@example.nl' AND c.active = 1 LIMIT 1"))
            .toString();
    portal.db
        .run(QStringLiteral("INSERT INTO placements (org_id, child_id, group_id, product, "
                            "care_type, flexible, start_day)"
                            " VALUES (?, ?, ?, 'KDV', 'fixed', 0, 0)"),
             {org, child, group})
        .finish();
    QVERIFY(teamNames(first).contains(QStringLiteral("Kees Kikker")));
    QVERIFY(!teamNames(second).contains(QStringLiteral("Kees Kikker")));
}

void ServerLocationTest::newsletterIndexIsAnOffset()
{
    QString error;
    for (int i = 0; i < 12; ++i)
        QVERIFY2(m_desk->publishNewsletter(QStringLiteral("deboomhut"),
                                           QStringLiteral("Brief %1").arg(i),
                                           QStringLiteral("Tekst"), &error),
                 qPrintable(error));
    const QByteArray token = m_server.token();
    const QJsonObject first =
        m_server.parentGet(QStringLiteral("newsletter?index=0"), token).object();
    const QJsonArray firstItems = first.value(QLatin1String("newsletterItems")).toArray();
    QCOMPARE(firstItems.size(), 10);
    QVERIFY(first.value(QLatin1String("moreItems")).toBool());
    // Offset 3 starts at the fourth newsletter, not at the fourth page.
    const QJsonArray shifted = m_server.parentGet(QStringLiteral("newsletter?index=3"), token)
                                   .object()
                                   .value(QLatin1String("newsletterItems"))
                                   .toArray();
    QCOMPARE(shifted.first(), firstItems.at(3));
    const QJsonObject second =
        m_server.parentGet(QStringLiteral("newsletter?index=10"), token).object();
    QVERIFY(!second.value(QLatin1String("newsletterItems")).toArray().isEmpty());
    QVERIFY(!firstItems.contains(second.value(QLatin1String("newsletterItems")).toArray().first()));
}

QTEST_GUILESS_MAIN(ServerLocationTest)
#include "tst_server_location.moc"
