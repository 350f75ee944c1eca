// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/LocationListModel.h"

#include "features/location/LocationStore.h"

namespace nestje {

LocationListModel::LocationListModel(const QStringList &topics, const QList<QByteArray> &roles,
                                     QObject *parent)
    : SessionListModel(topics, parent)
    , m_roles(roles)
{
    m_roles.prepend("key");
}

int LocationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LocationListModel::data(const QModelIndex &index, int role) const
{
    const int column = role - Qt::UserRole;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        column < 0 || column >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(QString::fromLatin1(m_roles.at(column)));
}

QHash<int, QByteArray> LocationListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + i, m_roles.at(i));
    return names;
}

QVariantMap LocationListModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

void LocationListModel::setLimit(int limit)
{
    if (limit == m_limit)
        return;
    m_limit = limit;
    emit limitChanged();
    refresh();
}

void LocationListModel::reload()
{
    QList<QVariantMap> next;
    if (Database *db = database()) {
        LocationStore store(*db);
        next = readRows(store, m_limit > 0 ? m_limit : -1);
    }
    updateRows(
        m_rows, next,
        [](const QVariantMap &row) { return row.value(QStringLiteral("key")).toString(); },
        [](const QVariantMap &a, const QVariantMap &b) { return a == b; });
}

} // namespace nestje
