// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Migrations.h"

namespace nestje {

// Berichten's own tables (see db/Migrations.h), registered in features/Features.cpp.
FeatureSchema messagesSchema();

} // namespace nestje
