#include "store/ContentStore.h"

#include "api/JsonValues.h"
#include "store/NotificationKinds.h"

#include <QJsonDocument>

namespace nestje {

bool ContentStore::replaceChildren(const QJsonObject &payload)
{
    return m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM children")))
            return false;
        int position = 0;
        for (const char *list : {"activeChildren", "inactiveChildren"}) {
            const bool active = QLatin1String(list) == QLatin1String("activeChildren");
            for (const QJsonValue &value : payload.value(QLatin1String(list)).toArray()) {
                const QJsonObject child = value.toObject();
                if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO children VALUES (?, ?, ?, ?, ?, ?, ?)"),
                               {json::id(child.value(QLatin1String("id"))),
                                json::text(child, {"firstName", "fullname", "fullName"}),
                                json::text(child, {"fullname", "fullName", "firstName"}),
                                json::dateMs(child.value(QLatin1String("dateOfBirth"))), active ? 1 : 0,
                                position++, json::compact(child)}))
                    return false;
            }
        }
        return true;
    });
}

bool ContentStore::replaceNews(const QJsonArray &items)
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

bool ContentStore::storeNewsBody(const QString &newsId, const QJsonObject &container)
{
    return m_db.exec(QStringLiteral("UPDATE news SET body_json = ? WHERE id = ?"), {json::compact(container), newsId});
}

bool ContentStore::upsertNewsletters(const QJsonArray &items)
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

bool ContentStore::storeNewsletterHtml(const QString &newsletterId, const QString &html)
{
    return m_db.exec(QStringLiteral("UPDATE newsletters SET html = ? WHERE id = ?"), {html, newsletterId});
}

bool ContentStore::replaceDocuments(const QString &type, const QJsonArray &items)
{
    return m_db.transaction([&] {
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {type, json::id(item.value(QLatin1String("adminId"))),
                            json::id(item.value(QLatin1String("itemId"))),
                            json::dateMs(item.value(QLatin1String("itemDate"))),
                            item.value(QLatin1String("subject")).toString(),
                            item.value(QLatin1String("hasAttachment")).toBool() ? 1 : 0, json::compact(item)}))
                return false;
        }
        return true;
    });
}

bool ContentStore::replacePages(const QJsonArray &pages)
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

bool ContentStore::storePageBody(const QString &pageId, const QJsonObject &container)
{
    return m_db.exec(QStringLiteral("UPDATE pages SET body_json = ? WHERE id = ?"), {json::compact(container), pageId});
}

bool ContentStore::replaceTeam(const QJsonArray &members)
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

bool ContentStore::replaceCredits(const QJsonObject &payload)
{
    return m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM credits")))
            return false;
        for (const QJsonValue &childValue : payload.value(QLatin1String("children")).toArray()) {
            const QJsonObject child = childValue.toObject();
            const QString childId = json::id(child.value(QLatin1String("childId")));
            for (const QJsonValue &creditValue : child.value(QLatin1String("credits")).toArray()) {
                QJsonObject credit = creditValue.toObject();
                credit.insert(QStringLiteral("unit"), payload.value(QLatin1String("unit")));
                if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO credits VALUES (?, ?, ?, ?, ?, ?)"),
                               {json::id(credit.value(QLatin1String("creditId"))), childId,
                                json::text(credit, {"typeLabel", "type"}),
                                credit.value(QLatin1String("remaining")).toDouble(),
                                json::dateMs(credit.value(QLatin1String("validUntil"))), json::compact(credit)}))
                    return false;
            }
        }
        return true;
    });
}

bool ContentStore::replaceRequests(const QJsonArray &requests)
{
    return m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM requests")))
            return false;
        for (const QJsonValue &value : requests) {
            const QJsonObject request = value.toObject();
            if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO requests VALUES (?, ?, ?, ?, ?)"),
                           {json::id(request.value(QLatin1String("requestId"))),
                            request.value(QLatin1String("type")).toString(),
                            request.value(QLatin1String("status")).toString(),
                            json::dateMs(request.value(QLatin1String("firstStartTime"))), json::compact(request)}))
                return false;
        }
        return true;
    });
}

QStringList ContentStore::pushEnabledKinds() const
{
    QStringList kinds = notificationKinds();
    const QJsonObject settings = QJsonDocument::fromJson(setting(QStringLiteral("notification_settings")).toUtf8()).object();
    for (const QJsonValue &value : settings.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = value.toObject();
        if (!item.value(QLatin1String("push")).toBool(true))
            kinds.removeAll(item.value(QLatin1String("item")).toString());
    }
    return kinds;
}

int ContentStore::creditCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM credits")));
}
int ContentStore::requestCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM requests")));
}

bool ContentStore::setSetting(const QString &key, const QString &value)
{
    return m_db.exec(QStringLiteral("INSERT OR REPLACE INTO settings VALUES (?, ?)"), {key, value});
}

QString ContentStore::setting(const QString &key) const
{
    QSqlQuery *q = m_db.select(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return q && q->next() ? q->value(0).toString() : QString();
}

int ContentStore::pageCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pages")));
}
int ContentStore::teamCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM team")));
}

int ContentStore::childCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM children")));
}
int ContentStore::newsCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM news")));
}
int ContentStore::newsletterCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM newsletters")));
}
int ContentStore::documentCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM documents")));
}

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

QStringList ContentStore::newsWithoutBody() const
{
    return ids(m_db, QStringLiteral("SELECT id FROM news WHERE body_json IS NULL"));
}
QStringList ContentStore::pagesWithoutBody() const
{
    return ids(m_db, QStringLiteral("SELECT id FROM pages WHERE body_json IS NULL"));
}
QStringList ContentStore::newslettersWithoutHtml() const
{
    return ids(m_db, QStringLiteral("SELECT id FROM newsletters WHERE html IS NULL"));
}

QString SyncState::value(const QString &key, const QString &fallback) const
{
    QSqlQuery *q = m_db.select(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    return q && q->next() ? q->value(0).toString() : fallback;
}

bool SyncState::setValue(const QString &key, const QString &value)
{
    return m_db.exec(QStringLiteral("INSERT OR REPLACE INTO sync_state VALUES (?, ?)"), {key, value});
}

} // namespace nestje
