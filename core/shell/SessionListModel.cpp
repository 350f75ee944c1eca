// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SessionListModel.h"

#include <utility>

namespace nestje {

SessionListModel::SessionListModel(const QStringList &topics, QObject *parent)
    : KeyedListModel(parent)
    // reload() is virtual: the binding calls it only once a session is set, after construction.
    , m_binding(topics, [this] { refresh(); }, this)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &SessionListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &SessionListModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &SessionListModel::countChanged);
}

void SessionListModel::refresh()
{
    if (m_creating) {
        m_reloadWanted = true;
        return;
    }
    reload();
}

void SessionListModel::componentComplete()
{
    m_creating = false;
    if (std::exchange(m_reloadWanted, false))
        reload();
}

void SessionListModel::setSession(Session *session)
{
    if (m_binding.setSession(session))
        emit sessionChanged();
}

} // namespace nestje
