// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/PortalAddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace nestje {

namespace {
// A tenant name is a single DNS label: "kindencoludens", "de-eerste-stap".
bool isDnsLabel(const QString &text)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    return label.match(text).hasMatch();
}

bool isHostName(const QString &text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    const QStringList labels = text.split(QLatin1Char('.'));
    return std::all_of(labels.begin(), labels.end(), isDnsLabel);
}

// The portal's SPA lives under /parent/; a pasted browser address must still work.
QString stripWebAppPath(QString path)
{
    static const QRegularExpression webApp(QStringLiteral("/(parent|auth)(/.*)?$"));
    path.remove(webApp);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}
} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

PortalAddress PortalAddress::fromUserInput(const QString &input)
{
    PortalAddress result;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return result;
    result.m_problem = Problem::Invalid;

    const QString lower = text.toLower();
    QUrl url;
    if (lower.startsWith(QLatin1String("http://")) || lower.startsWith(QLatin1String("https://"))) {
        url = QUrl(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()
            || url.hasQuery())
            return result;
        const bool ipAddress = !QHostAddress(url.host()).isNull();
        if (!ipAddress && !isHostName(url.host()))
            return result;
        if (url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host())) {
            result.m_problem = Problem::InsecureRemote;
            return result;
        }
        url.setFragment(QString());
        url.setPath(stripWebAppPath(url.path()));
    } else if (isDnsLabel(lower)) {
        url.setScheme(QStringLiteral("https"));
        url.setHost(lower + QLatin1Char('.') + QLatin1String(defaultDomain));
    } else {
        QString host = lower;
        QString path;
        if (const qsizetype slash = host.indexOf(QLatin1Char('/')); slash >= 0) {
            path = stripWebAppPath(host.mid(slash));
            host.truncate(slash);
        }
        if (!isHostName(host))
            return result;
        url.setScheme(QStringLiteral("https"));
        url.setHost(host);
        url.setPath(path);
    }
    result.m_url = url;
    result.m_problem = Problem::None;
    return result;
}

QString PortalAddress::problemText() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("PortalAddress", "Enter the name or address of your portal.");
    case Problem::Invalid:
        return QCoreApplication::translate(
            "PortalAddress",
            "This is not a portal address. Enter for example \"naam\" or \"naam.ouderportaal.nl\".");
    case Problem::InsecureRemote:
        return QCoreApplication::translate(
            "PortalAddress", "Use https:// for a portal on another computer; http:// only works for a "
                             "portal on this computer.");
    }
    return {};
}

} // namespace nestje
