// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nestje {

// The kinds of news a parent can get notified about, named as in the notification settings
// of the portal (berichten, nieuws, nieuwsbrieven, foto's, dagboek, agenda en aanvragen).
inline QStringList notificationKinds()
{
    return {QStringLiteral("messages"), QStringLiteral("news"),    QStringLiteral("newsletters"),
            QStringLiteral("photos"),   QStringLiteral("journal"), QStringLiteral("planning")};
}

} // namespace nestje
