// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/Idempotency.h"

#include "server/storage/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace nestje::server::idempotency {

bool validKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > 255)
        return false;
    for (char c : key)
        if (c < 0x21 || c > 0x7e)
            return false;
    return true;
}

QString fingerprint(const Request &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(int(request.method)));
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.body);
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<Stored> find(Database &db, qint64 accountId, const QString &key, const QString &fingerprint)
{
    QSqlQuery &q = db.run(QStringLiteral("SELECT fingerprint, status, content_type, headers, body FROM idempotency_keys"
                                         " WHERE account_id = ? AND idem_key = ?"),
                          {accountId, key});
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    Stored stored;
    stored.sameRequest = q.value(0).toString() == fingerprint;
    stored.reply.status = q.value(1).toInt();
    stored.reply.contentType = q.value(2).toByteArray();
    const QJsonArray headers = QJsonDocument::fromJson(q.value(3).toByteArray()).array();
    stored.reply.body = q.value(4).toByteArray();
    q.finish();
    for (const QJsonValue &h : headers) {
        const QJsonArray pair = h.toArray();
        stored.reply.headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    return stored;
}

void store(Database &db, qint64 accountId, const QString &key, const QString &fingerprint, const Reply &reply,
           qint64 nowMs)
{
    QJsonArray headers;
    for (const auto &h : reply.headers)
        headers.append(QJsonArray{QString::fromLatin1(h.first), QString::fromLatin1(h.second)});
    db.run(QStringLiteral("INSERT INTO idempotency_keys (account_id, idem_key, fingerprint, status, content_type, headers,"
                          " body, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
           {accountId, key, fingerprint, reply.status, QString::fromLatin1(reply.contentType),
            QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)), reply.body, nowMs});
}

void sweep(Database &db, qint64 nowMs)
{
    db.run(QStringLiteral("DELETE FROM idempotency_keys WHERE created_ms < ?"), {nowMs - retentionMs});
}

} // namespace nestje::server::idempotency
