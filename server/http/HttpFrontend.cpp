#include "server/http/HttpFrontend.h"

#include "server/Portal.h"
#include "server/http/Idempotency.h"
#include "server/http/Replies.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <exception>
#include <optional>

Q_LOGGING_CATEGORY(lcHttp, "nestje.server.http")

namespace nestje::server {

HttpFrontend::HttpFrontend(Portal &portal, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_portal(portal)
{
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Headers and body leave in separate writes; without TCP_NODELAY, Nagle holds the body
    // until the client's delayed ACK (~40 ms), which dominated every keep-alive request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    Reply reply;
    try {
        reply = dispatch(request);
    } catch (const DatabaseError &e) {
        // The transaction was rolled back already; log the SQL error, not the request body.
        qCWarning(lcHttp) << "database error:" << e.message;
        reply = reply::error(500, QStringLiteral("web.general.message.internal_error"),
                             QStringLiteral("Internal server error"));
    } catch (const std::exception &e) {
        qCWarning(lcHttp) << "handler error:" << e.what();
        reply = reply::error(500, QStringLiteral("web.general.message.internal_error"),
                             QStringLiteral("Internal server error"));
    }
    send(request, socket, reply);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, reply::notFound());
}

Reply HttpFrontend::dispatch(const QHttpServerRequest &raw)
{
    Request request;
    request.raw = &raw;
    request.method = raw.method();
    request.query = raw.query();
    request.remote = raw.remoteAddress().toString();

    QString slug;
    bool byHost = false;
    const QString fullPath = raw.url().path();
    m_portal.address.resolve(raw.value(QByteArrayLiteral("Host")), fullPath, &slug, &request.path, &byHost);
    request.org = m_portal.organisation(slug);
    if (!request.org && byHost) {
        m_portal.address.resolve(QByteArray(), fullPath, &slug, &request.path, &byHost);
        request.org = m_portal.organisation(slug);
    }
    if (!request.org) {
        if (fullPath == QLatin1String("/") && request.method == QHttpServerRequest::Method::Get) {
            QJsonArray slugs;
            for (const Organisation &org : std::as_const(m_portal.organisations))
                slugs.append(org.slug);
            return reply::json(QJsonObject{{QStringLiteral("name"), QStringLiteral("nestje-server")},
                                           {QStringLiteral("organisations"), slugs}});
        }
        return reply::notFound();
    }

    const Router::Match match = m_router.match(request.method, request.path);
    // QtHttpServer 6.4 has read the body already; refusing it here still keeps oversized input
    // away from the JSON parser and the database. Upload routes set their own limit.
    request.body = raw.body();
    const qsizetype limit = match.rule && match.rule->maxBody > 0 ? match.rule->maxBody : maxBodyBytes;
    if (request.body.size() > limit)
        return reply::error(413, QStringLiteral("web.general.message.payload_too_large"),
                            QStringLiteral("Request body too large"));
    if (!match.rule) {
        if (match.pathKnown)
            return reply::error(405, QStringLiteral("web.general.message.method_not_allowed"),
                                QStringLiteral("Method not allowed"));
        return reply::notFound();
    }
    request.params = match.params;
    const bool parentRoute = match.rule->access == Access::Parent;
    const bool write = parentRoute && request.method != QHttpServerRequest::Method::Get
        && request.method != QHttpServerRequest::Method::Head;
    // Parent reads: one read transaction for the whole request.
    std::optional<Database::ReadScope> reads;
    if (parentRoute && !write)
        reads.emplace(m_portal.db);
    if (parentRoute) {
        const auto caller = m_portal.tokens.authenticate(raw.value(QByteArrayLiteral("Authorization")), *request.org);
        if (!caller)
            return reply::unauthorized();
        request.caller = *caller;
    }
    if (write)
        return runWrite(*match.rule, request);
    return match.rule->handler(request);
}

Reply HttpFrontend::runWrite(const Router::Rule &rule, Request &request)
{
    Database &db = m_portal.db;
    const QByteArray keyHeader = request.header(QByteArrayLiteral("Idempotency-Key"));
    QString key;
    QString fingerprint;
    if (!keyHeader.isEmpty()) {
        if (!idempotency::validKey(keyHeader))
            return reply::badRequest(QStringLiteral("Idempotency-Key must be 1 to 255 printable ASCII characters"));
        key = QString::fromLatin1(keyHeader);
        fingerprint = idempotency::fingerprint(request);
        if (const auto stored = idempotency::find(db, request.caller.accountId, key, fingerprint)) {
            if (!stored->sameRequest)
                return reply::error(422, QStringLiteral("web.general.message.idempotency_key_reused"),
                                    QStringLiteral("Deze Idempotency-Key is al gebruikt voor een ander verzoek."));
            Reply replay = stored->reply;
            replay.headers.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
            return replay;
        }
    }
    // The write and its key commit together or not at all. A refusal rolls the handler's
    // writes back; its answer is then stored on its own, so a retry is refused the same way.
    Reply reply;
    bool refused = false;
    QString problem;
    const bool committed = db.transaction(
        [&] {
            reply = rule.handler(request);
            if (reply.refused || reply.status >= 400) {
                refused = true;
                return false;
            }
            if (!key.isEmpty())
                idempotency::store(db, request.caller.accountId, key, fingerprint, reply, m_portal.now());
            return true;
        },
        &problem, Database::Lock::Immediate);
    if (!committed && !refused) {
        qCWarning(lcHttp) << "write failed and was rolled back:" << problem;
        return reply::error(500, QStringLiteral("web.general.message.internal_error"),
                            QStringLiteral("Internal server error"));
    }
    if (refused && !key.isEmpty() && reply.status < 500)
        db.transaction([&] {
            idempotency::store(db, request.caller.accountId, key, fingerprint, reply, m_portal.now());
            return true;
        });
    if (committed && m_portal.afterWrite)
        m_portal.afterWrite();
    return reply;
}

void HttpFrontend::send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    if (request.method() == QHttpServerRequest::Method::Head)
        responder.writeBody(QByteArray());
    else
        responder.writeBody(reply.body);
}

} // namespace nestje::server
