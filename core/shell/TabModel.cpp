// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/TabModel.h"

#include <QCoreApplication>

namespace nestje {

TabModel::TabModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // Short labels: on a 360 px phone each tab has 72 px. "Location" is "Locatie" in Dutch, as the
    // manuals' tab bar says; the page itself is headed "Mijn locatie".
    // QT_TRANSLATE_NOOP keeps the titles translatable while data() translates them at read time,
    // so a language switch needs no model rebuild.
    m_tabs = {
        {QStringLiteral("mijnkind"), QT_TRANSLATE_NOOP("TabModel", "My child"),
         QStringLiteral("child")},
        {QStringLiteral("berichten"), QT_TRANSLATE_NOOP("TabModel", "Messages"),
         QStringLiteral("messages")},
        {QStringLiteral("agenda"), QT_TRANSLATE_NOOP("TabModel", "Agenda"),
         QStringLiteral("agenda")},
        {QStringLiteral("locatie"), QT_TRANSLATE_NOOP("TabModel", "Location"),
         QStringLiteral("location")},
        {QStringLiteral("overig"), QT_TRANSLATE_NOOP("TabModel", "More"), QStringLiteral("more")},
    };
}

int TabModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tabs.size());
}

QVariant TabModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_tabs.at(index.row());
    switch (role) {
    case KeyRole:
        return entry.key;
    case Qt::DisplayRole:
    case TitleRole:
        return QCoreApplication::translate("TabModel", entry.title);
    case IconRole:
        return entry.icon;
    case UnreadRole:
        return entry.unread;
    case AvailableRole:
        return entry.available;
    }
    return {};
}

QHash<int, QByteArray> TabModel::roleNames() const
{
    return {{KeyRole, "key"}, {TitleRole, "title"}, {IconRole, "icon"}, {UnreadRole, "unread"}, {AvailableRole, "available"}};
}

int TabModel::indexOfKey(const QString &key) const
{
    for (qsizetype i = 0; i < m_tabs.size(); ++i) {
        if (m_tabs.at(i).key == key)
            return static_cast<int>(i);
    }
    return -1;
}

void TabModel::setUnread(Tab tab, int count)
{
    if (m_tabs[tab].unread == count)
        return;
    m_tabs[tab].unread = count;
    const QModelIndex changed = index(tab);
    emit dataChanged(changed, changed, {UnreadRole});
}

} // namespace nestje

namespace nestje {

void TabModel::setAvailable(Tab tab, bool available)
{
    if (m_tabs[tab].available == available)
        return;
    m_tabs[tab].available = available;
    const QModelIndex changed = index(tab);
    emit dataChanged(changed, changed, {AvailableRole});
}

} // namespace nestje
