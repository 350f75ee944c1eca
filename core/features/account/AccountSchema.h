// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Migrations.h"

namespace nestje {

// The tables of Overig: children, the parent's details and change request, child details,
// permissions, credits, documents, observations and notification settings.
FeatureSchema accountSchema();

} // namespace nestje
