// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/Envelope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nestje {

namespace {
void takeFirstMessage(const QJsonArray &messages, ApiError *error)
{
    if (messages.isEmpty())
        return;
    const QJsonObject first = messages.first().toObject();
    error->messageCode = first.value(QLatin1String("messageCode")).toString();
    error->serverText = first.value(QLatin1String("text")).toString();
}

bool isEnvelope(const QJsonObject &object)
{
    return object.contains(QLatin1String("result")) && object.contains(QLatin1String("payload"));
}
} // namespace

ApiResult interpretReply(const ReplyFacts &facts)
{
    ApiResult result;
    ApiError &error = result.error;
    error.httpStatus = facts.httpStatus;
    const int status = facts.httpStatus;

    if (status == 404 || status == 405) {
        error.kind = facts.extensionRoute ? ApiError::Kind::Unsupported : ApiError::Kind::NotFound;
        return result;
    }
    if (status == 429 || status >= 500) {
        error.kind = ApiError::Kind::Server;
        return result;
    }
    if (status == 401 || status == 403) {
        error.kind = ApiError::Kind::Unauthorized;
        return result;
    }
    if (status >= 400) {
        error.kind = ApiError::Kind::Refused;
        const QJsonObject refusal = QJsonDocument::fromJson(facts.body).object();
        takeFirstMessage(refusal.value(QLatin1String("messages")).toArray(), &error);
        error.detail = QStringLiteral("HTTP %1").arg(status);
        return result;
    }
    if (status < 200 || status >= 300) {
        error.kind = ApiError::Kind::Malformed;
        error.detail = QStringLiteral("unexpected HTTP %1").arg(status);
        return result;
    }
    // A binary body (a PDF; a page the sync reads as JSON off the UI thread) is not parsed here.
    if (facts.binary) {
        result.raw = facts.body;
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(facts.body, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError;
    const QJsonObject object = document.object();
    if (!isJson) {
        error.kind = ApiError::Kind::Malformed;
        error.detail = parseError.errorString();
        return result;
    }
    if (document.isObject() && isEnvelope(object)) {
        const QJsonArray messages = object.value(QLatin1String("messages")).toArray();
        if (!object.value(QLatin1String("result")).toBool()) {
            error.kind = ApiError::Kind::Refused;
            takeFirstMessage(messages, &error);
            return result;
        }
        result.payload = object.value(QLatin1String("payload"));
        result.messages = messages;
        return result;
    }
    result.payload = document.isArray() ? QJsonValue(document.array()) : QJsonValue(object);
    return result;
}

} // namespace nestje
