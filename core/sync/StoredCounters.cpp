// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/StoredCounters.h"

#include "db/SyncState.h"

namespace nestje {

Counters loadCounters(const SyncState &state, const QString &prefix)
{
    return {state.value(prefix + QLatin1String("messages")).toInt(),
            state.value(prefix + QLatin1String("news")).toInt(),
            state.value(prefix + QLatin1String("newsletters")).toInt(),
            state.value(prefix + QLatin1String("messagesMark"))};
}

bool saveCounters(SyncState &state, const QString &prefix, const Counters &counters)
{
    return state.setValue(prefix + QLatin1String("messages"), QString::number(counters.messages))
           && state.setValue(prefix + QLatin1String("news"), QString::number(counters.news))
           && state.setValue(prefix + QLatin1String("newsletters"), QString::number(counters.newsletters))
           && state.setValue(prefix + QLatin1String("messagesMark"), counters.messagesMark);
}

} // namespace nestje
