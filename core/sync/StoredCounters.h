// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/FeatureSync.h"

namespace nestje {

class SyncState;

// Counters kept in the sync state under `prefix`: the portal's latest ones ("counters/"), and
// per feature the ones it last synced against, so a sync cut short (the app killed after the
// counters came, before a feature fetched what they announced) does not count as caught up.
Counters loadCounters(const SyncState &state, const QString &prefix);
bool saveCounters(SyncState &state, const QString &prefix, const Counters &counters);

} // namespace nestje
