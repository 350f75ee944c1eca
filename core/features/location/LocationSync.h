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
};

// Nieuwsbrieven: the list page by page, then the HTML of each newsletter not fetched before.
class NewslettersSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("newsletters"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;

private:
    // `offset`: how many newsletters came before (the route's `index` is an item offset).
    void fetchPage(SyncRun &run, int offset, QStringList seen);
    void fetchHtml(SyncRun &run, const QStringList &ids);
};

// Informatiepagina's (Nestje extension) and their bodies.
class PagesSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("pages"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;
};

// Contact: the organisation's address, phone, e-mail and locations (P2 customer/info).
class ContactSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("contact"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;
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
