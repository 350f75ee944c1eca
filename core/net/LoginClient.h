// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/LoginError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;
#include <QNetworkReply>

namespace nestje {

// What a successful PUT /auth-api/login gives us. Tokens stay in memory and the keychain only.
struct LoginSession
{
    QUrl portal;
    QString username;
    QString accessToken;
    QDateTime accessTokenExpires;
    QString refreshToken;
    QString domainServerName;
};

// Logs a parent in to a Konnect portal and explains failures precisely (see LoginError).
class LoginClient : public QObject
{
    Q_OBJECT
public:
    explicit LoginClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void login(const QUrl &portal, const QString &username, const QString &password);
    // For a self-hosted portal with its own certificate authority; TLS stays verified.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa = certificates; }
    void cancel();
    bool isBusy() const { return m_reply; }

    static constexpr int timeoutMs = 20000;

signals:
    void succeeded(const nestje::LoginSession &session);
    void failed(const nestje::LoginError &error);

private:
    void handleLoginReply(QNetworkReply *reply, const QUrl &portal, const QString &username);
    void checkLockout(const QUrl &portal);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QList<QSslCertificate> m_extraCa;
};

// Request headers every Konnect call from Nestje carries.
void applyClientHeaders(QNetworkRequest &request);
// Trusts `extraCa` in addition to the system's authorities for this request (never instead).
void applyExtraTrust(QNetworkRequest &request, const QList<QSslCertificate> &extraCa);
// The portal base (which may carry a path prefix, e.g. /deboomhut) plus "/route?query".
QUrl portalEndpoint(const QUrl &portal, const QString &pathAndQuery);

} // namespace nestje
