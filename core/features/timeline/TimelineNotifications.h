// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/NotificationFeed.h"

namespace nestje {

class Database;

// Cards of the last two days: photo cards, and diary entries by the staff (what the parent
// wrote needs no notification).
QList<NewItem> timelineNotifications(Database &db);

} // namespace nestje
