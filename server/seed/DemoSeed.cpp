// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/seed/DemoSeed.h"

#include "server/Dates.h"
#include "server/DemoOrganisation.h"
#include "server/Portal.h"
#include "server/auth/PasswordHash.h"
#include "server/media/MjpegAvi.h"
#include "server/media/ScenePainter.h"

#include <QCryptographicHash>
#include <QtConcurrent/QtConcurrentMap>

#include <functional>

namespace nestje::server {

// Bump when the seed's output changes, so existing data dirs are re-seeded.
static constexpr int seedVersion = 6;

DemoSeed::DemoSeed(Portal &portal, const SeedOptions &options, const Router *router)
    : m_portal(portal)
    , m_router(router)
    , m_options(options)
    , m_rng(20240601u)
{
    m_options.scale = std::clamp(m_options.scale, 1, 100);
    m_options.months = std::clamp(m_options.months, 1, 60);
    if (m_options.scenePool <= 0)
        m_options.scenePool = std::min(24 + 8 * m_options.scale, 160);
}

QString DemoSeed::signature() const
{
    return QStringLiteral("v%1 scale=%2 months=%3 scenes=%4 second=%5")
        .arg(seedVersion)
        .arg(m_options.scale)
        .arg(m_options.months)
        .arg(m_options.scenePool)
        .arg(m_options.secondFamily ? 1 : 0);
}

QString DemoSeed::opaqueId(const QString &prefix, const QString &material, int hexChars) const
{
    return prefix
        + QString::fromLatin1(QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Md5).toHex().left(hexChars));
}

QString DemoSeed::newMedia(const Org &org, const QString &kind, const QString &contentKey, const QString &mime,
                           const QString &fileName)
{
    const QString id = opaqueId(QStringLiteral("m"), QStringLiteral("media/%1").arg(nextId()), 20);
    m_portal.db.run(QStringLiteral("INSERT INTO media (id, org_id, kind, content_key, mime, file_name) VALUES (?, ?, ?, ?, ?, ?)"),
                    {id, org.id, kind, contentKey, mime, fileName});
    return id;
}

QString DemoSeed::scenePhoto(const Org &org)
{
    // Photos draw from a pool of generated scenes: "thumb, medium and full made once per photo"
    // holds per content key, and tens of thousands of photos at --scale 10 stay cheap to seed.
    const quint32 scene = 1000u + quint32(m_rng.bounded(m_options.scenePool));
    m_scenes.insert(scene);
    return newMedia(org, QStringLiteral("photo"), QStringLiteral("scene-%1").arg(scene), QStringLiteral("image/jpeg"));
}

QString DemoSeed::videoMedia(const Org &org)
{
    const quint32 video = 500u + quint32(m_rng.bounded(3));
    m_videos.insert(video);
    return newMedia(org, QStringLiteral("video"), QStringLiteral("video-%1").arg(video), QStringLiteral("video/x-msvideo"));
}

qint64 DemoSeed::addPhoto(const Org &org, const QString &column, qint64 owner, int position, qint64 dateMs,
                          const QList<const Child *> &tagged, bool isNew, bool video)
{
    static const QString captions[] = {
        QStringLiteral("Samen bouwen met de blokken"), QStringLiteral("Lekker buiten in de zon"),
        QStringLiteral("Wie gooit de bal het verst?"), QStringLiteral("Even uitrusten na het spelen"),
        QStringLiteral("Ontdekken in de tuin"), QStringLiteral("Wat een mooie toren!"),
    };
    const QString id = opaqueId(QStringLiteral("p"), QStringLiteral("photo/%1").arg(nextId()), 20);
    const QString media = video ? videoMedia(org) : scenePhoto(org);
    QStringList names;
    for (const Child *child : tagged)
        names.append(child->firstName);
    const bool generated = m_rng.bounded(3) != 0;
    const QString description = generated ? QStringLiteral("Op deze foto staat %1").arg(names.join(QStringLiteral(" en ")))
                                          : captions[m_rng.bounded(int(std::size(captions)))];
    m_portal.db.run(QStringLiteral("INSERT INTO photos (id, org_id, card_id, message_id, position, date_ms, media_type, description,"
                                   " generated_description, media_id, liked, is_new) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id, org.id, column == QLatin1String("card_id") ? QVariant(owner) : QVariant(QMetaType::fromType<qint64>()),
                     column == QLatin1String("message_id") ? QVariant(owner) : QVariant(QMetaType::fromType<qint64>()),
                     position, dateMs, video ? QStringLiteral("video") : QStringLiteral("photo"), description,
                     generated ? 1 : 0, media, m_rng.bounded(5) == 0 ? 1 : 0, isNew ? 1 : 0});
    for (const Child *child : tagged)
        m_portal.db.run(QStringLiteral("INSERT INTO photo_tags (photo_id, child_id) VALUES (?, ?)"), {id, child->id});
    return 0;
}

void DemoSeed::wipe()
{
    // Everything the seed owns; meta (secrets, schema version) stays.
    for (const char *table : {"observations", "password_resets", "detail_changes", "notification_settings", "permissions",
                              "credit_history", "credits", "credit_types", "bookings", "requests", "school_holidays",
                              "idempotency_keys", "org_rules", "placements", "login_failures", "refresh_tokens", "auth_sessions", "admin_items", "content_reads",
                              "newsletters", "html_items", "html_contents", "planning", "message_files", "thread_messages", "threads",
                              "photo_tags", "photos", "journals", "card_children", "cards", "media", "children",
                              "accounts", "families", "employees", "child_groups", "locations", "organisations"})
        m_portal.db.run(QStringLiteral("DELETE FROM ") + QLatin1String(table));
}

void DemoSeed::createOrganisation(Org &org)
{
    const bool kdv = org.kind == QLatin1String("KDV");
    m_portal.db.run(QStringLiteral("INSERT INTO organisations (id, slug, name, kind, address, phone, email, website)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {org.id, org.slug, org.name, org.kind,
                     kdv ? QStringLiteral("Eikenlaan 12, 3581 AB Utrecht") : QStringLiteral("Horizonplein 3, 3582 CD Utrecht"),
                     kdv ? QStringLiteral("030 123 45 67") : QStringLiteral("030 765 43 21"),
                     QStringLiteral("info@%1.example").arg(org.slug), QStringLiteral("https://%1.example").arg(org.slug)});
    const qint64 location = nextId();
    m_portal.db.run(QStringLiteral("INSERT INTO locations (id, org_id, name, address, phone) VALUES (?, ?, ?, ?, ?)"),
                    {location, org.id, kdv ? QStringLiteral("De Boomhut Eikenlaan") : QStringLiteral("Klimop bij Brede School De Horizon"),
                     kdv ? QStringLiteral("Eikenlaan 12, 3581 AB Utrecht") : QStringLiteral("Horizonplein 3, 3582 CD Utrecht"),
                     kdv ? QStringLiteral("030 123 45 68") : QStringLiteral("030 765 43 22")});
    // The KDV's third group is its peuteropvang: a toddler there has two placements, so a
    // message must say which group it is for.
    const QStringList groups = kdv ? QStringList{QStringLiteral("Egeltjes"), QStringLiteral("Vossen"), QStringLiteral("Peuterklas")}
                                   : QStringList{QStringLiteral("Avonturiers"), QStringLiteral("Ontdekkers")};
    const QStringList ages = kdv ? QStringList{QStringLiteral("0-2 jaar"), QStringLiteral("2-4 jaar"), QStringLiteral("2-4 jaar (peuteropvang)")}
                                 : QStringList{QStringLiteral("4-7 jaar"), QStringLiteral("8-12 jaar")};
    QList<qint64> groupIds;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        groupIds.append(nextId());
        m_portal.db.run(QStringLiteral("INSERT INTO child_groups (id, org_id, location_id, name, age_range) VALUES (?, ?, ?, ?, ?)"),
                        {groupIds.last(), org.id, location, groups.at(i), ages.at(i)});
    }
    struct StaffSeed
    {
        const char *name;
        const char *display;
        const char *role;
        int group; // index, -1 for none
        const char *bio;
    };
    static const StaffSeed kdvStaff[] = {
        {"Anna de Vries", "Juf Anna", "Pedagogisch medewerker", 0, "Werkt al twaalf jaar met baby's en zingt de hele dag. Favoriet: voorlezen op de grote kussens."},
        {"Fatima el Amrani", "Juf Fatima", "Pedagogisch medewerker", 0, "Heeft een groene vinger: de moestuinbakken zijn haar trots. Spreekt Nederlands, Arabisch en Frans."},
        {"Joris Willems", "Meester Joris", "Pedagogisch medewerker", 1, "Knutselaar en muzikant. Met Joris wordt elke regenbui een avontuur in de gymzaal."},
        {"Lotte Smit", "Juf Lotte", "Pedagogisch medewerker", 1, "Houdt van buiten spelen, in elk weer. Coördineert ook de VVE-activiteiten."},
        {"Ingrid Hoekstra", "Ingrid", "Locatiemanager", -1, "Aanspreekpunt voor planning, contracten en vragen over de opvang."},
    };
    static const StaffSeed bsoStaff[] = {
        {"Sem Bos", "Meester Sem", "Pedagogisch medewerker", 0, "Sportief en altijd in voor een potje voetbal of tikkertje op het schoolplein."},
        {"Yara Peeters", "Juf Yara", "Pedagogisch medewerker", 0, "Verzint de mooiste knutselprojecten en leidt de BSO-toneelclub."},
        {"Mohamed Ouali", "Meester Mo", "Pedagogisch medewerker", 1, "Techniekfan: met Mo bouwen de Ontdekkers robots en knikkerbanen."},
        {"Eva Visser", "Eva", "Locatiemanager", -1, "Regelt de planning, vakantieopvang en het contact met school."},
    };
    const StaffSeed *staff = kdv ? kdvStaff : bsoStaff;
    const int staffCount = kdv ? int(std::size(kdvStaff)) : int(std::size(bsoStaff));
    for (int i = 0; i < staffCount; ++i) {
        const qint64 id = nextId();
        const quint32 avatarSeed = 100u + quint32(org.id * 10 + i);
        m_avatars.insert(avatarSeed);
        const QString avatar = newMedia(org, QStringLiteral("avatar"), QStringLiteral("avatar-%1").arg(avatarSeed),
                                        QStringLiteral("image/jpeg"));
        const qint64 group = staff[i].group >= 0 ? groupIds.at(staff[i].group) : 0;
        m_portal.db.run(QStringLiteral("INSERT INTO employees (id, org_id, group_id, fullname, role, bio, avatar_media)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {id, org.id, group ? QVariant(group) : QVariant(QMetaType::fromType<qint64>()),
                         QString::fromUtf8(staff[i].name), QString::fromUtf8(staff[i].role), QString::fromUtf8(staff[i].bio), avatar});
        org.staff.append({id, QString::fromUtf8(staff[i].name), QString::fromUtf8(staff[i].display), group});
    }
}

void DemoSeed::createFamilies(Org &org)
{
    const bool kdv = org.kind == QLatin1String("KDV");
    struct Parent
    {
        QString username;
        QString fullname;
        QString lastName;
        bool demo;
    };
    QList<Parent> parents{{QLatin1String(demo::username), QStringLiteral("Sanne Bakker"), QStringLiteral("Bakker"), true}};
    if (m_options.secondFamily)
        parents.append({QStringLiteral("ouder2@example.nl"), QStringLiteral("Pieter Jansen"), QStringLiteral("Jansen"), false});

    // Group ids in insertion order: [0] youngest group, [1] older group.
    QList<qint64> groups;
    QSqlQuery &g = m_portal.db.run(QStringLiteral("SELECT id FROM child_groups WHERE org_id = ? ORDER BY id"), {org.id});
    while (g.next())
        groups.append(g.value(0).toLongLong());
    g.finish();

    static const char *extraNames[] = {"Saar", "Finn", "Julia", "Sem", "Lieke", "Mees", "Fenna", "Jesse", "Roos", "Luuk",
                                       "Evi", "Ties", "Nina", "Bram", "Isa", "Guus", "Zoë", "Olivier", "Maud", "Thijs"};
    for (const Parent &parent : std::as_const(parents)) {
        const qint64 family = nextId();
        org.familyIds.append(family);
        m_portal.db.run(QStringLiteral("INSERT INTO families (id, org_id) VALUES (?, ?)"), {family, org.id});
        const PasswordHash hash = PasswordHash::create(QLatin1String(demo::password));
        const qint64 account = nextId();
        if (parent.demo)
            org.demoAccountId = account;
        m_portal.db.run(QStringLiteral("INSERT INTO accounts (id, org_id, family_id, username, fullname, email, phone, address, role,"
                                       " password_hash, password_salt, password_iterations, must_reset)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'parent', ?, ?, ?, 0)"),
                        {account, org.id, family, parent.username, parent.fullname, parent.username,
                         QStringLiteral("06 12345678"), QStringLiteral("Lindelaan 7, 3581 EF Utrecht"),
                         QString::fromLatin1(hash.hashHex), QString::fromLatin1(hash.saltHex), hash.iterations});
        struct ChildSeed
        {
            QString name;
            QDate birth;
            int group;
        };
        QList<ChildSeed> seeds;
        if (parent.demo && kdv) {
            seeds.append({QStringLiteral("Noor"), m_today.addMonths(-9).addDays(-11), 0});
            seeds.append({QStringLiteral("Daan"), m_today.addMonths(-32).addDays(5), 1});
        } else if (parent.demo) {
            seeds.append({QStringLiteral("Mila"), m_today.addMonths(-87).addDays(-3), 0});
        } else {
            seeds.append({kdv ? QStringLiteral("Tess") : QStringLiteral("Lucas"), m_today.addMonths(kdv ? -28 : -110), kdv ? 1 : 1});
        }
        // --scale N: the demo family grows, so one parent's timeline holds N times the cards.
        if (parent.demo) {
            for (int i = 1; i < m_options.scale; ++i) {
                const int older = i % 2;
                seeds.append({QString::fromUtf8(extraNames[(i - 1 + (kdv ? 0 : 10)) % std::size(extraNames)]),
                              kdv ? m_today.addMonths(older ? -30 - i : -14 - i) : m_today.addMonths(-70 - 6 * i), older});
            }
        }
        for (const ChildSeed &s : std::as_const(seeds)) {
            Child child;
            child.id = opaqueId(QString(), QStringLiteral("child/%1/%2/%3").arg(org.slug, parent.lastName, s.name), 32);
            child.firstName = s.name;
            child.lastName = parent.lastName;
            child.birth = s.birth;
            // Babies start at four months; everyone else was already placed when history begins.
            child.start = std::max(s.birth.addMonths(4), m_historyStart);
            child.familyId = family;
            child.groupId = groups.value(s.group);
            child.demoFamily = parent.demo;
            const quint32 avatarSeed = 300u + quint32(qHash(child.id) % 100000u);
            m_avatars.insert(avatarSeed);
            const QString avatar = newMedia(org, QStringLiteral("avatar"), QStringLiteral("avatar-%1").arg(avatarSeed),
                                            QStringLiteral("image/jpeg"));
            m_portal.db.run(QStringLiteral("INSERT INTO children (id, org_id, family_id, first_name, middle_name, last_name,"
                                           " date_of_birth, group_id, active, avatar_media) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, 1, ?)"),
                            {child.id, org.id, family, child.firstName, child.lastName, dates::localMs(child.birth),
                             child.groupId, avatar});
            org.children.append(child);
        }
    }
}

bool DemoSeed::generateMedia(QString *error)
{
    using Job = std::function<QString()>;
    QList<Job> jobs;
    MediaStore &store = m_portal.media;
    for (quint32 seed : std::as_const(m_scenes)) {
        const QString key = QStringLiteral("scene-%1").arg(seed);
        if (!store.hasImage(key))
            jobs.append([&store, key, seed] {
                QString e;
                return store.storeImage(key, scenes::scene(seed), &e) ? QString() : e;
            });
    }
    for (quint32 seed : std::as_const(m_avatars)) {
        const QString key = QStringLiteral("avatar-%1").arg(seed);
        if (!store.hasImage(key))
            jobs.append([&store, key, seed] {
                QString e;
                return store.storeImage(key, scenes::avatar(seed), &e) ? QString() : e;
            });
    }
    for (quint32 seed : std::as_const(m_videos)) {
        const QString key = QStringLiteral("video-%1").arg(seed);
        if (!store.hasImage(key) || !store.hasFile(key + QStringLiteral(".avi")))
            jobs.append([&store, key, seed] {
                constexpr int fps = 12;
                constexpr int frames = 4 * fps;
                QList<QImage> images;
                for (int i = 0; i < frames; ++i)
                    images.append(scenes::videoFrame(seed, i, frames));
                QString e;
                // The poster (medium/thumb) is a larger render of the first frame.
                if (!store.storeImage(key, scenes::videoFrame(seed, 0, frames, QSize(960, 720)), &e)
                    || !store.storeFile(key + QStringLiteral(".avi"), mjpegAvi(images, fps), &e))
                    return e;
                return QString();
            });
    }
    for (const auto &document : std::as_const(m_documents)) {
        if (!store.hasFile(document.first + QStringLiteral(".pdf"))) {
            QString e;
            if (!store.storeFile(document.first + QStringLiteral(".pdf"), document.second, &e)) {
                *error = e;
                return false;
            }
        }
    }
    // Raster painting is thread-safe; use the global pool (QThread::idealThreadCount workers).
    const QList<QString> failures = QtConcurrent::blockingMapped(jobs, [](const Job &job) { return job(); });
    for (const QString &failure : failures) {
        if (!failure.isEmpty()) {
            *error = failure;
            return false;
        }
    }
    return true;
}

bool DemoSeed::run(QString *error)
{
    QString problem;
    const QString wanted = signature();
    if (m_portal.db.meta(QStringLiteral("demo_seed")) == wanted) {
        // Already seeded: only make sure the media cache is complete (a data dir may be copied
        // without its media folder).
        const QStringList keys = m_portal.db.meta(QStringLiteral("demo_media")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool complete = true;
        for (const QString &file : keys)
            complete = complete && m_portal.media.hasFile(file);
        if (complete)
            return true;
    }

    m_nowMs = m_portal.now();
    m_today = dates::localDate(m_nowMs);
    m_historyStart = m_today.addMonths(-m_options.months);
    m_orgs = {Org{0, QLatin1String(demo::daycareSlug), QStringLiteral("Kinderdagverblijf De Boomhut"), QStringLiteral("KDV"), {}, {}, {}, 0},
              Org{0, QLatin1String(demo::afterSchoolSlug), QStringLiteral("BSO De Klimop"), QStringLiteral("BSO"), {}, {}, {}, 0}};

    const bool ok = m_portal.db.transaction(
        [&] {
            wipe();
            for (Org &org : m_orgs) {
                org.id = nextId();
                createOrganisation(org);
                createFamilies(org);
                createRules(org);
                createPlacements(org);
                createCalendar(org);
                createCredits(org);
                createConsents(org);
                createPlanningAndHistory(org);
                createThreads(org);
                createContent(org);
                createAdministration(org);
            }
            // Last: the routes allocate ids as MAX(id) + 1, the seed from its own counter.
            for (Org &org : m_orgs)
                createRequests(org);
            return true;
        },
        &problem);
    if (!ok) {
        if (error)
            *error = QStringLiteral("seeding the database failed: %1").arg(problem);
        return false;
    }
    if (!generateMedia(&problem)) {
        if (error)
            *error = QStringLiteral("generating demo media failed: %1").arg(problem);
        return false;
    }
    QStringList files;
    for (quint32 seed : std::as_const(m_scenes))
        files.append(QStringLiteral("scene-%1-thumb.jpeg").arg(seed));
    for (quint32 seed : std::as_const(m_avatars))
        files.append(QStringLiteral("avatar-%1-thumb.jpeg").arg(seed));
    for (quint32 seed : std::as_const(m_videos))
        files.append(QStringLiteral("video-%1.avi").arg(seed));
    for (const auto &document : std::as_const(m_documents))
        files.append(document.first + QStringLiteral(".pdf"));
    // Recorded last: an interrupted seed is redone on the next start.
    return m_portal.db.transaction(
        [&] {
            m_portal.db.setMeta(QStringLiteral("demo_media"), files.join(QLatin1Char(' ')));
            m_portal.db.setMeta(QStringLiteral("demo_seed"), wanted);
            return true;
        },
        error);
}

} // namespace nestje::server
