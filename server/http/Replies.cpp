// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/Replies.h"

#include <QJsonDocument>

namespace nestje::server::reply {

Reply json(const QJsonValue &value, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

Reply envelope(const QJsonValue &payload, const QJsonValue &messages)
{
    return json(QJsonObject{{QStringLiteral("result"), true},
                            {QStringLiteral("payload"), payload},
                            {QStringLiteral("messages"), messages}});
}

QJsonObject message(const QString &messageCode, const QString &text)
{
    return {{QStringLiteral("messageCode"), messageCode}, {QStringLiteral("text"), text}};
}

Reply error(int status, const QString &messageCode, const QString &text)
{
    Reply reply = json(QJsonObject{{QStringLiteral("result"), false},
                                   {QStringLiteral("payload"), QJsonValue::Null},
                                   {QStringLiteral("messages"), QJsonArray{message(messageCode, text)}}},
                       status);
    reply.refused = true;
    return reply;
}

Reply refusal(const QString &messageCode, const QString &text)
{
    return error(200, messageCode, text);
}

Reply badRequest(const QString &text)
{
    return error(400, QStringLiteral("web.general.message.bad_request"), text);
}

Reply notFound()
{
    return error(404, QStringLiteral("web.general.message.not_found"), QStringLiteral("Not found"));
}

Reply unauthorized()
{
    return error(401, QStringLiteral("web.general.message.unauthorized"),
                 QStringLiteral("Authentication required"));
}

} // namespace nestje::server::reply
