#include "server/http/HttpFrontend.h"

#include "server/Portal.h"
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

    // QtHttpServer 6.4 has read the body already; refusing it here still keeps oversized input
    // away from the JSON parser and the database.
    request.body = raw.body();
    if (request.body.size() > maxBodyBytes)
        return reply::error(413, QStringLiteral("web.general.message.payload_too_large"),
                            QStringLiteral("Request body too large"));

    const Router::Match match = m_router.match(request.method, request.path);
    if (!match.rule) {
        if (match.pathKnown)
            return reply::error(405, QStringLiteral("web.general.message.method_not_allowed"),
                                QStringLiteral("Method not allowed"));
        return reply::notFound();
    }
    request.params = match.params;
    // Parent routes are all reads: one read transaction for the whole request.
    std::optional<Database::ReadScope> reads;
    if (match.rule->access == Access::Parent && request.method == QHttpServerRequest::Method::Get)
        reads.emplace(m_portal.db);
    if (match.rule->access == Access::Parent) {
        const auto caller = m_portal.tokens.authenticate(raw.value(QByteArrayLiteral("Authorization")), *request.org);
        if (!caller)
            return reply::unauthorized();
        request.caller = *caller;
    }
    return match.rule->handler(request);
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
