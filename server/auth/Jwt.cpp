// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/auth/Jwt.h"

#include "server/auth/PasswordHash.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace nestje::server::jwt {

static constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

static QByteArray signature(const QByteArray &signingInput, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256)
        .toBase64(base64url);
}

QByteArray sign(const QJsonObject &claims, const QByteArray &secret)
{
    static const QByteArray header = QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})").toBase64(base64url);
    const QByteArray input = header + '.' + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(base64url);
    return input + '.' + signature(input, secret);
}

std::optional<QJsonObject> verify(const QByteArray &token, const QByteArray &secret)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return std::nullopt;
    const QByteArray input = parts.at(0) + '.' + parts.at(1);
    if (!constantTimeEquals(signature(input, secret), parts.at(2)))
        return std::nullopt;
    // Check the header too: never accept "alg":"none" or another algorithm by accident.
    const auto header = QByteArray::fromBase64Encoding(parts.at(0), base64url);
    const QJsonObject headerObject = QJsonDocument::fromJson(header.decoded).object();
    if (!header || headerObject.value(QLatin1String("alg")).toString() != QLatin1String("HS256"))
        return std::nullopt;
    const auto payload = QByteArray::fromBase64Encoding(parts.at(1), base64url);
    if (!payload)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(payload.decoded);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace nestje::server::jwt
