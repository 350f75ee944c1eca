#pragma once

#include "server/http/Exchange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace nestje::server::reply {

// A bare JSON body, for the routes the reference records as unwrapped (timeline, logbook, auth).
Reply json(const QJsonValue &value, int status = 200);
// The {result, payload, messages} envelope of the wrapped routes (children, calendar, news, ...).
Reply envelope(const QJsonValue &payload, const QJsonValue &messages = QJsonValue::Null);
// An error in the envelope form: result false and one message with an i18n-style code.
Reply error(int status, const QString &messageCode, const QString &text);

Reply badRequest(const QString &text);
Reply notFound();
Reply unauthorized();

// {messageCode, text}, as found in envelope `messages`.
QJsonObject message(const QString &messageCode, const QString &text);

} // namespace nestje::server::reply
