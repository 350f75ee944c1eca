// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/media/UrlSigner.h"

#include "server/auth/PasswordHash.h"

#include <QMessageAuthenticationCode>

namespace nestje::server {

static const QString keyPairId = QStringLiteral("NESTJE0REFERENCE");

UrlSigner::UrlSigner(Clock clock)
    : m_now(std::move(clock))
{
}

QByteArray UrlSigner::signature(const QString &slug, const QString &path, qint64 expires) const
{
    const QByteArray material = slug.toUtf8() + '\n' + path.toUtf8() + '\n' + QByteArray::number(expires);
    return QMessageAuthenticationCode::hash(material, m_secret, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

qint64 UrlSigner::currentExpiry() const
{
    const qint64 nowS = m_now() / 1000;
    return ((nowS + minimumLifetimeS) / bucketS + 1) * bucketS;
}

QString UrlSigner::signedQuery(const QString &slug, const QString &path)
{
    const qint64 expires = currentExpiry();
    if (expires != m_cacheExpires) {
        m_cache.clear();
        m_cacheExpires = expires;
    }
    const QString key = slug + QLatin1Char('\n') + path;
    auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return *it;
    const QString query = QStringLiteral("Expires=%1&Key-Pair-Id=%2&Signature=%3")
                              .arg(expires)
                              .arg(keyPairId, QString::fromLatin1(signature(slug, path, expires)));
    m_cache.insert(key, query);
    return query;
}

UrlSigner::Check UrlSigner::check(const QString &slug, const QString &path, const QString &expires,
                                  const QString &signatureText) const
{
    bool ok = false;
    const qint64 expiresS = expires.toLongLong(&ok);
    if (!ok || signatureText.isEmpty())
        return Check::Invalid;
    if (!constantTimeEquals(signature(slug, path, expiresS), signatureText.toLatin1()))
        return Check::Invalid;
    return expiresS * 1000 > m_now() ? Check::Valid : Check::Expired;
}

} // namespace nestje::server
