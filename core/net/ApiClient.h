// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Envelope.h"
#include "net/LoginClient.h"
#include "net/ReplyTimeouts.h"

#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

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
    // Downloads too large to hold (archive documents): the body of a 2xx answer goes here chunk
    // by chunk as it arrives, and the result's `raw` stays empty. Returning false stops the
    // download (the call then fails). The body of a refused attempt (a 401 before the retry, an
    // error status) never reaches it. Not called once `context` is gone. Always a GET.
    std::function<bool(const QByteArray &chunk)> sink;
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
    // Keeps a new refresh token (in the keychain) and answers whether it was kept. The client
    // holds on to the old token and sends nothing with the new session until the answer came:
    // the server has already retired the old token, so a crash before the write would cost the
    // session, and one after it must not.
    using RefreshTokenSaver = std::function<void(const QString &token, std::function<void(bool saved)> answer)>;
    void setRefreshTokenSaver(RefreshTokenSaver saver) { m_refreshTokenSaver = std::move(saver); }
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    // The portal's own CA (self-hosted portals), for other requests to it such as media.
    const QList<QSslCertificate> &extraCaCertificates() const { return m_extraCa; }

    QUrl portal() const { return m_portal; }
    QString username() const { return m_username; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }

    // Sends `call`; `done` runs on this thread unless `context` is destroyed first.
    void send(const ApiCall &call, QObject *context, ApiCallback done);
    // Drops every pending call without invoking its callback (account switched or removed).
    void abandonAll();
    // Tells the portal to end this session (PUT /auth-api/logout), refreshing first when the
    // access token has expired, then forgets every token. Best effort: `done(told)` runs within
    // about 3 x logoutTimeoutMs also when the portal is unreachable. Pending calls are dropped.
    void logout(std::function<void(bool told)> done);
    static constexpr int logoutTimeoutMs = 5000;

    // How long a call may go without a sign from the portal (ReplyTimeouts); 20 s, as a login.
    void setCallTimeout(int ms) { m_timeouts.setTimeout(ms); }

    int requestsSent() const { return m_requestsSent; }
    void resetRequestCount() { m_requestsSent = 0; }

signals:
    // The rotated refresh token, to be kept in the keychain.
    void refreshTokenChanged(const QString &refreshToken);
    // Refresh and silent re-login both failed: the user must log in again.
    void authenticationRequired();

private:
    struct Stream;
    struct Pending
    {
        ApiCall call;
        QPointer<QObject> context;
        bool hasContext = false;
        ApiCallback done;
        bool retried = false;
        std::shared_ptr<Stream> stream; // this attempt's, when the call has a sink
    };

    void dispatch(Pending pending);
    // Hands a 2xx body to the call's sink as it arrives (ApiCall::sink).
    void streamTo(QNetworkReply *reply, const Pending &pending);
    void finish(const Pending &pending, const ApiResult &result);
    void renewSession(Pending pending);
    void refresh();
    void relogin();
    void renewalSucceeded();
    void renewalFailed(ApiError::Kind kind);
    void takeTokens(const QJsonObject &object, QNetworkReply *reply, std::function<void()> then);
    void keepRefreshToken(const QString &token, std::function<void()> then);
    QNetworkRequest refreshRequest(QByteArray *body) const;
    void sendLogout(const QString &accessToken, std::function<void(bool)> done, std::function<void()> whenRefused);
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
    RefreshTokenSaver m_refreshTokenSaver;
    LoginClient m_loginClient;
    QList<Pending> m_waitingForSession;
    bool m_renewing = false;
    quint64 m_generation = 0; // bumped by abandonAll(); late answers of older generations drop
    int m_requestsSent = 0;
    ReplyTimeouts m_timeouts{LoginClient::timeoutMs};
};

} // namespace nestje
