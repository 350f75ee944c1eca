// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/ChildGroupsQuestion.h"

#include "features/messages/MessageParser.h"
#include "text/PortalTime.h"

#include <QUrl>
#include <QVariantList>

namespace nestje {

void ChildGroupsQuestion::ask(const QString &childId)
{
    ApiCall call;
    call.path = QStringLiteral("/restservices-parent/child/%1/details")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(childId)));
    PortalQuestion::ask(call, [](const QJsonValue &payload) -> QVariant {
        if (!payload.isObject())
            return {};
        QVariantList groups;
        for (const ChildGroup &g :
             parseChildGroups(payload, portaltime::startOfDay(portaltime::today())))
            groups << QVariantMap{{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name}};
        return groups;
    });
}

} // namespace nestje
