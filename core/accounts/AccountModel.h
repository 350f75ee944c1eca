// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>

namespace nestje {

class Accounts;

// The accounts on this device for the account switcher: who, which organisation, active or not.
class AccountModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.accountList")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, UsernameRole, OrganisationRole, ActiveRole, DemoRole };

    explicit AccountModel(Accounts *accounts, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The accounts behind the list, for models that show something per account.
    Accounts *accounts() const { return m_accounts; }

signals:
    void countChanged();

private:
    Accounts *m_accounts;
};

} // namespace nestje
