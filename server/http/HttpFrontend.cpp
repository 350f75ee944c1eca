// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/HttpFrontend.h"

#include "server/Portal.h"
#include "server/http/Idempotency.h"
#include "server/http/Replies.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <exception>
#include <optional>

Q_LOGGING_CATEGORY(lcHttp, "nestje.server.http")

namespace nestje::server {

HttpFrontend::HttpFrontend(Portal &portal, const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_portal(portal)
    , m_limits(limits)
    , m_workers(limits.hashWorkers, limits.maxQueuedWork)
{
}

HttpFrontend::~HttpFrontend() = default;

void HttpFrontend::sslSetup(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration configuration;
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::SecureProtocols);
    m_tls = configuration;
    m_tlsEnabled = true;
}

quint16 HttpFrontend::listen(const QHostAddress &address, quint16 port)
{
    QTcpServer *server = nullptr;
    if (m_tlsEnabled) {
        auto *tls = new QSslServer(this);
        tls->setSslConfiguration(m_tls);
        // Qt 6.4's QSslServer has no handshake timeout: a client that connects and says nothing
        // would keep its socket forever. The header deadline covers the handshake too.
        connect(tls, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
            QTimer::singleShot(m_limits.headerTimeoutMs, socket, [socket] {
                if (!socket->isEncrypted())
                    socket->abort();
            });
        });
        server = tls;
    } else {
        server = new QTcpServer(this);
    }
    if (!server->listen(address, port)) {
        qCWarning(lcHttp) << "listen failed:" << server->errorString();
        delete server;
        return 0;
    }
    connect(server, &QTcpServer::pendingConnectionAvailable, this,
            &HttpFrontend::acceptConnections);
    m_server = server;
    return server->serverPort();
}

void HttpFrontend::acceptConnections()
{
    auto *server = qobject_cast<QTcpServer *>(sender());
    if (!server)
        return;
    while (QTcpSocket *socket = server->nextPendingConnection())
        new HttpConnection(socket, m_limits, *this, this);
}

bool HttpFrontend::resolve(const RequestHead &head, Request *request)
{
    const QUrl url = QUrl::fromEncoded(head.target);
    request->method = head.method;
    request->query = QUrlQuery(url);
    QString slug;
    bool byHost = false;
    const QString fullPath = url.path();
    m_portal.address.resolve(head.header(QByteArrayLiteral("Host")), fullPath, &slug,
                             &request->path, &byHost);
    request->org = m_portal.organisation(slug);
    if (!request->org && byHost) {
        m_portal.address.resolve(QByteArray(), fullPath, &slug, &request->path, &byHost);
        request->org = m_portal.organisation(slug);
    }
    if (!request->org)
        request->path = fullPath;
    return request->org != nullptr;
}

qsizetype HttpFrontend::bodyLimit(const RequestHead &head)
{
    Request request;
    if (!resolve(head, &request))
        return m_limits.maxBodyBytes;
    // Upload routes set their own limit.
    const Router::Match match = m_router.match(request.method, request.path);
    return match.rule && match.rule->maxBody > 0 ? match.rule->maxBody : m_limits.maxBodyBytes;
}

void HttpFrontend::handle(HttpConnection *connection, const RequestHead &head,
                          const QByteArray &body)
{
    Request request;
    request.headers = head.headers;
    request.body = body;
    request.remote = connection->peerAddress();
    const bool known = resolve(head, &request);
    Reply reply = guarded([&]() -> Reply {
        if (known)
            return dispatch(request);
        if (request.path == QLatin1String("/") &&
            request.method == QHttpServerRequest::Method::Get) {
            QJsonArray slugs;
            for (const Organisation &org : std::as_const(m_portal.organisations))
                slugs.append(org.slug);
            return reply::json(
                QJsonObject{{QStringLiteral("name"), QStringLiteral("nestje-server")},
                            {QStringLiteral("organisations"), slugs}});
        }
        return reply::notFound();
    });
    finish(connection, std::move(reply));
}

Reply HttpFrontend::guarded(const std::function<Reply()> &step)
{
    try {
        return step();
    } catch (const DatabaseError &e) {
        // The transaction was rolled back already; log the SQL error, not the request body.
        qCWarning(lcHttp) << "database error:" << e.message;
    } catch (const std::exception &e) {
        qCWarning(lcHttp) << "handler error:" << e.what();
    }
    return reply::error(500, QStringLiteral("web.general.message.internal_error"),
                        QStringLiteral("Internal server error"));
}

void HttpFrontend::finish(QPointer<HttpConnection> connection, Reply reply)
{
    if (!reply.deferred) {
        if (connection)
            connection->respond(reply);
        return;
    }
    // The continuation runs even if the client has gone: a password check it started is
    // counted either way.
    const std::shared_ptr<Deferred> deferred = reply.deferred;
    const bool queued = m_workers.submit(this, deferred->work, [this, connection, deferred] {
        finish(connection, guarded(deferred->then));
    });
    if (!queued && connection) {
        Reply busy = reply::error(503, QStringLiteral("web.general.message.busy"),
                                  QStringLiteral("Too many logins at once; try again in a moment"));
        busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        connection->respond(busy);
    }
}

Reply HttpFrontend::dispatch(Request &request)
{
    const Router::Match match = m_router.match(request.method, request.path);
    if (!match.rule) {
        if (match.pathKnown)
            return reply::error(405, QStringLiteral("web.general.message.method_not_allowed"),
                                QStringLiteral("Method not allowed"));
        return reply::notFound();
    }
    request.params = match.params;
    const bool parentRoute = match.rule->access == Access::Parent;
    const bool write = parentRoute && request.method != QHttpServerRequest::Method::Get &&
                       request.method != QHttpServerRequest::Method::Head;
    // Parent reads: one read transaction for the whole request.
    std::optional<Database::ReadScope> reads;
    if (parentRoute && !write)
        reads.emplace(m_portal.db);
    if (parentRoute) {
        const auto caller = m_portal.tokens.authenticate(
            request.header(QByteArrayLiteral("Authorization")), *request.org);
        if (!caller)
            return reply::unauthorized();
        request.caller = *caller;
    }
    if (!write)
        return match.rule->handler(request);

    const QByteArray keyHeader = request.header(QByteArrayLiteral("Idempotency-Key"));
    QString key;
    QString fingerprint;
    if (!keyHeader.isEmpty()) {
        if (!idempotency::validKey(keyHeader))
            return reply::badRequest(
                QStringLiteral("Idempotency-Key must be 1 to 255 printable ASCII characters"));
        key = QString::fromLatin1(keyHeader);
        fingerprint = idempotency::fingerprint(request);
        if (const auto stored =
                idempotency::find(m_portal.db, request.caller.accountId, key, fingerprint)) {
            if (!stored->sameRequest)
                return reply::error(
                    422, QStringLiteral("web.general.message.idempotency_key_reused"),
                    QStringLiteral("Deze Idempotency-Key is al gebruikt voor een ander verzoek."));
            Reply replay = stored->reply;
            replay.headers.append(
                {QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
            return replay;
        }
    }
    const auto shared = std::make_shared<Request>(request);
    const Router::Rule *rule = match.rule;
    return runWrite([rule, shared] { return rule->handler(*shared); }, shared, key, fingerprint);
}

Reply HttpFrontend::runWrite(const std::function<Reply()> &step,
                             const std::shared_ptr<Request> &request, const QString &key,
                             const QString &fingerprint)
{
    Database &db = m_portal.db;
    // The write and its key commit together or not at all. A refusal rolls the handler's
    // writes back; its answer is then stored on its own, so a retry is refused the same way.
    Reply reply;
    bool refused = false;
    QString problem;
    const bool committed = db.transaction(
        [&] {
            reply = step();
            if (reply.deferred)
                return true; // the first half stands (a counted password attempt); see below
            if (reply.refused || reply.status >= 400) {
                refused = true;
                return false;
            }
            if (!key.isEmpty())
                idempotency::store(db, request->caller.accountId, key, fingerprint, reply,
                                   m_portal.now());
            return true;
        },
        &problem, Database::Lock::Immediate);
    if (!committed && !refused) {
        qCWarning(lcHttp) << "write failed and was rolled back:" << problem;
        return reply::error(500, QStringLiteral("web.general.message.internal_error"),
                            QStringLiteral("Internal server error"));
    }
    if (reply.deferred) {
        // The second half runs in its own transaction, with the same key. A twin request with
        // that key may have finished in the meantime: then this one is its replay.
        const std::shared_ptr<Deferred> next = reply.deferred;
        reply.deferred = std::make_shared<Deferred>(
            Deferred{next->work, [this, next, request, key, fingerprint] {
                         if (!key.isEmpty()) {
                             if (const auto stored = idempotency::find(
                                     m_portal.db, request->caller.accountId, key, fingerprint)) {
                                 Reply replay = stored->reply;
                                 replay.headers.append({QByteArrayLiteral("Idempotent-Replayed"),
                                                        QByteArrayLiteral("true")});
                                 return replay;
                             }
                         }
                         return runWrite(next->then, request, key, fingerprint);
                     }});
        return reply;
    }
    if (refused && !key.isEmpty() && reply.status < 500)
        db.transaction([&] {
            idempotency::store(db, request->caller.accountId, key, fingerprint, reply,
                               m_portal.now());
            return true;
        });
    if (committed && m_portal.afterWrite)
        m_portal.afterWrite();
    return reply;
}

} // namespace nestje::server
