#pragma once

#include "server/Clock.h"
#include "server/auth/LoginGuard.h"
#include "server/auth/TokenService.h"
#include "server/http/Exchange.h"
#include "server/http/PublicAddress.h"
#include "server/media/MediaStore.h"
#include "server/media/UrlSigner.h"
#include "server/storage/Database.h"

#include <QHash>
#include <QJsonObject>

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

    void loadOrganisations();
    const Organisation *organisation(const QString &slug) const
    {
        auto it = organisations.constFind(slug);
        return it == organisations.constEnd() ? nullptr : &*it;
    }

    // Absolute signed URL of a media file, e.g. mediaUrl(org, "m12-thumb.jpeg").
    QString mediaUrl(const Organisation &org, const QString &fileName);
    // {fullSizeUrl, mediumUrl, thumbUrl} for a photo, video (poster sizes) or avatar media id.
    QJsonObject mediaUrls(const Organisation &org, const QString &mediaId, bool video = false);
};

} // namespace nestje::server
