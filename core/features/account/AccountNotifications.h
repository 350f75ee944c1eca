// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/NotificationFeed.h"

namespace nestje {

// Credit that expires within four weeks: one notification per credit and validity date
// (kind "credits", id "<creditId>:<validUntil>"). The app opens Overig's credits for it.
QList<NewItem> accountNotifications(Database &db);

constexpr qint64 creditWarningMs = 28LL * 24 * 3600 * 1000;

} // namespace nestje
