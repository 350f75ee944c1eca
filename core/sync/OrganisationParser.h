// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/Capabilities.h"
#include "sync/FeatureSync.h"

#include <QJsonValue>

namespace nestje {

// The unread counters of notification/notifications (nrOfNewMessages, nrOfNewNewsItems,
// nrOfNewNewsletters; absent fields count as 0) and Nestje's message mark (lastMessageId).
Counters parseCounters(const QJsonValue &payload);
// The answer of nestje/capabilities.
Capabilities parseCapabilities(const QJsonValue &payload);

} // namespace nestje
