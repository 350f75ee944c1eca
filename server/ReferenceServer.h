// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/Clock.h"
#include "server/http/HttpLimits.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace nestje::server {

class Router;

struct ServerOptions
{
    QString dataDir;   // where the SQLite database and media live
    QString publicUrl; // e.g. "https://{org}.ouderportaal.nl"; empty: http://HOST:PORT/<slug>
    QString tlsCertificateFile;
    QString tlsKeyFile;
    Clock clock = {}; // epoch ms; empty: the system clock (tests move time forward)
    HttpLimits limits = {}; // body sizes, timeouts and the password hashing pool
};

// How much demo data to make. `scale` multiplies history and family size; the light options
// exist so tests can seed in a second or two.
struct SeedOptions
{
    int scale = 1;
    int months = 12;          // history length
    int scenePool = 0;        // distinct generated photo scenes; 0: as many as the scale needs
    bool secondFamily = false; // a second family per organisation (authorisation tests)
};

// A Konnect-compatible portal server hosting one or more organisations.
class ReferenceServer : public QObject
{
    Q_OBJECT
public:
    explicit ReferenceServer(ServerOptions options, QObject *parent = nullptr);
    ~ReferenceServer() override;

    // Opens (and migrates) the database under dataDir. Returns false with a reason on failure.
    bool open(QString *error = nullptr);
    // Fills the database with the deterministic demo organisations; `scale` multiplies history.
    // Fast when the data dir already holds the demo at this scale.
    bool seedDemo(int scale = 1, QString *error = nullptr);
    bool seedDemo(const SeedOptions &options, QString *error = nullptr);
    // Starts listening; returns the bound port or 0 with a reason.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error = nullptr);

    // The portal base URL a client uses for organisation `slug`, e.g. http://127.0.0.1:8080/deboomhut
    QUrl portalUrl(const QString &slug) const;

    // The routes it serves (the authorisation matrix test walks them).
    const Router &router() const;
    // What caches of rendered content (the timeline's cards) are valid for; a write that
    // changes what parents see moves it on, a login does not (tst_server_logins).
    quint64 contentGeneration();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nestje::server
