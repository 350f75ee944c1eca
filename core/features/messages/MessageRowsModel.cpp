// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/MessageRowsModel.h"

#include "db/Database.h"

namespace nestje {

MessageRowsModel::MessageRowsModel(const QList<QByteArray> &roles, QObject *parent)
    : MessageListModel(parent)
    , m_roles(roles)
{
    m_roles.prepend("key");
}

int MessageRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageRowsModel::data(const QModelIndex &index, int role) const
{
    const int column = role - Qt::UserRole;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        column < 0 || column >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(QString::fromLatin1(m_roles.at(column)));
}

QHash<int, QByteArray> MessageRowsModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + i, m_roles.at(i));
    return names;
}

QVariantMap MessageRowsModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

int MessageRowsModel::indexOfKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value(QStringLiteral("key")).toString() == key)
            return i;
    }
    return -1;
}

void MessageRowsModel::reload()
{
    Writes *writes = followWrites();
    QList<QVariantMap> next;
    Database *db = database();
    if (db && db->isOpen())
        next = readRows(*db, writes);
    updateRows(
        m_rows, next,
        [](const QVariantMap &row) { return row.value(QStringLiteral("key")).toString(); },
        [](const QVariantMap &a, const QVariantMap &b) { return a == b; });
}

} // namespace nestje
