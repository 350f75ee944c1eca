// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SessionListModel.h"

namespace nestje {

SessionListModel::SessionListModel(const QStringList &topics, QObject *parent)
    : KeyedListModel(parent)
    // reload() is virtual: the binding calls it only once a session is set, after construction.
    , m_binding(topics, [this] { reload(); }, this)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &SessionListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &SessionListModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &SessionListModel::countChanged);
}

void SessionListModel::setSession(Session *session)
{
    if (m_binding.setSession(session))
        emit sessionChanged();
}

} // namespace nestje
