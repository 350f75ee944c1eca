// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/NotificationFeed.h"

namespace nestje {

class Database;

// News items and newsletters the parent has not read.
QList<NewItem> locationNotifications(Database &db);

} // namespace nestje
