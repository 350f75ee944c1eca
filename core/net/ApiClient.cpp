// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ApiClient.h"

#include "net/JsonValues.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QNetworkReply>

namespace nestje {

namespace {
constexpr char refreshCookieName[] = "__Host-refresh_token";

// A streamed download holds no more than this in Qt's buffer, nor of an error answer's body.
constexpr qint64 streamBufferBytes = 1024 * 1024;
constexpr qsizetype maxRefusedBodyBytes = 64 * 1024;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

ApiResult stoppedBySink()
{
    ApiResult result;
    result.error.kind = ApiError::Kind::Cancelled;
    result.error.detail = QStringLiteral("stopped by the receiver");
    return result;
}

ApiError::Kind networkFailureKind(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError
               ? ApiError::Kind::Timeout
               : ApiError::Kind::Network;
}

// The refresh cookie is read from Set-Cookie by hand: a __Host- cookie over plain http would
// be dropped by a browser-like jar (reference §2.7.6).
QString refreshCookieFrom(QNetworkReply *reply)
{
    const auto cookies = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
    for (const QNetworkCookie &cookie : cookies) {
        if (cookie.name() == refreshCookieName)
            return QString::fromLatin1(cookie.value());
    }
    return {};
}
} // namespace

// What a streamed download (ApiCall::sink) keeps beside the reply.
struct ApiClient::Stream
{
    QByteArray refusedBody; // an error answer's start, for its message; a 2xx body goes on
    bool stopped = false;   // the sink said stop, or no one wants the bytes any more
};

ApiClient::ApiClient(QNetworkAccessManager *network, const QUrl &portal, const QString &username,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_portal(portal)
    , m_username(username)
    , m_loginClient(network)
{
    connect(&m_loginClient, &LoginClient::succeeded, this, [this](const LoginSession &session) {
        m_accessToken = session.accessToken;
        m_accessTokenExpires = session.accessTokenExpires;
        keepRefreshToken(session.refreshToken, [this] { renewalSucceeded(); });
    });
    connect(&m_loginClient, &LoginClient::failed, this, [this](const LoginError &error) {
        renewalFailed(error.kind == LoginError::Kind::Unreachable ? ApiError::Kind::Network
                                                                   : ApiError::Kind::Unauthorized);
    });
}

void ApiClient::setSession(const LoginSession &session)
{
    m_accessToken = session.accessToken;
    m_accessTokenExpires = session.accessTokenExpires;
    if (!session.refreshToken.isEmpty() && session.refreshToken != m_refreshToken) {
        m_refreshToken = session.refreshToken;
        if (m_refreshTokenSaver)
            m_refreshTokenSaver(m_refreshToken, [](bool) {});
        emit refreshTokenChanged(m_refreshToken);
    }
}

void ApiClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCa = certificates;
    m_loginClient.setExtraCaCertificates(certificates);
}

void ApiClient::setRefreshToken(const QString &refreshToken)
{
    m_refreshToken = refreshToken;
}

bool ApiClient::accessTokenExpiresSoon() const
{
    // Refresh a minute early, as the web client does, so a call never races the expiry.
    return m_accessToken.isEmpty() || !m_accessTokenExpires.isValid()
           || m_accessTokenExpires < QDateTime::currentDateTimeUtc().addSecs(60);
}

void ApiClient::send(const ApiCall &call, QObject *context, ApiCallback done)
{
    Pending pending{call, context, context != nullptr, std::move(done), false, {}};
    if (m_renewing || accessTokenExpiresSoon()) {
        renewSession(std::move(pending));
        return;
    }
    dispatch(std::move(pending));
}

void ApiClient::abandonAll()
{
    ++m_generation;
    m_waitingForSession.clear();
    m_loginClient.cancel();
    m_renewing = false;
}

void ApiClient::dispatch(Pending pending)
{
    QNetworkRequest request(portalEndpoint(m_portal, pending.call.path));
    applyClientHeaders(request);
    request.setTransferTimeout(0); // m_timeouts', which do not count the wait in Qt's queue
    applyExtraTrust(request, m_extraCa);
    request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    if (!pending.call.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", pending.call.idempotencyKey);
    QByteArray body;
    if (!pending.call.body.isUndefined()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        body = pending.call.body.isArray()
                   ? QJsonDocument(pending.call.body.toArray()).toJson(QJsonDocument::Compact)
                   : QJsonDocument(pending.call.body.toObject()).toJson(QJsonDocument::Compact);
    }
    QFile *file = nullptr;
    if (!pending.call.bodyFile.isEmpty()) {
        // Uploads stream from disk; the file is the outbox's own copy, so it is still there.
        file = new QFile(pending.call.bodyFile);
        if (!file->open(QIODevice::ReadOnly)) {
            delete file;
            ApiResult result;
            result.error.kind = ApiError::Kind::Malformed;
            result.error.detail = QStringLiteral("cannot read %1").arg(pending.call.bodyFile);
            finish(pending, result);
            return;
        }
        request.setHeader(QNetworkRequest::ContentTypeHeader, pending.call.contentType);
    }
    ++m_requestsSent;
    QNetworkReply *reply = nullptr;
    if (pending.call.sink) // get(): Qt 6.4 ignores a custom request's read buffer size (measured)
        reply = m_network->get(request);
    else if (file)
        reply = m_network->sendCustomRequest(request, pending.call.method, file);
    else
        reply = m_network->sendCustomRequest(request, pending.call.method, body);
    m_timeouts.watch(reply);
    if (file)
        file->setParent(reply);
    const quint64 generation = m_generation;
    // Each attempt starts afresh: nothing of a refused one (a 401 before the retry) carries on.
    pending.stream = pending.call.sink ? std::make_shared<Stream>() : nullptr;
    if (pending.stream)
        streamTo(reply, pending);
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation, pending]() mutable {
        reply->deleteLater();
        if (generation != m_generation)
            return; // the account was switched or removed meanwhile
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (pending.stream && pending.stream->stopped) {
            finish(pending, stoppedBySink());
            return;
        }
        // A connection cut while the body arrived keeps the status of the first line, but the
        // body is incomplete: that is a network failure (retried; a write's Idempotency-Key turns
        // the retry into a replay), not an answer that could not be understood.
        const bool cutOff = reply->error() != QNetworkReply::NoError &&
                            reply->error() < QNetworkReply::ContentAccessDenied;
        if (status == 0 || cutOff) {
            ApiResult result;
            result.error.kind = networkFailureKind(reply->error());
            result.error.detail = reply->errorString();
            finish(pending, result);
            return;
        }
        if ((status == 401 || status == 403) && !pending.retried) {
            pending.retried = true;
            m_accessToken.clear();
            renewSession(std::move(pending));
            return;
        }
        QByteArray body = reply->readAll();
        if (pending.call.sink) {
            const bool streamed = isSuccess(status);
            const bool contextGone = pending.hasContext && !pending.context;
            if (streamed && !body.isEmpty() && (contextGone || !pending.call.sink(body))) {
                finish(pending, stoppedBySink());
                return;
            }
            body = streamed ? QByteArray() : pending.stream->refusedBody + body;
        }
        finish(pending, interpretReply({status, body, pending.call.extension,
                                        pending.call.binary || bool(pending.call.sink)}));
    });
}

void ApiClient::streamTo(QNetworkReply *reply, const Pending &pending)
{
    // Qt holds at most this much before the sink has taken it: the network waits meanwhile.
    reply->setReadBufferSize(streamBufferBytes);
    const quint64 generation = m_generation;
    const std::shared_ptr<Stream> stream = pending.stream;
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, generation, pending, stream] {
        if (generation != m_generation || (pending.hasContext && !pending.context)) {
            stream->stopped = true;
            reply->abort(); // no one wants the bytes any more
            return;
        }
        const QByteArray chunk = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!isSuccess(status)) {
            // A 401 before the retry or an error page: never the caller's bytes.
            QByteArray &kept = stream->refusedBody;
            if (kept.size() < maxRefusedBodyBytes)
                kept.append(chunk.left(maxRefusedBodyBytes - kept.size()));
            return;
        }
        if (!pending.call.sink(chunk)) {
            stream->stopped = true;
            reply->abort();
        }
    });
}

void ApiClient::finish(const Pending &pending, const ApiResult &result)
{
    if (pending.hasContext && !pending.context)
        return;
    if (pending.done)
        pending.done(result);
}

void ApiClient::renewSession(Pending pending)
{
    m_waitingForSession.append(std::move(pending));
    if (m_renewing)
        return;
    m_renewing = true;
    if (!m_refreshToken.isEmpty() || !m_refreshCookie.isEmpty())
        refresh();
    else
        relogin();
}

QNetworkRequest ApiClient::refreshRequest(QByteArray *body) const
{
    QNetworkRequest request(portalEndpoint(m_portal, QStringLiteral("/auth-api/token")));
    applyClientHeaders(request);
    applyExtraTrust(request, m_extraCa);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    if (!m_refreshCookie.isEmpty())
        request.setRawHeader("Cookie", QByteArray(refreshCookieName) + '=' + m_refreshCookie.toLatin1());
    const QJsonObject object{{QStringLiteral("username"), m_username},
                             {QStringLiteral("refreshToken"), m_refreshToken},
                             {QStringLiteral("connectionType"), QStringLiteral("unknown")}};
    *body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return request;
}

void ApiClient::refresh()
{
    QByteArray body;
    const QNetworkRequest request = refreshRequest(&body);
    ++m_requestsSent;
    QNetworkReply *reply = m_network->put(request, body);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            renewalFailed(networkFailureKind(reply->error()));
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        if (status != 200 || object.value(QLatin1String("authToken")).toString().isEmpty()) {
            // The refresh session is gone (expired, revoked, reused): log in again silently.
            m_refreshToken.clear();
            m_refreshCookie.clear();
            relogin();
            return;
        }
        takeTokens(object, reply, [this] { renewalSucceeded(); });
    });
}

void ApiClient::takeTokens(const QJsonObject &object, QNetworkReply *reply, std::function<void()> then)
{
    m_accessToken = object.value(QLatin1String("authToken")).toString();
    m_accessTokenExpires = json::date(object.value(QLatin1String("expiration")));
    if (!m_accessTokenExpires.isValid())
        m_accessTokenExpires = QDateTime::currentDateTimeUtc().addSecs(15 * 60);
    if (const QString cookie = refreshCookieFrom(reply); !cookie.isEmpty())
        m_refreshCookie = cookie;
    // App style rotates the body token; when absent, the old one stays valid (reference §2.3).
    keepRefreshToken(object.value(QLatin1String("refreshToken")).toString(), std::move(then));
}

void ApiClient::keepRefreshToken(const QString &token, std::function<void()> then)
{
    if (token.isEmpty() || token == m_refreshToken || !m_refreshTokenSaver) {
        if (!token.isEmpty() && token != m_refreshToken) {
            m_refreshToken = token;
            emit refreshTokenChanged(m_refreshToken);
        }
        then();
        return;
    }
    // The new token is written first; only then is the old one dropped and the new session
    // used. Calls that arrive meanwhile wait in m_waitingForSession (m_renewing stays true).
    const quint64 generation = m_generation;
    m_refreshTokenSaver(token, [self = QPointer<ApiClient>(this), generation, token, then = std::move(then)](bool saved) {
        if (!self || generation != self->m_generation)
            return;
        if (!saved)
            qWarning("nestje: the new refresh token could not be stored; the session lasts while the app runs");
        self->m_refreshToken = token;
        emit self->refreshTokenChanged(token);
        then();
    });
}

void ApiClient::logout(std::function<void(bool told)> done)
{
    const QString accessToken = accessTokenExpiresSoon() ? QString() : m_accessToken;
    const bool canRefresh = !m_refreshToken.isEmpty() || !m_refreshCookie.isEmpty();
    QByteArray body;
    QNetworkRequest refresh = refreshRequest(&body);
    refresh.setTransferTimeout(logoutTimeoutMs);
    abandonAll();
    m_accessToken.clear();
    m_accessTokenExpires = {};
    m_refreshToken.clear();
    m_refreshCookie.clear();
    // Without a usable access token: one refresh (not kept: the session is ending) to be
    // allowed to end it, so the portal does not keep a 30-day session alive for nobody.
    auto viaRefresh = [this, refresh, body, canRefresh, done] {
        if (!canRefresh) {
            done(false);
            return;
        }
        QNetworkReply *reply = m_network->put(refresh, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
            reply->deleteLater();
            const QString token = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("authToken")).toString();
            if (reply->error() != QNetworkReply::NoError || token.isEmpty()) {
                done(false);
                return;
            }
            sendLogout(token, done, {});
        });
    };
    if (accessToken.isEmpty())
        viaRefresh();
    else
        sendLogout(accessToken, std::move(done), viaRefresh); // refused (expired early): refresh
}

void ApiClient::sendLogout(const QString &accessToken, std::function<void(bool)> done, std::function<void()> whenRefused)
{
    QNetworkRequest request(portalEndpoint(m_portal, QStringLiteral("/auth-api/logout")));
    applyClientHeaders(request);
    applyExtraTrust(request, m_extraCa);
    request.setTransferTimeout(logoutTimeoutMs);
    request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->put(request, QByteArrayLiteral("{}"));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), whenRefused = std::move(whenRefused)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if ((status == 401 || status == 403) && whenRefused)
            whenRefused();
        else
            done(reply->error() == QNetworkReply::NoError);
    });
}

void ApiClient::relogin()
{
    if (!m_passwordProvider) {
        renewalFailed(ApiError::Kind::Unauthorized);
        return;
    }
    const quint64 generation = m_generation;
    m_passwordProvider([this, generation](const QString &password) {
        if (generation != m_generation)
            return;
        if (password.isEmpty()) {
            renewalFailed(ApiError::Kind::Unauthorized);
            return;
        }
        ++m_requestsSent;
        m_loginClient.login(m_portal, m_username, password);
    });
}

void ApiClient::renewalSucceeded()
{
    m_renewing = false;
    const QList<Pending> waiting = std::exchange(m_waitingForSession, {});
    for (const Pending &pending : waiting)
        dispatch(pending);
}

void ApiClient::renewalFailed(ApiError::Kind kind)
{
    m_renewing = false;
    const QList<Pending> waiting = std::exchange(m_waitingForSession, {});
    ApiResult result;
    result.error.kind = kind;
    for (const Pending &pending : waiting)
        finish(pending, result);
    if (kind == ApiError::Kind::Unauthorized)
        emit authenticationRequired();
}

} // namespace nestje
