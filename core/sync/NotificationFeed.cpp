#include "sync/NotificationFeed.h"

#include "text/HtmlText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace nestje {

namespace {
const QString baselineKey = QStringLiteral("notifications_baseline");

QList<NewItem> candidates(Database &db)
{
    QList<NewItem> items;
    // Only messages from the organisation; a thread's newest message date makes each reply new.
    if (QSqlQuery *q = db.select(QStringLiteral("SELECT id, date, subject, last_written, last_message FROM threads"
                                                " WHERE unread = 1 AND last_from_parent = 0"))) {
        while (q->next())
            items << NewItem{QStringLiteral("messages"), q->value(0).toString() + QLatin1Char('@') + q->value(1).toString(),
                             QCoreApplication::translate("NotificationFeed", "Message from %1").arg(q->value(3).toString()),
                             q->value(2).toString() + QStringLiteral(": ") + plainTextFromHtml(q->value(4).toString()).simplified().left(160)};
    }
    if (QSqlQuery *q = db.select(QStringLiteral("SELECT id, title, snippet FROM news WHERE is_new = 1"))) {
        while (q->next())
            items << NewItem{QStringLiteral("news"), q->value(0).toString(), QCoreApplication::translate("NotificationFeed", "News: %1").arg(q->value(1).toString()),
                             plainTextFromHtml(q->value(2).toString()).simplified().left(160)};
    }
    if (QSqlQuery *q = db.select(QStringLiteral("SELECT id, subject FROM newsletters WHERE unread = 1"))) {
        while (q->next())
            items << NewItem{QStringLiteral("newsletters"), q->value(0).toString(), QCoreApplication::translate("NotificationFeed", "New newsletter"),
                             q->value(1).toString()};
    }
    // Cards of the last two days: photo cards, and journal entries by staff.
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - 2 * 24 * 3600 * 1000LL;
    if (QSqlQuery *q = db.select(QStringLiteral("SELECT c.card_key, c.type, (SELECT COUNT(*) FROM photos p WHERE"
                                                " p.card_key = c.card_key) FROM cards c WHERE c.date >= ?"
                                                " AND c.type IN ('photo', 'journal')"
                                                // what the parent wrote needs no notification
                                                " AND c.json NOT LIKE '%card_journal_header_type.parent%'"),
                                 {since})) {
        while (q->next()) {
            const bool photo = q->value(1).toString() == QLatin1String("photo");
            const int count = q->value(2).toInt();
            items << NewItem{photo ? QStringLiteral("photos") : QStringLiteral("journal"), q->value(0).toString(),
                             photo ? QCoreApplication::translate("NotificationFeed", "New photos") : QCoreApplication::translate("NotificationFeed", "New diary entry"),
                             photo ? QCoreApplication::translate("NotificationFeed", "%n new photo(s) of today", nullptr, count) : QCoreApplication::translate("NotificationFeed", "The group wrote in the diary.")};
        }
    }
    // A decision on a request (approved, rejected, expired) is news once per status.
    if (QSqlQuery *q = db.select(QStringLiteral("SELECT id, status, json FROM requests WHERE status IN"
                                                " ('approved', 'rejected', 'expired')"))) {
        while (q->next()) {
            const QJsonObject request = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
            items << NewItem{QStringLiteral("planning"), q->value(0).toString() + QLatin1Char(':') + q->value(1).toString(),
                             QCoreApplication::translate("NotificationFeed", "Request: %1")
                                 .arg(request.value(QLatin1String("statusLabel")).toString()),
                             QCoreApplication::translate("NotificationFeed", "Your request has been handled. See the request overview.")};
        }
    }
    return items;
}
} // namespace

QList<NewItem> NotificationFeed::takeNew(const QStringList &enabledKinds)
{
    const bool baseline = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_state WHERE key = ?"), {baselineKey}) == 0;
    QList<NewItem> fresh;
    m_db.transaction([&] {
        for (const NewItem &item : candidates(m_db)) {
            if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM notified WHERE kind = ? AND item_id = ?"),
                            {item.kind, item.id}) > 0)
                continue;
            if (!m_db.exec(QStringLiteral("INSERT INTO notified VALUES (?, ?)"), {item.kind, item.id}))
                return false;
            if (!baseline && enabledKinds.contains(item.kind))
                fresh << item;
        }
        return m_db.exec(QStringLiteral("INSERT OR REPLACE INTO sync_state VALUES (?, '1')"), {baselineKey});
    });
    return fresh;
}

} // namespace nestje
