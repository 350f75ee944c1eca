// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ReferenceServer.h"

#include <QHostAddress>
#include <QString>

#include <memory>

// The reference server as the core tests start it: `options` (its data folder, a clock), the
// demo organisations seeded at scale 1, listening on loopback at `port` (0: a free one; a test
// that stops the server and starts it again passes the port it had, so the account finds it).
// The port it listens on; 0, with `error` set, when it could not start.
inline quint16 startDemoPortal(std::unique_ptr<nestje::server::ReferenceServer> &server,
                               const nestje::server::ServerOptions &options, quint16 port,
                               QString *error)
{
    server = std::make_unique<nestje::server::ReferenceServer>(options);
    if (!server->open(error) || !server->seedDemo(1, error))
        return 0;
    return server->listen(QHostAddress::LocalHost, port, error);
}
