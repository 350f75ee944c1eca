// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nestje {

// Where a notification leads: the tab (TabModel key) and the deep link inside it.
struct NotificationLink
{
    QString tab;
    QString target;
};

// The one table from a notification's item (NewItem kind and id, see the features'
// notification sources) to the page that shows it. An unknown kind leads to no tab (the
// window is still raised); a known kind with an id it cannot read leads to the tab.
NotificationLink notificationLink(const QString &kind, const QString &id);

} // namespace nestje
