// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

namespace nestje::server {

// How clients reach an organisation: by host name (`https://{org}.ouderportaal.nl`, when the
// public URL template has `{org}`) or by path prefix (`http://HOST:PORT/<slug>`, so loopback
// needs no DNS). Portal URLs, media links and domainServerName all follow the same form.
class PublicAddress
{
public:
    void configure(const QString &publicUrlTemplate, bool tls);
    void setListening(const QHostAddress &address, quint16 port);

    // Base URL of organisation `slug`, without trailing slash.
    QString baseUrl(const QString &slug) const;
    // What login answers in domainServerName: the tenant host in host mode, else the slug.
    QString domainServerName(const QString &slug) const;

    // Splits a request into organisation slug and the path below it. Host mode is tried first;
    // the path prefix always works too, so a host-mode server can still be tested on loopback.
    void resolve(const QByteArray &hostHeader, const QString &path, QString *slug, QString *rest,
                 bool *byHost) const;

private:
    QString computeBaseUrl(const QString &slug) const;

    mutable QHash<QString, QString> m_baseUrls; // media links need it dozens of times per page
    QString m_template;
    QString m_hostSuffix; // ".ouderportaal.nl" in host mode
    bool m_tls = false;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace nestje::server
