// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/FeatureSync.h"

#include <QDate>

namespace nestje {

// The planned, absent and tentative day parts per child (reference §5.P12), from three months
// back to a year ahead, in windows of about three months like the portal's own clients.
class PlanningSync : public FeatureSync
{
public:
    static constexpr int monthsBack = 3;
    static constexpr int monthsAhead = 12;

    QString name() const override { return QStringLiteral("planning"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;

private:
    void fetchWindow(SyncRun &run, const QDate &from, const QDate &until);
};

// The organisation's closing days and school holidays (X29, a Nestje extension: a portal
// without it keeps the calendar without them), from a month back to a year ahead.
class ClosuresSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("closures"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;
};

// The requests overview (Nestje extension): extra days, swaps and absences with their status.
class RequestsSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("requests"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;
};

} // namespace nestje
