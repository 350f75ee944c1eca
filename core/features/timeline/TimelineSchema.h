// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Migrations.h"

namespace nestje {

// Mijn kind's own steps on top of its tables from the shared steps (cards, photos, day_rhythm).
const FeatureSchema &timelineSchema();

} // namespace nestje
