// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/LocationStore.h"

#include "db/Database.h"

#include <QSqlQuery>

namespace nestje {

namespace {
const QString newsTopic = QStringLiteral("news");
const QString newslettersTopic = QStringLiteral("newsletters");
const QString pagesTopic = QStringLiteral("pages");
const QString teamTopic = QStringLiteral("team");
const QString contactTopic = QStringLiteral("contact");

QStringList ids(Database &db, const QString &sql)
{
    QStringList result;
    if (QSqlQuery *q = db.select(sql)) {
        while (q->next())
            result << q->value(0).toString();
    }
    return result;
}

// "DELETE … WHERE id NOT IN (…)" for a list that may be long: a temporary table of what stays.
bool keepOnly(Database &db, const QString &table, const QStringList &keep)
{
    if (!db.exec(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS location_keep (id TEXT PRIMARY KEY)")) ||
        !db.exec(QStringLiteral("DELETE FROM location_keep")))
        return false;
    for (const QString &id : keep) {
        if (!db.exec(QStringLiteral("INSERT OR IGNORE INTO location_keep VALUES (?)"), {id}))
            return false;
    }
    return db.exec(
        QStringLiteral("DELETE FROM %1 WHERE id NOT IN (SELECT id FROM location_keep)").arg(table));
}

// Bodies of contents that are neither a news item nor a page any more.
bool dropOrphanBodies(Database &db)
{
    const QString live = QStringLiteral("(SELECT id FROM news UNION SELECT id FROM pages)");
    return db.exec(
               QStringLiteral("DELETE FROM content_bodies WHERE content_id NOT IN %1").arg(live)) &&
           db.exec(QStringLiteral("DELETE FROM content_attachments WHERE content_id NOT IN %1")
                       .arg(live));
}

NewsItem newsFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(),   q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toBool(),   q.value(5).toBool()};
}

Newsletter newsletterFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toBool()};
}

TeamMember memberFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

const QString newsColumns = QStringLiteral(
    "SELECT id, title, snippet, date, is_new AND NOT read_here,"
    " EXISTS (SELECT 1 FROM content_attachments a WHERE a.content_id = news.id) FROM news");
const QString newsletterColumns =
    QStringLiteral("SELECT id, subject, snippet, date, unread AND NOT read_here FROM newsletters");
const QString teamColumns =
    QStringLiteral("SELECT id, name, role, bio, group_name, avatar_url FROM team");
} // namespace

bool LocationStore::replaceNews(const QList<NewsItem> &items)
{
    const bool ok = m_db.transaction([&] {
        QStringList keep;
        for (const NewsItem &item : items) {
            keep << item.id;
            if (!m_db.exec(
                    QStringLiteral(
                        "INSERT INTO news (id, title, snippet, date, is_new) VALUES (?, ?, ?, ?, ?)"
                        " ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
                        " snippet = excluded.snippet, date = excluded.date, is_new = "
                        "excluded.is_new"),
                    {item.id, item.title, item.snippet, item.date, item.isNew ? 1 : 0}))
                return false;
        }
        return keepOnly(m_db, QStringLiteral("news"), keep) && dropOrphanBodies(m_db);
    });
    if (ok)
        m_db.announce(newsTopic);
    return ok;
}

bool LocationStore::storeBody(const QString &contentId, const ContentBody &body,
                              const QString &topic)
{
    const bool ok = m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO content_bodies VALUES (?, ?)"),
                       {contentId, body.html}) ||
            !m_db.exec(QStringLiteral("DELETE FROM content_attachments WHERE content_id = ?"),
                       {contentId}))
            return false;
        for (qsizetype i = 0; i < body.attachments.size(); ++i) {
            const ContentAttachment &file = body.attachments.at(i);
            if (!m_db.exec(QStringLiteral("INSERT INTO content_attachments VALUES (?, ?, ?, ?, ?)"),
                           {contentId, int(i), file.fileName, file.url, file.contentType}))
                return false;
        }
        return true;
    });
    if (ok)
        m_db.announce(topic);
    return ok;
}

bool LocationStore::upsertNewsletters(const QList<Newsletter> &items)
{
    const bool ok = m_db.transaction([&] {
        for (const Newsletter &item : items) {
            if (!m_db.exec(
                    QStringLiteral("INSERT INTO newsletters (id, subject, snippet, date, unread) "
                                   "VALUES (?, ?, ?, ?, ?)"
                                   " ON CONFLICT(id) DO UPDATE SET subject = excluded.subject,"
                                   " snippet = excluded.snippet, date = excluded.date, unread = "
                                   "excluded.unread"),
                    {item.id, item.subject, item.snippet, item.date, item.unread ? 1 : 0}))
                return false;
        }
        return true;
    });
    if (ok)
        m_db.announce(newslettersTopic);
    return ok;
}

bool LocationStore::keepOnlyNewsletters(const QStringList &keep)
{
    const bool ok =
        m_db.transaction([&] { return keepOnly(m_db, QStringLiteral("newsletters"), keep); });
    if (ok)
        m_db.announce(newslettersTopic);
    return ok;
}

bool LocationStore::storeNewsletterHtml(const QString &newsletterId, const QString &html)
{
    const bool ok = m_db.exec(QStringLiteral("UPDATE newsletters SET html = ? WHERE id = ?"),
                              {html, newsletterId});
    if (ok)
        m_db.announce(newslettersTopic);
    return ok;
}

bool LocationStore::replacePages(const QList<InfoPage> &pages)
{
    const bool ok = m_db.transaction([&] {
        QStringList keep;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            keep << pages.at(i).id;
            if (!m_db.exec(QStringLiteral("INSERT INTO pages (id, title, position) VALUES (?, ?, ?)"
                                          " ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
                                          "position = excluded.position"),
                           {pages.at(i).id, pages.at(i).title, int(i)}))
                return false;
        }
        // Pages the organisation took down disappear here too.
        return keepOnly(m_db, QStringLiteral("pages"), keep) && dropOrphanBodies(m_db);
    });
    if (ok)
        m_db.announce(pagesTopic);
    return ok;
}

bool LocationStore::replaceTeam(const QList<TeamMember> &members)
{
    const bool ok = m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM team")))
            return false;
        for (qsizetype i = 0; i < members.size(); ++i) {
            const TeamMember &m = members.at(i);
            if (!m_db.exec(
                    QStringLiteral("INSERT OR REPLACE INTO team VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {m.id, m.name, m.role, m.bio, m.groupName, m.avatarUrl, int(i)}))
                return false;
        }
        return true;
    });
    if (ok)
        m_db.announce(teamTopic);
    return ok;
}

bool LocationStore::replaceCustomerInfo(const CustomerInfo &info)
{
    const bool ok = m_db.transaction([&] {
        if (!m_db.exec(
                QStringLiteral("INSERT OR REPLACE INTO organisation VALUES (1, ?, ?, ?, ?, ?, ?)"),
                {info.name, info.type, info.address, info.phone, info.email, info.website}) ||
            !m_db.exec(QStringLiteral("DELETE FROM organisation_locations")))
            return false;
        for (qsizetype i = 0; i < info.locations.size(); ++i) {
            const OrganisationLocation &place = info.locations.at(i);
            if (!m_db.exec(
                    QStringLiteral("INSERT INTO organisation_locations VALUES (?, ?, ?, ?, ?)"),
                    {place.id, place.name, place.address, place.phone, int(i)}))
                return false;
        }
        return true;
    });
    if (ok)
        m_db.announce(contactTopic);
    return ok;
}

QStringList LocationStore::newsWithoutBody() const
{
    return ids(
        m_db,
        QStringLiteral("SELECT id FROM news WHERE id NOT IN (SELECT content_id FROM content_bodies)"
                       " ORDER BY date DESC"));
}

QStringList LocationStore::newslettersWithoutHtml() const
{
    return ids(m_db,
               QStringLiteral("SELECT id FROM newsletters WHERE html IS NULL ORDER BY date DESC"));
}

QStringList LocationStore::pagesWithoutBody() const
{
    return ids(m_db,
               QStringLiteral(
                   "SELECT id FROM pages WHERE id NOT IN (SELECT content_id FROM content_bodies)"
                   " ORDER BY position"));
}

bool LocationStore::markNewsRead(const QString &id)
{
    const bool ok = m_db.exec(QStringLiteral("UPDATE news SET read_here = 1 WHERE id = ?"), {id});
    if (ok)
        m_db.announce(newsTopic);
    return ok;
}

bool LocationStore::markNewsletterRead(const QString &id)
{
    const bool ok =
        m_db.exec(QStringLiteral("UPDATE newsletters SET read_here = 1 WHERE id = ?"), {id});
    if (ok)
        m_db.announce(newslettersTopic);
    return ok;
}

QList<NewsItem> LocationStore::news(int limit) const
{
    QList<NewsItem> result;
    if (QSqlQuery *q = m_db.select(
            newsColumns + QStringLiteral(" ORDER BY date DESC, id DESC LIMIT ?"), {limit})) {
        while (q->next())
            result << newsFrom(*q);
    }
    return result;
}

std::optional<NewsItem> LocationStore::newsItem(const QString &id) const
{
    QSqlQuery *q = m_db.select(newsColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!q || !q->next())
        return std::nullopt;
    return newsFrom(*q);
}

QList<Newsletter> LocationStore::newsletters(int limit) const
{
    QList<Newsletter> result;
    if (QSqlQuery *q = m_db.select(
            newsletterColumns + QStringLiteral(" ORDER BY date DESC, id DESC LIMIT ?"), {limit})) {
        while (q->next())
            result << newsletterFrom(*q);
    }
    return result;
}

std::optional<Newsletter> LocationStore::newsletter(const QString &id) const
{
    QSqlQuery *q = m_db.select(newsletterColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!q || !q->next())
        return std::nullopt;
    return newsletterFrom(*q);
}

QString LocationStore::organisationName() const
{
    QSqlQuery *q = m_db.select(QStringLiteral("SELECT name FROM organisation"));
    const QString name = q && q->next() ? q->value(0).toString() : QString();
    if (q)
        q->finish();
    return name;
}

QString LocationStore::newsletterHtml(const QString &id) const
{
    QSqlQuery *q = m_db.select(QStringLiteral("SELECT html FROM newsletters WHERE id = ?"), {id});
    return q && q->next() ? q->value(0).toString() : QString();
}

QList<InfoPage> LocationStore::pages() const
{
    QList<InfoPage> result;
    if (QSqlQuery *q =
            m_db.select(QStringLiteral("SELECT id, title FROM pages ORDER BY position"))) {
        while (q->next())
            result << InfoPage{q->value(0).toString(), q->value(1).toString()};
    }
    return result;
}

std::optional<InfoPage> LocationStore::page(const QString &id) const
{
    QSqlQuery *q = m_db.select(QStringLiteral("SELECT id, title FROM pages WHERE id = ?"), {id});
    if (!q || !q->next())
        return std::nullopt;
    return InfoPage{q->value(0).toString(), q->value(1).toString()};
}

std::optional<ContentBody> LocationStore::body(const QString &contentId) const
{
    QSqlQuery *q = m_db.select(
        QStringLiteral("SELECT html FROM content_bodies WHERE content_id = ?"), {contentId});
    if (!q || !q->next())
        return std::nullopt;
    ContentBody body;
    body.html = q->value(0).toString();
    if (QSqlQuery *a = m_db.select(
            QStringLiteral("SELECT file_name, url, content_type FROM content_attachments"
                           " WHERE content_id = ? ORDER BY position"),
            {contentId})) {
        while (a->next())
            body.attachments << ContentAttachment{a->value(0).toString(), a->value(1).toString(),
                                                  a->value(2).toString()};
    }
    return body;
}

QList<TeamMember> LocationStore::team() const
{
    QList<TeamMember> result;
    if (QSqlQuery *q = m_db.select(teamColumns + QStringLiteral(" ORDER BY position"))) {
        while (q->next())
            result << memberFrom(*q);
    }
    return result;
}

std::optional<TeamMember> LocationStore::teamMember(const QString &id) const
{
    QSqlQuery *q = m_db.select(teamColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!q || !q->next())
        return std::nullopt;
    return memberFrom(*q);
}

std::optional<CustomerInfo> LocationStore::customerInfo() const
{
    QSqlQuery *q = m_db.select(
        QStringLiteral("SELECT name, type, address, phone, email, website FROM organisation"));
    if (!q || !q->next())
        return std::nullopt;
    CustomerInfo info{q->value(0).toString(),
                      q->value(1).toString(),
                      q->value(2).toString(),
                      q->value(3).toString(),
                      q->value(4).toString(),
                      q->value(5).toString(),
                      {}};
    if (QSqlQuery *l = m_db.select(QStringLiteral(
            "SELECT id, name, address, phone FROM organisation_locations ORDER BY position"))) {
        while (l->next())
            info.locations << OrganisationLocation{l->value(0).toString(), l->value(1).toString(),
                                                   l->value(2).toString(), l->value(3).toString()};
    }
    return info;
}

int LocationStore::unreadNewsCount() const
{
    return int(
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM news WHERE is_new AND NOT read_here")));
}

int LocationStore::unreadNewsletterCount() const
{
    return int(m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM newsletters WHERE unread AND NOT read_here")));
}

int LocationStore::newsCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM news")));
}

int LocationStore::newsletterCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM newsletters")));
}

int LocationStore::pageCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pages")));
}

int LocationStore::teamCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM team")));
}

} // namespace nestje
