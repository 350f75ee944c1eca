// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/NotificationFeed.h"

namespace nestje {

class Database;

// A decision on a request (approved, rejected, expired) is news once per request and status:
// kind "planning", id "<request id>:<status>" (the app opens "agenda" at "request/<id>").
// An absence is registered at once by the parent: not news.
QList<NewItem> agendaNotifications(Database &db);

} // namespace nestje
