// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountModel.h"

#include "accounts/Accounts.h"

namespace nestje {

AccountModel::AccountModel(Accounts *accounts, QObject *parent)
    : QAbstractListModel(parent)
    , m_accounts(accounts)
{
    // A handful of accounts at most: a reset is simpler than tracking moves, and cheap.
    const auto reset = [this] {
        beginResetModel();
        endResetModel();
        emit countChanged();
    };
    connect(accounts, &Accounts::accountsChanged, this, reset);
    connect(accounts, &Accounts::activeChanged, this, reset);
}

int AccountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts->list().size());
}

QVariant AccountModel::data(const QModelIndex &index, int role) const
{
    const QList<AccountInfo> accounts = m_accounts->list();
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= accounts.size())
        return {};
    const AccountInfo &account = accounts.at(index.row());
    switch (role) {
    case IdRole:
        return account.id;
    case Qt::DisplayRole:
    case UsernameRole:
        return account.username;
    case OrganisationRole:
        return account.displayName();
    case ActiveRole:
        return m_accounts->active() && m_accounts->active()->info().id == account.id;
    case DemoRole:
        return account.ephemeral;
    }
    return {};
}

QHash<int, QByteArray> AccountModel::roleNames() const
{
    return {{IdRole, "accountId"}, {UsernameRole, "username"}, {OrganisationRole, "organisation"},
            {ActiveRole, "active"}, {DemoRole, "demo"}};
}

} // namespace nestje
