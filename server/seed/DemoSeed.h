// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ReferenceServer.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

namespace nestje::server {

struct Portal;
class Router;

// Fills the database with the deterministic demo: two organisations (KDV "deboomhut", BSO
// "klimop"), one family with a baby and a toddler at the KDV and a school child at the BSO,
// twelve months of history, the family's requests (made through the parent routes, see
// DemoRequests.cpp), and everything around it. Generated media is cached on disk by content key,
// so a re-seed only rewrites the database.
class DemoSeed
{
public:
    // `router`: the server's routes, through which the demo parent's requests are made; without
    // it the demo has no requests.
    DemoSeed(Portal &portal, const SeedOptions &options, const Router *router = nullptr);
    bool run(QString *error);

    // Staff, family and children as the seed makes them; public for the seed's own .cpp files.
    struct Staff
    {
        qint64 id;
        QString name;    // "Anna de Vries"
        QString display; // "Juf Anna"
        qint64 groupId;
    };
    struct Child
    {
        QString id;
        QString firstName;
        QString lastName;
        QDate birth;
        QDate start; // placement start
        qint64 familyId;
        qint64 groupId;
        bool demoFamily;
    };
    struct Org
    {
        qint64 id;
        QString slug;
        QString name;
        QString kind;
        QList<Staff> staff;
        QList<Child> children;
        QList<qint64> familyIds;
        qint64 demoAccountId = 0;
    };

private:
    QString signature() const;
    void wipe();
    void createOrganisation(Org &org);
    void createFamilies(Org &org);
    void createRules(Org &org);      // DemoRules.cpp: the organisation's rules and modules
    void createPlacements(Org &org); // DemoRules.cpp: placements and mentors
    void createCalendar(Org &org);   // DemoRules.cpp: school holidays and group capacity
    void createCredits(Org &org);    // DemoRules.cpp: credit types and the children's credits
    void createConsents(Org &org);   // DemoRules.cpp: permissions, declarations and observations
    void createPlanningAndHistory(Org &org);
    void createThreads(Org &org);
    // DemoHistory.cpp: the media id of a PDF letter a staff message carries.
    QString letterMedia(const Org &org, const QString &subject, const QString &fileName);
    void createContent(Org &org);
    void createAdministration(Org &org);
    void createRequests(Org &org);   // DemoRequests.cpp: the demo family's requests, after every organisation
    void removeDayCards(const Org &org, const Child &child, QDate date);
    bool generateMedia(QString *error);

    // Ids and media.
    qint64 nextId() { return ++m_lastId; }
    QString opaqueId(const QString &prefix, const QString &material, int hexChars) const;
    QString newMedia(const Org &org, const QString &kind, const QString &contentKey, const QString &mime,
                     const QString &fileName = {});
    QString scenePhoto(const Org &org);
    QString videoMedia(const Org &org);
    qint64 addPhoto(const Org &org, const QString &column, qint64 owner, int position, qint64 dateMs,
                    const QList<const Child *> &tagged, bool isNew, bool video = false);

    Portal &m_portal;
    const Router *m_router;
    SeedOptions m_options;
    QRandomGenerator m_rng;
    qint64 m_lastId = 0;
    qint64 m_nowMs = 0;
    QDate m_today;
    QDate m_historyStart;
    QList<Org> m_orgs;
    QSet<quint32> m_scenes;      // scene seeds the photos use
    QSet<quint32> m_avatars;     // avatar seeds
    QSet<quint32> m_videos;      // video seeds
    QList<QPair<QString, QByteArray>> m_documents; // PDFs to write: content key, bytes
};

} // namespace nestje::server
