// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/Clock.h"
#include "server/auth/LoginGuard.h"
#include "server/auth/TokenService.h"
#include "server/http/Exchange.h"
#include "server/http/PublicAddress.h"
#include "server/media/MediaStore.h"
#include "server/media/UrlSigner.h"
#include "server/rules/OrganisationRules.h"
#include "server/storage/Database.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace nestje::server {

// Timeline cards rendered to JSON, valid for one database generation and one media-link expiry
// bucket (their signed URLs are part of the text).
struct RenderedCards
{
    static constexpr qsizetype maxCards = 20000;
    QHash<qint64, QByteArray> cards;
    quint64 generation = 0;
    qint64 expiry = 0;

    void validate(quint64 currentGeneration, qint64 currentExpiry)
    {
        if (generation != currentGeneration || expiry != currentExpiry || cards.size() > maxCards) {
            cards.clear();
            generation = currentGeneration;
            expiry = currentExpiry;
        }
    }
};

// Everything a route handler may use: the shared state of one running portal server.
struct Portal
{
    explicit Portal(Clock clock)
        : now(std::move(clock))
        , tokens(db, now)
        , loginGuard(db, now)
        , signer(now)
    {
    }

    Clock now;
    Database db;
    TokenService tokens;
    LoginGuard loginGuard;
    UrlSigner signer;
    MediaStore media;
    PublicAddress address;
    QHash<QString, Organisation> organisations; // by slug
    RenderedCards renderedCards;
    QString dataDir; // the server's data directory (mail outbox under it)
    // Called after every committed parent write (the request scheduler re-arms its expiry timer).
    std::function<void()> afterWrite;

    void loadOrganisations();
    const Organisation *organisation(const QString &slug) const
    {
        auto it = organisations.constFind(slug);
        return it == organisations.constEnd() ? nullptr : &*it;
    }

    // Absolute signed URL of a media file, e.g. mediaUrl(org, "m12-thumb.jpeg").
    QString mediaUrl(const Organisation &org, const QString &fileName);
    // {fullSizeUrl, mediumUrl, thumbUrl} for a photo, video (poster sizes) or avatar media id.
    // `fullExtension` is the full-size file's extension (MediaStore::extensionFor).
    QJsonObject mediaUrls(const Organisation &org, const QString &mediaId,
                          const QString &fullExtension = QStringLiteral("jpeg"));
    // The organisation's rules and modules, read fresh (a staff command may have changed them).
    OrganisationRules rules(const Organisation &org) { return OrganisationRules::load(db, org.id); }
};

} // namespace nestje::server
