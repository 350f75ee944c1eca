// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QList>

namespace nestje::server::schema {

// Migration i (0-based) brings the database from version i to version i + 1. Never edit a
// released migration; append a new one.
const QList<QStringList> &migrations();

} // namespace nestje::server::schema
