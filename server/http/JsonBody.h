// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace nestje::server {

// Parses a request body that must be a JSON object. On failure `problem` says why, in words fit
// for a 400 answer (never echoing the body, which may hold a password).
std::optional<QJsonObject> parseJsonObject(const QByteArray &body, QString *problem, bool emptyIsObject = false);

} // namespace nestje::server
