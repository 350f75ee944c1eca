// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/AccountStore.h"

#include "db/Database.h"
#include "net/JsonValues.h"
#include "sync/NotificationKinds.h"

#include <QJsonDocument>

namespace nestje {

bool AccountStore::replaceChildren(const QJsonObject &payload)
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

bool AccountStore::replaceCredits(const QJsonObject &payload)
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

bool AccountStore::replaceDocuments(const QString &type, const QJsonArray &items)
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

QStringList AccountStore::pushEnabledKinds() const
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

int AccountStore::childCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM children")));
}

int AccountStore::creditCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM credits")));
}

int AccountStore::documentCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM documents")));
}

bool AccountStore::setSetting(const QString &key, const QString &value)
{
    return m_db.exec(QStringLiteral("INSERT OR REPLACE INTO settings VALUES (?, ?)"), {key, value});
}

QString AccountStore::setting(const QString &key) const
{
    QSqlQuery *q = m_db.select(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return q && q->next() ? q->value(0).toString() : QString();
}

QList<ChildRecord> AccountStore::children() const
{
    QList<ChildRecord> children;
    if (!m_db.isOpen())
        return children;
    if (QSqlQuery *q = m_db.select(QStringLiteral("SELECT id, first_name, full_name, active FROM children"
                                                  " ORDER BY active DESC, position"))) {
        while (q->next())
            children.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toBool()});
        q->finish();
    }
    return children;
}

} // namespace nestje
