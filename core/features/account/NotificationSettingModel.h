// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/account/AccountListModel.h"

namespace nestje {

// Notificaties: per kind of item whether the parent gets a push (here: a desktop
// notification) and/or an e-mail, as the portal stores them for the account.
// Roles: key, item ("messages"), label (the portal's "Berichten"), push (bool), email (bool).
class NotificationSettingModel : public nestje::AccountListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit NotificationSettingModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> readRows(AccountStore &store) const override;
};

} // namespace nestje
