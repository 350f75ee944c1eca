// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerFixture.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkCookie>
#include <QNetworkRequest>
#include <QTimer>

namespace nestje::server::testing {

namespace {

// Tests handle cookies by hand, exactly like non-browser clients do (protocol §2.7.6).
class NoCookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
};

} // namespace

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &pair : headers)
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    return {};
}

QByteArray Response::cookie(const QByteArray &name) const
{
    // QNetworkReply joins several Set-Cookie headers with '\n'.
    for (const QByteArray &line : header(QByteArrayLiteral("Set-Cookie")).split('\n')) {
        const QByteArray first = line.split(';').first().trimmed();
        if (first.startsWith(name + '='))
            return first.mid(name.size() + 1);
    }
    return {};
}

ServerFixture::ServerFixture()
    : ServerFixture(Options{})
{
}

ServerFixture::ServerFixture(const Options &options)
    : m_options(options)
{
    m_network.setCookieJar(new NoCookieJar(&m_network));
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ServerFixture::~ServerFixture() = default;

bool ServerFixture::start(QString *error)
{
    ServerOptions options{m_dir.path(), m_options.publicUrl, m_options.tlsCertificateFile, m_options.tlsKeyFile,
                          [this] { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }, m_options.limits};
    m_server = std::make_unique<ReferenceServer>(options);
    if (!m_server->open(error))
        return false;
    // Light seed: two months, few distinct scenes, and a second family for authorisation tests.
    SeedOptions seed;
    seed.months = 2;
    seed.scenePool = 4;
    seed.secondFamily = true;
    if (!m_server->seedDemo(seed, error))
        return false;
    m_port = m_server->listen(QHostAddress::LocalHost, 0, error);
    return m_port != 0;
}

QUrl ServerFixture::portal(const QString &slug) const
{
    return m_server->portalUrl(slug);
}

Response ServerFixture::request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    if (!body.isEmpty() && !request.hasRawHeader(QByteArrayLiteral("Content-Type")))
        request.setRawHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return response;
}

Response ServerFixture::get(const QUrl &url, const QByteArray &token)
{
    QList<QPair<QByteArray, QByteArray>> headers{{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    if (!token.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token});
    return request(QByteArrayLiteral("GET"), url, {}, headers);
}

Response ServerFixture::put(const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return request(QByteArrayLiteral("PUT"), url, body, headers);
}

QJsonObject ServerFixture::login(const QString &slug, const QString &user, const QString &password, bool appStyle)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (appStyle)
        headers = {{QByteArrayLiteral("X-Client-Name"), QByteArrayLiteral("OuderApp")},
                   {QByteArrayLiteral("X-Client-Version"), QByteArrayLiteral("3.64.1")}};
    const QJsonObject body{{QStringLiteral("username"), user}, {QStringLiteral("password"), password},
                           {QStringLiteral("childMinder"), false}};
    const Response r = put(QUrl(portal(slug).toString() + QStringLiteral("/auth-api/login")),
                           QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    return r.status == 200 ? r.object() : QJsonObject();
}

QByteArray ServerFixture::token(const QString &slug, const QString &user)
{
    return login(slug, user).value(QLatin1String("authToken")).toString().toLatin1();
}

Response ServerFixture::parentGet(const QString &path, const QByteArray &token, const QString &slug)
{
    return get(QUrl(portal(slug).toString() + QStringLiteral("/restservices-parent/") + path), token);
}

} // namespace nestje::server::testing

namespace nestje::server::testing {

Response ServerFixture::parentPut(const QString &path, const QByteArray &token, const QByteArray &body,
                                  const QByteArray &idempotencyKey, const QString &slug, const QByteArray &contentType)
{
    QList<QPair<QByteArray, QByteArray>> headers{{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
                                                 {QByteArrayLiteral("Content-Type"), contentType}};
    if (!token.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token});
    if (!idempotencyKey.isEmpty())
        headers.append({QByteArrayLiteral("Idempotency-Key"), idempotencyKey});
    return request(QByteArrayLiteral("PUT"), QUrl(portal(slug).toString() + QStringLiteral("/restservices-parent/") + path), body,
                   headers);
}

qint64 ServerFixture::now() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

} // namespace nestje::server::testing
