// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Migrations.h"

namespace nestje {

// The agenda's own tables: planned day parts, and requests with their children and bookings.
const FeatureSchema &agendaSchema();

} // namespace nestje
