// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/FeatureSync.h"

namespace nestje {

// The unread counters (observed route): every sync starts with them; they drive the badges
// and tell messages and news whether anything changed.
class CountersSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("counters"); }
    int phase() const override { return 0; }
    bool isDue(const SyncContext &) const override { return true; }
    void start(SyncRun &run) override;
};

// The organisation's modules and rules (Nestje extension): what to hide before anything else
// is fetched. Refreshed every six hours; a real portal answers 404 and every module counts as on.
class CapabilitiesSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("capabilities"); }
    int phase() const override { return 0; }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;
};

} // namespace nestje
