#include "api/ApiClient.h"

#include "api/JsonValues.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QNetworkReply>

namespace nestje {

namespace {
constexpr char refreshCookieName[] = "__Host-refresh_token";

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

ApiClient::ApiClient(QNetworkAccessManager *network, const QUrl &portal, const QString &username,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_portal(portal)
    , m_username(username)
    , m_loginClient(network)
{
    connect(&m_loginClient, &LoginClient::succeeded, this, [this](const LoginSession &session) {
        setSession(session);
        renewalSucceeded();
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
    Pending pending{call, context, context != nullptr, std::move(done), false};
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
    QNetworkReply *reply = file ? m_network->sendCustomRequest(request, pending.call.method, file)
                                : m_network->sendCustomRequest(request, pending.call.method, body);
    if (file)
        file->setParent(reply);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation, pending]() mutable {
        reply->deleteLater();
        if (generation != m_generation)
            return; // the account was switched or removed meanwhile
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
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
        finish(pending, interpretReply({status, reply->readAll(), pending.call.extension,
                                        pending.call.binary}));
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

void ApiClient::refresh()
{
    QNetworkRequest request(portalEndpoint(m_portal, QStringLiteral("/auth-api/token")));
    applyClientHeaders(request);
    applyExtraTrust(request, m_extraCa);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    if (!m_refreshCookie.isEmpty())
        request.setRawHeader("Cookie", QByteArray(refreshCookieName) + '=' + m_refreshCookie.toLatin1());
    const QJsonObject body{{QStringLiteral("username"), m_username},
                           {QStringLiteral("refreshToken"), m_refreshToken},
                           {QStringLiteral("connectionType"), QStringLiteral("unknown")}};
    ++m_requestsSent;
    QNetworkReply *reply = m_network->put(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
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
        takeTokens(object, reply);
        renewalSucceeded();
    });
}

void ApiClient::takeTokens(const QJsonObject &object, QNetworkReply *reply)
{
    m_accessToken = object.value(QLatin1String("authToken")).toString();
    m_accessTokenExpires = json::date(object.value(QLatin1String("expiration")));
    if (!m_accessTokenExpires.isValid())
        m_accessTokenExpires = QDateTime::currentDateTimeUtc().addSecs(15 * 60);
    if (const QString cookie = refreshCookieFrom(reply); !cookie.isEmpty())
        m_refreshCookie = cookie;
    // App style rotates the body token; when absent, the old one stays valid (reference §2.3).
    const QString rotated = object.value(QLatin1String("refreshToken")).toString();
    if (!rotated.isEmpty() && rotated != m_refreshToken) {
        m_refreshToken = rotated;
        emit refreshTokenChanged(m_refreshToken);
    }
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
