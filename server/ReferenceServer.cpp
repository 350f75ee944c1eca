// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ReferenceServer.h"

#include "server/Portal.h"
#include "server/auth/PasswordHash.h"
#include "server/http/HttpFrontend.h"
#include "server/http/Idempotency.h"
#include "server/media/UploadSweeper.h"
#include "server/planning/ExpiryScheduler.h"
#include "server/routes/Routes.h"
#include "server/seed/DemoSeed.h"
#include "server/storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace nestje::server {

struct ReferenceServer::Private
{
    explicit Private(const ServerOptions &o)
        : options(o)
        , portal(o.clock ? o.clock : systemClock())
    {
    }
    ServerOptions options;
    Portal portal;
    HttpFrontend *http = nullptr;
    ExpiryScheduler *expiry = nullptr;
    UploadSweeper *uploads = nullptr;
    bool opened = false;
};

ReferenceServer::ReferenceServer(ServerOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(options))
{
    // A child QObject, so it follows the server into the app's worker thread.
    d->http = new HttpFrontend(d->portal, d->options.limits, this);
    Router &router = d->http->router();
    addAuthRoutes(router, d->portal);
    addAccountRoutes(router, d->portal);
    addTimelineRoutes(router, d->portal);
    addMessageRoutes(router, d->portal);
    addContentRoutes(router, d->portal);
    addPlanningRoutes(router, d->portal);
    addAdministrationRoutes(router, d->portal);
    addMediaRoutes(router, d->portal);
    addMessageWriteRoutes(router, d->portal);
    addUploadRoutes(router, d->portal);
    addCapabilityRoutes(router, d->portal);
    addExtraDayRoutes(router, d->portal);
    addAbsenceRoutes(router, d->portal);
    addSwapRoutes(router, d->portal);
    addRequestOverviewRoutes(router, d->portal);
    addChildRoutes(router, d->portal);
    addAccountWriteRoutes(router, d->portal);
    addPasswordResetRoutes(router, d->portal);
    d->expiry = new ExpiryScheduler(d->portal, this);
    d->uploads = new UploadSweeper(d->portal, this);
    d->portal.afterWrite = [this] { d->expiry->arm(); };
    d->portal.address.configure(d->options.publicUrl, !d->options.tlsCertificateFile.isEmpty());
}

ReferenceServer::~ReferenceServer() = default;

bool ReferenceServer::open(QString *error)
{
    const QString dir = d->options.dataDir;
    // A new data directory is created 0700 (it holds the signing keys; see storage/PrivateFiles.h).
    if (dir.isEmpty() || !privatefiles::makeDirectory(dir)) {
        if (error)
            *error = QStringLiteral("cannot create data directory %1").arg(dir);
        return false;
    }
    Portal &portal = d->portal;
    portal.dataDir = dir;
    if (!portal.db.open(QDir(dir).filePath(QStringLiteral("portal.sqlite")), error))
        return false;
    if (!portal.media.open(QDir(dir).filePath(QStringLiteral("media")), error))
        return false;
    try {
        portal.tokens.initialise();
        portal.loginGuard.initialise();
        QString mediaSecret = portal.db.meta(QStringLiteral("media_secret"));
        if (mediaSecret.isEmpty()) {
            // Separate from the JWT secret: leaking one kind of signature must not forge the other.
            QByteArray raw(32, Qt::Uninitialized);
            QRandomGenerator::system()->generate(raw.begin(), raw.end());
            mediaSecret = QString::fromLatin1(raw.toHex());
            portal.db.transaction([&] {
                portal.db.setMeta(QStringLiteral("media_secret"), mediaSecret);
                return true;
            });
        }
        portal.signer.setSecret(mediaSecret.toLatin1());
        portal.db.transaction([&] {
            idempotency::sweep(portal.db, portal.now());
            return true;
        });
        portal.loadOrganisations();
    } catch (const DatabaseError &e) {
        if (error)
            *error = e.message;
        return false;
    }
    d->opened = true;
    return true;
}

bool ReferenceServer::seedDemo(int scale, QString *error)
{
    SeedOptions options;
    options.scale = scale;
    return seedDemo(options, error);
}

bool ReferenceServer::seedDemo(const SeedOptions &options, QString *error)
{
    if (!d->opened) {
        if (error)
            *error = QStringLiteral("open() the server before seeding");
        return false;
    }
    DemoSeed seed(d->portal, options, &d->http->router());
    if (!seed.run(error))
        return false;
    d->portal.loadOrganisations();
    return true;
}

quint16 ReferenceServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!d->options.tlsCertificateFile.isEmpty()) {
        QFile certFile(d->options.tlsCertificateFile);
        QFile keyFile(d->options.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read the TLS certificate or key");
            return 0;
        }
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            keyFile.seek(0);
            key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
        }
        if (certificate.isNull() || key.isNull()) {
            if (error)
                *error = QStringLiteral("invalid TLS certificate or key (PEM expected)");
            return 0;
        }
        d->http->sslSetup(certificate, key);
    }
    const quint16 bound = d->http->listen(address, port);
    if (bound == 0) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
        return 0;
    }
    d->portal.address.setListening(address, bound);
    // The unknown-user login hashes against this: made now, so the first such login is not
    // the one that pays for it (and so tells itself apart by its time).
    PasswordHash::dummy();
    // Expiry runs while the server serves: a sweep for what expired while it was down, then the timer.
    d->expiry->start();
    d->uploads->start(); // uploads never attached: removed after a day
    return bound;
}

const Router &ReferenceServer::router() const
{
    return d->http->router();
}

quint64 ReferenceServer::contentGeneration()
{
    return d->portal.db.generation();
}

QUrl ReferenceServer::portalUrl(const QString &slug) const
{
    return QUrl(d->portal.address.baseUrl(slug));
}

} // namespace nestje::server
