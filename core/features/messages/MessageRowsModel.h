// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/messages/MessageListModel.h"

#include <QVariantMap>

namespace nestje {

class Writes;

// The shape of Berichten's list models: each row is a map of plain values under the role
// names the subclass declares (documented at each subclass); the row's identity is its "key"
// role. Rows are diffed (KeyedListModel), so a sync that brings one message inserts one row.
// (ThreadModel, ConversationPhotoModel; the conversation itself holds typed rows.)
class MessageRowsModel : public nestje::MessageListModel
{
    Q_OBJECT
    QML_ANONYMOUS
public:
    MessageRowsModel(const QList<QByteArray> &roles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // One row as a map (for panes outside views and tests).
    Q_INVOKABLE QVariantMap get(int row) const;
    // The row of `key`, or -1.
    Q_INVOKABLE int indexOfKey(const QString &key) const;

protected:
    // The rows as they should be now; each has a "key". `db` is the account's open cache.
    virtual QList<QVariantMap> readRows(Database &db, Writes *writes) const = 0;
    void reload() override;
    // Subclasses with a filter property call this when it changes.
    void refresh() { reload(); }

private:
    QList<QByteArray> m_roles;
    QList<QVariantMap> m_rows;
};

} // namespace nestje
