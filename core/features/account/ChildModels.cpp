// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/ChildModels.h"

#include "features/account/AccountStore.h"
#include "features/account/AccountText.h"

namespace nestje {

ChildListModel::ChildListModel(QObject *parent)
    : AccountListModel({QStringLiteral("children")}, {"childId", "firstName", "fullName", "active", "birthDate"}, parent)
{
}

QList<QVariantMap> ChildListModel::readRows(AccountStore &store) const
{
    QList<QVariantMap> rows;
    for (const ChildRecord &c : store.children())
        rows << QVariantMap{{QStringLiteral("key"), c.id},
                            {QStringLiteral("childId"), c.id},
                            {QStringLiteral("firstName"), c.firstName},
                            {QStringLiteral("fullName"), c.fullName},
                            {QStringLiteral("active"), c.active},
                            {QStringLiteral("birthDate"), accounttext::day(c.birthDate)}};
    return rows;
}

void ChildScopedModel::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    emit childIdChanged();
    refresh();
}

PlacementModel::PlacementModel(QObject *parent)
    : ChildScopedModel({QStringLiteral("childDetails")},
                       {"product", "careType", "group", "location", "flexible", "period"}, parent)
{
}

QList<QVariantMap> PlacementModel::readRows(AccountStore &store) const
{
    QList<QVariantMap> rows;
    const ChildDetailsRecord details = store.childDetails(childId());
    m_mentor = details.mentorName.isEmpty() || details.mentorRole.isEmpty()
                   ? details.mentorName
                   : tr("%1 (%2)").arg(details.mentorName, details.mentorRole);
    int i = 0;
    for (const PlacementRecord &p : details.placements) {
        const QString period = p.endDate ? tr("%1 until %2").arg(accounttext::day(p.startDate), accounttext::day(p.endDate))
                                         : tr("since %1").arg(accounttext::day(p.startDate));
        rows << QVariantMap{{QStringLiteral("key"), childId() + QLatin1Char('/') + QString::number(i++)},
                            {QStringLiteral("product"), p.product},
                            {QStringLiteral("careType"), p.careType},
                            {QStringLiteral("group"), p.group},
                            {QStringLiteral("location"), p.location},
                            {QStringLiteral("flexible"), p.flexible},
                            {QStringLiteral("period"), period}};
    }
    return rows;
}

PermissionModel::PermissionModel(QObject *parent)
    : ChildScopedModel({QStringLiteral("permissions")},
                       {"permissionId", "title", "description", "declaration", "granted", "filledIn", "changeable", "changed"},
                       parent)
{
}

QList<QVariantMap> PermissionModel::readRows(AccountStore &store) const
{
    QList<QVariantMap> rows;
    for (const PermissionRecord &p : store.permissions(childId()))
        rows << QVariantMap{{QStringLiteral("key"), p.id},
                            {QStringLiteral("permissionId"), p.id},
                            {QStringLiteral("title"), p.title},
                            {QStringLiteral("description"), p.description},
                            {QStringLiteral("declaration"), p.declaration},
                            {QStringLiteral("granted"), p.granted.value_or(false)},
                            {QStringLiteral("filledIn"), p.granted.has_value()},
                            {QStringLiteral("changeable"), p.changeable},
                            {QStringLiteral("changed"), p.changedDate ? tr("changed on %1").arg(accounttext::day(p.changedDate))
                                                                      : QString()}};
    return rows;
}

ObservationModel::ObservationModel(QObject *parent)
    : ChildScopedModel({QStringLiteral("observations")}, {"title", "date", "author", "text"}, parent)
{
}

QList<QVariantMap> ObservationModel::readRows(AccountStore &store) const
{
    QList<QVariantMap> rows;
    for (const ObservationRecord &o : store.observations(childId())) {
        QStringList text;
        for (const ObservationSection &s : o.sections)
            text << s.question + QLatin1Char('\n') + s.answer;
        rows << QVariantMap{{QStringLiteral("key"), o.id},
                            {QStringLiteral("title"), o.title},
                            {QStringLiteral("date"), accounttext::day(o.date)},
                            {QStringLiteral("author"), o.author},
                            {QStringLiteral("text"), text.join(QStringLiteral("\n\n"))}};
    }
    return rows;
}

} // namespace nestje
