// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/AccountListModel.h"

#include "features/account/AccountStore.h"

namespace nestje {

AccountListModel::AccountListModel(const QStringList &topics, const QList<QByteArray> &roles, QObject *parent)
    : SessionListModel(topics, parent)
    , m_roles(roles)
{
    m_roles.prepend("key");
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    const int column = role - Qt::UserRole;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || column < 0
        || column >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(QString::fromLatin1(m_roles.at(column)));
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + i, m_roles.at(i));
    return names;
}

QVariantMap AccountListModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

void AccountListModel::reload()
{
    QList<QVariantMap> next;
    if (Database *db = database()) {
        AccountStore store(*db);
        next = readRows(store);
    }
    updateRows(
        m_rows, next, [](const QVariantMap &row) { return row.value(QStringLiteral("key")).toString(); },
        [](const QVariantMap &a, const QVariantMap &b) { return a == b; });
}

} // namespace nestje
