// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/NotificationSettingModel.h"

#include "features/account/AccountStore.h"

namespace nestje {

NotificationSettingModel::NotificationSettingModel(QObject *parent)
    : AccountListModel({QStringLiteral("notificationSettings")}, {"item", "label", "push", "email"}, parent)
{
}

QList<QVariantMap> NotificationSettingModel::readRows(AccountStore &store) const
{
    QList<QVariantMap> rows;
    for (const NotificationSettingRecord &s : store.notificationSettings())
        rows << QVariantMap{{QStringLiteral("key"), s.item},
                            {QStringLiteral("item"), s.item},
                            {QStringLiteral("label"), s.label.isEmpty() ? s.item : s.label},
                            {QStringLiteral("push"), s.push},
                            {QStringLiteral("email"), s.email}};
    return rows;
}

} // namespace nestje
