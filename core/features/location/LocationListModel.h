// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/SessionListModel.h"

#include <QVariantMap>

namespace nestje {

class LocationStore;

// The shape of Mijn locatie's list models: each row is a map of plain values under the role
// names the subclass declares (documented at each subclass); the row's identity is its "key"
// role. A subclass only turns store records into rows; the rows are diffed (KeyedListModel), so
// a sync that brings one news item inserts one row.
class LocationListModel : public nestje::SessionListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    // At most this many rows, newest first ("the most recent items"); 0 for all.
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
public:
    LocationListModel(const QStringList &topics, const QList<QByteArray> &roles,
                      QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // One row as a map (for delegates outside views and tests).
    Q_INVOKABLE QVariantMap get(int row) const;

    int limit() const { return m_limit; }
    void setLimit(int limit);

signals:
    void limitChanged();

protected:
    // The rows as they should be now, from the store; each has a "key". `limit` < 0: all.
    virtual QList<QVariantMap> readRows(LocationStore &store, int limit) const = 0;
    void reload() override;

private:
    QList<QByteArray> m_roles;
    QList<QVariantMap> m_rows;
    int m_limit = 0;
};

} // namespace nestje
