// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/NotificationFeed.h"

namespace nestje {

class Database;

// Messages from the organisation that the parent has not read; a thread's newest message date
// makes each reply a new item.
QList<NewItem> messageNotifications(Database &db);

} // namespace nestje
