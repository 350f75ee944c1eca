// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/SessionListModel.h"

#include <QVariantMap>

namespace nestje {

class AccountStore;

// The shape of Overig's list models: each row is a map of plain values under the role names
// the subclass declares (documented at each subclass); the row's identity is its "key" role.
// A subclass only turns store records into rows; the rows are diffed (KeyedListModel) so a
// sync that changes one permission redraws one row.
class AccountListModel : public nestje::SessionListModel
{
    Q_OBJECT
    QML_ANONYMOUS
public:
    AccountListModel(const QStringList &topics, const QList<QByteArray> &roles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // One row as a map (for delegates outside views and tests).
    Q_INVOKABLE QVariantMap get(int row) const;

protected:
    // The rows as they should be now, from the store; each has a "key".
    virtual QList<QVariantMap> readRows(AccountStore &store) const = 0;
    void reload() override;
    // Subclasses with a filter property call this when it changes.
    void refresh() { reload(); }

private:
    QList<QByteArray> m_roles;
    QList<QVariantMap> m_rows;
};

} // namespace nestje
