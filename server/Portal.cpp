// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Portal.h"

namespace nestje::server {

void Portal::loadOrganisations()
{
    organisations.clear();
    QSqlQuery &q = db.run(QStringLiteral("SELECT id, slug, name, kind FROM organisations"));
    while (q.next()) {
        Organisation org{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString()};
        organisations.insert(org.slug, org);
    }
    q.finish();
}

QString Portal::mediaUrl(const Organisation &org, const QString &fileName)
{
    const QString path = QStringLiteral("/media/") + fileName;
    return address.baseUrl(org.slug) + path + QLatin1Char('?') + signer.signedQuery(org.slug, path);
}

QJsonObject Portal::mediaUrls(const Organisation &org, const QString &mediaId, const QString &fullExtension)
{
    return {{QStringLiteral("fullSizeUrl"), mediaUrl(org, mediaId + QLatin1Char('.') + fullExtension)},
            {QStringLiteral("mediumUrl"), mediaUrl(org, mediaId + QStringLiteral("-medium.jpeg"))},
            {QStringLiteral("thumbUrl"), mediaUrl(org, mediaId + QStringLiteral("-thumb.jpeg"))}};
}

} // namespace nestje::server
