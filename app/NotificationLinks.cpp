// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationLinks.h"

namespace nestje {

NotificationLink notificationLink(const QString &kind, const QString &id)
{
    if (kind == QLatin1String("messages")) // "<thread>@<date of its newest message>"
        return {QStringLiteral("berichten"), id.isEmpty() ? QString() : QStringLiteral("thread/") + id.section(QLatin1Char('@'), 0, 0)};
    if (kind == QLatin1String("news"))
        return {QStringLiteral("locatie"), id.isEmpty() ? QString() : QStringLiteral("news/") + id};
    if (kind == QLatin1String("newsletters"))
        return {QStringLiteral("locatie"), id.isEmpty() ? QString() : QStringLiteral("newsletter/") + id};
    if (kind == QLatin1String("photos") || kind == QLatin1String("journal")) // a card's key
        return {QStringLiteral("mijnkind"), id.isEmpty() ? QString() : QStringLiteral("entry/") + id};
    if (kind == QLatin1String("planning")) // "<request>:<status>"
        return {QStringLiteral("agenda"), id.isEmpty() ? QString() : QStringLiteral("request/") + id.section(QLatin1Char(':'), 0, 0)};
    if (kind == QLatin1String("archive")) // "<child>:<last day of care>": Alles bewaren for that child
        return {QStringLiteral("overig"), QStringLiteral("archive/") + id.section(QLatin1Char(':'), 0, 0)};
    if (kind == QLatin1String("credits"))
        return {QStringLiteral("overig"), QStringLiteral("credits")};
    return {};
}

} // namespace nestje
