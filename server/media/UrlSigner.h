// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/Clock.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace nestje::server {

// Expiring signed media links in the CloudFront style the real portal uses:
// `?Expires=<epoch s>&Key-Pair-Id=…&Signature=<HMAC-SHA256 over org, path and expiry>`.
// A link needs no Authorization header; altering the path or the expiry breaks the signature.
//
// Expiry is rounded up to a half-hour boundary, at least an hour ahead: signatures can then be
// cached (the timeline signs dozens of links per page) and a card's URLs stay stable for a while.
class UrlSigner
{
public:
    static constexpr qint64 minimumLifetimeS = 60 * 60;
    static constexpr qint64 bucketS = 30 * 60;

    UrlSigner(Clock clock);
    void setSecret(const QByteArray &secret) { m_secret = secret; m_cache.clear(); }

    // The Expires value links signed now get (changes every bucketS seconds).
    qint64 currentExpiry() const;
    // The query string for `path` (below the organisation, e.g. "/media/m12.jpeg").
    QString signedQuery(const QString &slug, const QString &path);

    enum class Check { Valid, Expired, Invalid };
    Check check(const QString &slug, const QString &path, const QString &expires, const QString &signature) const;

private:
    QByteArray signature(const QString &slug, const QString &path, qint64 expires) const;

    Clock m_now;
    QByteArray m_secret;
    qint64 m_cacheExpires = 0;
    QHash<QString, QString> m_cache;
};

} // namespace nestje::server
