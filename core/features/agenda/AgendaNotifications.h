// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/NotificationFeed.h"

namespace nestje {

class Database;

// A decision on a request (approved, rejected, expired) is news once per status.
QList<NewItem> agendaNotifications(Database &db);

} // namespace nestje
