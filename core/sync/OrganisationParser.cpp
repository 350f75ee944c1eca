// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/OrganisationParser.h"

#include <QJsonObject>

namespace nestje {

Counters parseCounters(const QJsonValue &payload)
{
    const QJsonObject counts = payload.toObject();
    const QJsonValue lastMessage = counts.value(QLatin1String("lastMessageId"));
    return {counts.value(QLatin1String("nrOfNewMessages")).toInt(),
            counts.value(QLatin1String("nrOfNewNewsItems")).toInt(),
            counts.value(QLatin1String("nrOfNewNewsletters")).toInt(),
            lastMessage.isDouble() ? QString::number(lastMessage.toInteger())
                                   : lastMessage.toString()};
}

Capabilities parseCapabilities(const QJsonValue &payload)
{
    return Capabilities::parse(payload.toObject());
}

} // namespace nestje
