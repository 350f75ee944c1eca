// SPDX-License-Identifier: GPL-3.0-or-later
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

// A business-rule refusal: HTTP 200 with `result: false` and a Dutch text the app can show as
// it is (protocol §3.1: `result:false` is an error even with HTTP 200).
Reply refusal(const QString &messageCode, const QString &text);

Reply badRequest(const QString &text);
Reply notFound();
Reply unauthorized();

// {messageCode, text}, as found in envelope `messages`.
QJsonObject message(const QString &messageCode, const QString &text);

} // namespace nestje::server::reply
