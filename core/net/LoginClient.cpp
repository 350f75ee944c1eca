// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/LoginClient.h"

#include "net/JsonValues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace nestje {

namespace {
const QByteArray jsonType = QByteArrayLiteral("application/json");

LoginError errorOf(LoginError::Kind kind, QString detail = {})
{
    LoginError error;
    error.kind = kind;
    error.detail = std::move(detail);
    return error;
}

LoginError networkError(const QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return errorOf(LoginError::Kind::TlsUntrusted, reply->errorString());
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return errorOf(LoginError::Kind::Unreachable, reply->errorString());
    default:
        return errorOf(LoginError::Kind::NotAKonnectPortal, reply->errorString());
    }
}
} // namespace

void applyClientHeaders(QNetworkRequest &request)
{
    request.setRawHeader("Accept", jsonType);
    request.setRawHeader("X-Client-Name", QByteArrayLiteral("Nestje"));
    request.setRawHeader("X-Client-Version", QByteArrayLiteral(NESTJE_VERSION));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Nestje/" NESTJE_VERSION " (Qt)"));
    request.setTransferTimeout(LoginClient::timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
}

void applyExtraTrust(QNetworkRequest &request, const QList<QSslCertificate> &extraCa)
{
    if (extraCa.isEmpty())
        return;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(extraCa);
    request.setSslConfiguration(configuration);
}

QUrl portalEndpoint(const QUrl &portal, const QString &pathAndQuery)
{
    QUrl url = portal;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(base + pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    return url;
}

LoginClient::LoginClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

void LoginClient::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void LoginClient::login(const QUrl &portal, const QString &username, const QString &password)
{
    cancel();
    QNetworkRequest request(portalEndpoint(portal, QStringLiteral("/auth-api/login")));
    applyClientHeaders(request);
    applyExtraTrust(request, m_extraCa);
    request.setHeader(QNetworkRequest::ContentTypeHeader, jsonType);
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("childMinder"), false}};
    m_reply = m_network->put(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, portal, username] {
        reply->deleteLater();
        handleLoginReply(reply, portal, username);
    });
}

void LoginClient::handleLoginReply(QNetworkReply *reply, const QUrl &portal, const QString &username)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        emit failed(networkError(reply));
        return;
    }
    if (status == 400 || status == 401 || status == 403) {
        // Wrong password, or the account is locked: the captcha route tells which.
        checkLockout(portal);
        return;
    }
    if (status >= 500) {
        emit failed(errorOf(LoginError::Kind::ServerError, QStringLiteral("HTTP %1").arg(status)));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    if (status != 200 || !document.isObject()) {
        emit failed(errorOf(LoginError::Kind::NotAKonnectPortal,
                            QStringLiteral("HTTP %1, %2").arg(status).arg(parseError.errorString())));
        return;
    }
    QJsonObject object = document.object();
    // Some portals refuse a login inside an envelope with HTTP 200.
    if (object.contains(QLatin1String("result")) && object.contains(QLatin1String("payload"))) {
        if (!object.value(QLatin1String("result")).toBool()) {
            checkLockout(portal);
            return;
        }
        object = object.value(QLatin1String("payload")).toObject();
    }
    const QString token = object.value(QLatin1String("authToken")).toString();
    if (token.isEmpty()) {
        emit failed(errorOf(LoginError::Kind::NotAKonnectPortal, QStringLiteral("no authToken")));
        return;
    }
    if (object.value(QLatin1String("mustResetPassword")).toBool()) {
        emit failed(errorOf(LoginError::Kind::MustResetPassword));
        return;
    }
    const QString redirect = object.value(QLatin1String("redirectUrl")).toString();
    if (!redirect.isEmpty() && !redirect.startsWith(QLatin1String("/parent"))) {
        emit failed(errorOf(LoginError::Kind::NotAParent, redirect));
        return;
    }
    LoginSession session;
    session.portal = portal;
    session.username = username;
    session.accessToken = token;
    session.accessTokenExpires = json::date(object.value(QLatin1String("expiration")));
    if (!session.accessTokenExpires.isValid())
        session.accessTokenExpires = QDateTime::currentDateTimeUtc().addSecs(15 * 60);
    session.refreshToken = object.value(QLatin1String("refreshToken")).toString();
    session.domainServerName = object.value(QLatin1String("domainServerName")).toString();
    emit succeeded(session);
}

void LoginClient::checkLockout(const QUrl &portal)
{
    QNetworkRequest request(portalEndpoint(portal, QStringLiteral("/auth-api/captcha")));
    applyClientHeaders(request);
    applyExtraTrust(request, m_extraCa);
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject payload = QJsonDocument::fromJson(reply->readAll())
                                        .object()
                                        .value(QLatin1String("payload"))
                                        .toObject();
        const QDateTime blockedUntil = json::date(payload.value(QLatin1String("blockedUntil")));
        if (blockedUntil.isValid() && blockedUntil > QDateTime::currentDateTimeUtc()) {
            LoginError error = errorOf(LoginError::Kind::Locked);
            error.blockedUntil = blockedUntil;
            emit failed(error);
            return;
        }
        emit failed(errorOf(LoginError::Kind::WrongCredentials));
    });
}

} // namespace nestje
