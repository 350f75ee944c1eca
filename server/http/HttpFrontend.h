#pragma once

#include "server/http/Router.h"

#include <QAbstractHttpServer>

namespace nestje::server {

struct Portal;

// The HTTP side of the portal: picks the organisation (host or path prefix), enforces the body
// limit, authenticates parent routes, dispatches to the router and turns every failure into a
// JSON answer. Nothing a client sends may crash the server.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    HttpFrontend(Portal &portal, QObject *parent = nullptr);
    Router &router() { return m_router; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Reply dispatch(const QHttpServerRequest &request);
    // Parent writes: one immediate transaction holding the handler's writes and the
    // Idempotency-Key record; refusals roll back.
    Reply runWrite(const Router::Rule &rule, Request &request);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply);

    Portal &m_portal;
    Router m_router;
};

} // namespace nestje::server
