// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/HttpConnection.h"
#include "server/http/HttpLimits.h"
#include "server/http/Router.h"
#include "server/http/WorkerPool.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

class QTcpServer;
class QSslCertificate;
class QSslKey;

namespace nestje::server {

struct Portal;

// The HTTP side of the portal: accepts connections (HttpConnection reads them within
// HttpLimits), picks the organisation (host or path prefix), authenticates parent routes,
// dispatches to the router, runs deferred work (password hashing) on its worker pool and turns
// every failure into a JSON answer. Nothing a client sends may crash or stall the server.
class HttpFrontend : public QObject, private HttpConnection::Handler
{
    Q_OBJECT
public:
    HttpFrontend(Portal &portal, const HttpLimits &limits, QObject *parent = nullptr);
    ~HttpFrontend() override;
    Router &router() { return m_router; }
    const HttpLimits &limits() const { return m_limits; }

    void sslSetup(const QSslCertificate &certificate, const QSslKey &key);
    // The bound port, or 0.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    qsizetype bodyLimit(const RequestHead &head) override;
    void handle(HttpConnection *connection, const RequestHead &head,
                const QByteArray &body) override;
    void acceptConnections();

    // The organisation and the path below it; false when no organisation matches.
    bool resolve(const RequestHead &head, Request *request);
    Reply dispatch(Request &request);
    // Runs one step of a request, turning exceptions into a 500.
    Reply guarded(const std::function<Reply()> &step);
    // Sends `reply`, or first runs its deferred work and then continues.
    void finish(QPointer<HttpConnection> connection, Reply reply);
    // Parent writes: one immediate transaction holding the handler's writes and the
    // Idempotency-Key record; refusals roll back. A deferred step continues the same way.
    Reply runWrite(const std::function<Reply()> &step, const std::shared_ptr<Request> &request,
                   const QString &key, const QString &fingerprint);

    Portal &m_portal;
    HttpLimits m_limits;
    Router m_router;
    WorkerPool m_workers;
    QTcpServer *m_server = nullptr;
    QSslConfiguration m_tls;
    bool m_tlsEnabled = false;
};

} // namespace nestje::server
