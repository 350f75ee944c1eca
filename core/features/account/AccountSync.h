// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/FeatureSync.h"

#include <QStringList>

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

// The parent's own details (P1).
class ParentSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("parent"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;
};

// The pending change of the parent's details (Nestje extension X36); asked more often than the
// details themselves so that staff's processing shows soon.
class ChangeRequestSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("changeRequest"); }
    QString module() const override { return QStringLiteral("personalDetails"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;
};

// Something asked once per child (a few children at a time, SyncRun::getEach).
class PerChildSync : public FeatureSync
{
public:
    void start(SyncRun &run) override;

protected:
    virtual QString path(const QString &childId) const = 0;
    virtual bool store(SyncRun &run, const QString &childId, const QJsonValue &payload) const = 0;

private:
    void fetch(SyncRun &run, const QStringList &childIds);
};

// Each child's mentor and placements (Nestje extension X29).
class ChildDetailsSync : public PerChildSync
{
public:
    QString name() const override { return QStringLiteral("childDetails"); }
    bool isDue(const SyncContext &context) const override;

protected:
    QString path(const QString &childId) const override;
    bool store(SyncRun &run, const QString &childId, const QJsonValue &payload) const override;
};

// Each child's permissions and declarations (Nestje extension X30).
class PermissionsSync : public PerChildSync
{
public:
    QString name() const override { return QStringLiteral("permissions"); }
    QString module() const override { return QStringLiteral("permissions"); }
    bool isDue(const SyncContext &context) const override;

protected:
    QString path(const QString &childId) const override;
    bool store(SyncRun &run, const QString &childId, const QJsonValue &payload) const override;
};

// Each child's observation forms (Nestje extension X32), where the organisation tracks children.
class ObservationsSync : public PerChildSync
{
public:
    QString name() const override { return QStringLiteral("observations"); }
    QString module() const override { return QStringLiteral("observations"); }
    bool isDue(const SyncContext &context) const override;

protected:
    QString path(const QString &childId) const override;
    bool store(SyncRun &run, const QString &childId, const QJsonValue &payload) const override;
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
