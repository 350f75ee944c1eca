// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace nestje::server::jwt {

// Compact HS256 JSON Web Tokens. Clients never decode them (protocol §2.1), but a JWT lets the
// server check an access token without a database round trip for the signature.
QByteArray sign(const QJsonObject &claims, const QByteArray &secret);

// The claims if `token` is a well-formed HS256 JWT with a valid signature; expiry is the
// caller's business (it owns the clock).
std::optional<QJsonObject> verify(const QByteArray &token, const QByteArray &secret);

} // namespace nestje::server::jwt
