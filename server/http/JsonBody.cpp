// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/JsonBody.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace nestje::server {

std::optional<QJsonObject> parseJsonObject(const QByteArray &body, QString *problem, bool emptyIsObject)
{
    if (body.trimmed().isEmpty()) {
        if (emptyIsObject)
            return QJsonObject();
        *problem = QStringLiteral("A JSON object body is required");
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = QStringLiteral("Malformed JSON at offset %1: %2").arg(error.offset).arg(error.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problem = QStringLiteral("The body must be a JSON object");
        return std::nullopt;
    }
    return document.object();
}

} // namespace nestje::server
