#pragma once

#include "api/Envelope.h"
#include "api/LoginClient.h"

#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>

namespace nestje {

struct ApiCall
{
    QByteArray method = "GET";
    QString path;                // e.g. "/restservices-parent/children/"
    QJsonValue body = QJsonValue::Undefined; // sent as JSON when defined
    QByteArray idempotencyKey;   // for writes; the server answers a retry with the first answer
    bool extension = false;      // Nestje extension route (404/405 = not offered)
    bool binary = false;         // keep the body as bytes
    QString bodyFile;            // send this file's bytes as the body instead (uploads)
    QByteArray contentType;      // of bodyFile, e.g. "image/jpeg"
};

using ApiCallback = std::function<void(const ApiResult &)>;

// One account's connection to its portal: Bearer auth, refresh once on 401 and retry, silent
// re-login with the keychain password when the refresh fails, and only then "log in again".
class ApiClient : public QObject
{
    Q_OBJECT
public:
    // Asks for the stored password (from the keychain) and answers through the callback;
    // an empty password means "none stored".
    using PasswordProvider = std::function<void(std::function<void(const QString &)>)>;

    ApiClient(QNetworkAccessManager *network, const QUrl &portal, const QString &username,
              QObject *parent = nullptr);

    void setSession(const LoginSession &session);
    void setRefreshToken(const QString &refreshToken);
    void setPasswordProvider(PasswordProvider provider) { m_passwordProvider = std::move(provider); }
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);

    QUrl portal() const { return m_portal; }
    QString username() const { return m_username; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }

    // Sends `call`; `done` runs on this thread unless `context` is destroyed first.
    void send(const ApiCall &call, QObject *context, ApiCallback done);
    // Drops every pending call without invoking its callback (account switched or removed).
    void abandonAll();

    int requestsSent() const { return m_requestsSent; }
    void resetRequestCount() { m_requestsSent = 0; }

signals:
    // The rotated refresh token, to be kept in the keychain.
    void refreshTokenChanged(const QString &refreshToken);
    // Refresh and silent re-login both failed: the user must log in again.
    void authenticationRequired();

private:
    struct Pending
    {
        ApiCall call;
        QPointer<QObject> context;
        bool hasContext = false;
        ApiCallback done;
        bool retried = false;
    };

    void dispatch(Pending pending);
    void finish(const Pending &pending, const ApiResult &result);
    void renewSession(Pending pending);
    void refresh();
    void relogin();
    void renewalSucceeded();
    void renewalFailed(ApiError::Kind kind);
    void takeTokens(const QJsonObject &object, QNetworkReply *reply);
    bool accessTokenExpiresSoon() const;

    QNetworkAccessManager *m_network;
    QUrl m_portal;
    QString m_username;
    QString m_accessToken;
    QDateTime m_accessTokenExpires;
    QString m_refreshToken;
    QString m_refreshCookie;
    QList<QSslCertificate> m_extraCa;
    PasswordProvider m_passwordProvider;
    LoginClient m_loginClient;
    QList<Pending> m_waitingForSession;
    bool m_renewing = false;
    quint64 m_generation = 0; // bumped by abandonAll(); late answers of older generations drop
    int m_requestsSent = 0;
};

} // namespace nestje
