// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ReferenceServer.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace nestje::server::testing {

// One HTTP exchange as the tests see it.
struct Response
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QByteArray cookie(const QByteArray &name) const; // from Set-Cookie
};

// A real ReferenceServer on a loopback port with a light demo seed in a temporary data dir,
// plus a tiny synchronous HTTP client. Time is the system clock plus `advance()`.
class ServerFixture
{
public:
    struct Options
    {
        QString publicUrl;
        QString tlsCertificateFile;
        QString tlsKeyFile;
        HttpLimits limits = {};
    };
    ServerFixture();
    explicit ServerFixture(const Options &options);
    ~ServerFixture();

    bool start(QString *error);
    void advance(qint64 ms) { m_offsetMs += ms; }

    QUrl portal(const QString &slug = QStringLiteral("deboomhut")) const;
    QString dataDir() const { return m_dir.path(); }
    quint16 port() const { return m_port; }

    Response request(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                     const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Response get(const QUrl &url, const QByteArray &token = {});
    Response put(const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {});

    // PUT /auth-api/login; returns the bare object (empty on failure).
    QJsonObject login(const QString &slug = QStringLiteral("deboomhut"), const QString &user = QStringLiteral("ouder@example.nl"),
                      const QString &password = QStringLiteral("nestje-demo"), bool appStyle = false);
    QByteArray token(const QString &slug = QStringLiteral("deboomhut"), const QString &user = QStringLiteral("ouder@example.nl"));
    // GET on `<portal>/restservices-parent/<path>` with a Bearer token.
    Response parentGet(const QString &path, const QByteArray &token, const QString &slug = QStringLiteral("deboomhut"));

    // PUT on `<portal>/restservices-parent/<path>` with a Bearer token and, when given, an
    // Idempotency-Key. `body` is JSON unless `contentType` says otherwise.
    Response parentPut(const QString &path, const QByteArray &token, const QByteArray &body = {},
                       const QByteArray &idempotencyKey = {}, const QString &slug = QStringLiteral("deboomhut"),
                       const QByteArray &contentType = QByteArrayLiteral("application/json"));
    Response parentPut(const QString &path, const QByteArray &token, const QJsonObject &body,
                       const QByteArray &idempotencyKey = {}, const QString &slug = QStringLiteral("deboomhut"))
    {
        return parentPut(path, token, QJsonDocument(body).toJson(QJsonDocument::Compact), idempotencyKey, slug);
    }

    QNetworkAccessManager &network() { return m_network; }
    ReferenceServer &server() { return *m_server; }
    qint64 now() const;

private:
    Options m_options;
    QTemporaryDir m_dir;
    qint64 m_offsetMs = 0;
    quint16 m_port = 0;
    std::unique_ptr<ReferenceServer> m_server;
    QNetworkAccessManager m_network;
};

} // namespace nestje::server::testing
