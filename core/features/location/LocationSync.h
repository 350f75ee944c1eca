// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/FeatureSync.h"

#include <QStringList>

namespace nestje {

// Nieuws (reference §5.P8): the list, then the body of each item not fetched before. Due when
// the unread counter moved, and every six hours.
class NewsSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("news"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;

private:
    void fetchBodies(SyncRun &run, QStringList ids);
};

// Nieuwsbrieven: the list page by page, then the HTML of each newsletter not fetched before.
class NewslettersSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("newsletters"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;

private:
    void fetchPage(SyncRun &run, int index);
    void fetchHtml(SyncRun &run, QStringList ids);
};

// Informatiepagina's (Nestje extension) and their bodies.
class PagesSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("pages"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;

private:
    void fetchBodies(SyncRun &run, QStringList ids);
};

// Ons team (Nestje extension).
class TeamSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("team"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;
};

} // namespace nestje
