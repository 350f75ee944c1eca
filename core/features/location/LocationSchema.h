// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Migrations.h"

namespace nestje {

// Mijn locatie's tables: news, newsletters, information pages, their bodies and attachments,
// the team and the organisation's contact details.
FeatureSchema locationSchema();

} // namespace nestje
