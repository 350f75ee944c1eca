// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/LocationStore.h"

#include "db/Database.h"
#include "net/JsonValues.h"

#include <QJsonDocument>

namespace nestje {

namespace {
QStringList ids(Database &db, const QString &sql)
{
    QStringList result;
    if (QSqlQuery *q = db.select(sql)) {
        while (q->next())
            result << q->value(0).toString();
    }
    return result;
}
} // namespace

bool LocationStore::replaceNews(const QJsonArray &items)
{
    return m_db.transaction([&] {
        QStringList keep;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            const QString id = json::id(item.value(QLatin1String("htmlContentId")));
            keep << id;
            // Keep a fetched article body; only the list fields change here.
            if (!m_db.exec(QStringLiteral("INSERT INTO news (id, title, snippet, date, is_new, json)"
                                          " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                                          " title = excluded.title, snippet = excluded.snippet,"
                                          " date = excluded.date, is_new = excluded.is_new, json = excluded.json"),
                           {id, item.value(QLatin1String("title")).toString(),
                            item.value(QLatin1String("contentSnippet")).toString(),
                            json::dateMs(item.value(QLatin1String("publishDate"))),
                            item.value(QLatin1String("isNew")).toBool() ? 1 : 0, json::compact(item)}))
                return false;
        }
        QSqlQuery *all = m_db.select(QStringLiteral("SELECT id FROM news"));
        if (!all)
            return false;
        QStringList gone;
        while (all->next()) {
            if (!keep.contains(all->value(0).toString()))
                gone << all->value(0).toString();
        }
        for (const QString &id : gone) {
            if (!m_db.exec(QStringLiteral("DELETE FROM news WHERE id = ?"), {id}))
                return false;
        }
        return true;
    });
}

bool LocationStore::storeNewsBody(const QString &newsId, const QJsonObject &container)
{
    return m_db.exec(QStringLiteral("UPDATE news SET body_json = ? WHERE id = ?"), {json::compact(container), newsId});
}

bool LocationStore::upsertNewsletters(const QJsonArray &items)
{
    return m_db.transaction([&] {
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            if (!m_db.exec(QStringLiteral("INSERT INTO newsletters (id, subject, snippet, date, unread, json)"
                                          " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                                          " subject = excluded.subject, snippet = excluded.snippet,"
                                          " date = excluded.date, unread = excluded.unread, json = excluded.json"),
                           {json::id(item.value(QLatin1String("generatedHtmlNewsLetterId"))),
                            item.value(QLatin1String("mailSubject")).toString(),
                            item.value(QLatin1String("contentSnippet")).toString(),
                            json::dateMs(item.value(QLatin1String("sendDate"))),
                            item.value(QLatin1String("unread")).toBool() ? 1 : 0, json::compact(item)}))
                return false;
        }
        return true;
    });
}

bool LocationStore::storeNewsletterHtml(const QString &newsletterId, const QString &html)
{
    return m_db.exec(QStringLiteral("UPDATE newsletters SET html = ? WHERE id = ?"), {html, newsletterId});
}

bool LocationStore::replacePages(const QJsonArray &pages)
{
    return m_db.transaction([&] {
        QStringList keep;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QJsonObject page = pages.at(i).toObject();
            const QString id = json::id(page.value(QLatin1String("htmlContentId")));
            keep << id;
            if (!m_db.exec(QStringLiteral("INSERT INTO pages (id, title, position, json) VALUES (?, ?, ?, ?)"
                                          " ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
                                          " position = excluded.position, json = excluded.json"),
                           {id, page.value(QLatin1String("title")).toString(), int(i), json::compact(page)}))
                return false;
        }
        // Pages the organisation took down disappear here too.
        return m_db.exec(QStringLiteral("DELETE FROM pages WHERE id NOT IN (SELECT value FROM json_each(?))"),
                         {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keep)).toJson(QJsonDocument::Compact))});
    });
}

bool LocationStore::storePageBody(const QString &pageId, const QJsonObject &container)
{
    return m_db.exec(QStringLiteral("UPDATE pages SET body_json = ? WHERE id = ?"), {json::compact(container), pageId});
}

bool LocationStore::replaceTeam(const QJsonArray &members)
{
    return m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM team")))
            return false;
        for (qsizetype i = 0; i < members.size(); ++i) {
            const QJsonObject member = members.at(i).toObject();
            if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO team VALUES (?, ?, ?, ?, ?)"),
                           {json::id(member.value(QLatin1String("employeeId"))),
                            json::text(member, {"fullname", "fullName", "name"}),
                            member.value(QLatin1String("role")).toString(), int(i), json::compact(member)}))
                return false;
        }
        return true;
    });
}

QStringList LocationStore::newsWithoutBody() const
{
    return ids(m_db, QStringLiteral("SELECT id FROM news WHERE body_json IS NULL"));
}

QStringList LocationStore::newslettersWithoutHtml() const
{
    return ids(m_db, QStringLiteral("SELECT id FROM newsletters WHERE html IS NULL"));
}

QStringList LocationStore::pagesWithoutBody() const
{
    return ids(m_db, QStringLiteral("SELECT id FROM pages WHERE body_json IS NULL"));
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
