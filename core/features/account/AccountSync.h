// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/FeatureSync.h"

namespace nestje {

// The family's children (reference §5.P2): names on every card, so it runs first.
class ChildrenSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("children"); }
    int phase() const override { return 0; }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;
};

// Tegoeden (Nestje extension): each child's credits.
class CreditsSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("credits"); }
    QString module() const override { return QStringLiteral("credits"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;
};

// Facturen, jaaropgaven and documents (reference §5.P13), year by year like the portal's
// backup tool: back until a year has none of the three kinds.
class DocumentsSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("documents"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;

private:
    void fetch(SyncRun &run, int year, int emptyTypesInYear, int typeIndex, int oldestYear);
};

// Which notifications the parent wants (Nestje extension), so the app announces only those.
class NotificationSettingsSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("notificationSettings"); }
    QString module() const override { return QStringLiteral("notificationSettings"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;
};

} // namespace nestje
