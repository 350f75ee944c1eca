// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/PublicAddress.h"

#include <QUrl>

namespace nestje::server {

static const QString orgPlaceholder = QStringLiteral("{org}");

void PublicAddress::configure(const QString &publicUrlTemplate, bool tls)
{
    m_template = publicUrlTemplate;
    while (m_template.endsWith(QLatin1Char('/')))
        m_template.chop(1);
    m_tls = tls;
    m_baseUrls.clear();
    m_hostSuffix.clear();
    if (m_template.contains(orgPlaceholder)) {
        const QUrl url(QString(m_template).replace(orgPlaceholder, QStringLiteral("x")));
        m_hostSuffix = url.host().mid(1); // "x.ouderportaal.nl" -> ".ouderportaal.nl"
    }
}

void PublicAddress::setListening(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = port;
    m_baseUrls.clear();
}

QString PublicAddress::baseUrl(const QString &slug) const
{
    auto it = m_baseUrls.constFind(slug);
    if (it == m_baseUrls.constEnd())
        it = m_baseUrls.insert(slug, computeBaseUrl(slug));
    return *it;
}

QString PublicAddress::computeBaseUrl(const QString &slug) const
{
    if (m_template.contains(orgPlaceholder))
        return QString(m_template).replace(orgPlaceholder, slug);
    if (!m_template.isEmpty())
        return m_template + QLatin1Char('/') + slug;
    // Listening on "any" is not an address a client can use; loopback is always there.
    QHostAddress host = m_address;
    if (host.isNull() || host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + slug);
    return url.toString();
}

QString PublicAddress::domainServerName(const QString &slug) const
{
    if (!m_hostSuffix.isEmpty())
        return slug + m_hostSuffix;
    return slug;
}

void PublicAddress::resolve(const QByteArray &hostHeader, const QString &path, QString *slug,
                            QString *rest, bool *byHost) const
{
    *byHost = false;
    if (!m_hostSuffix.isEmpty()) {
        QString host = QString::fromLatin1(hostHeader).toLower();
        const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && !host.endsWith(QLatin1Char(']')))
            host.truncate(colon);
        if (host.endsWith(m_hostSuffix) && host.size() > m_hostSuffix.size()) {
            *slug = host.left(host.size() - m_hostSuffix.size());
            *rest = path;
            *byHost = true;
            return;
        }
    }
    const qsizetype start = path.startsWith(QLatin1Char('/')) ? 1 : 0;
    const qsizetype slash = path.indexOf(QLatin1Char('/'), start);
    *slug = path.mid(start, slash < 0 ? -1 : slash - start);
    *rest = slash < 0 ? QString() : path.mid(slash);
}

} // namespace nestje::server
