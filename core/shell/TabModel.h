// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QList>

namespace nestje {

// The five main tabs, with an unread count per tab for the badges on the bottom bar and rail.
class TabModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.tabs")
    Q_PROPERTY(int count READ rowCount CONSTANT)
public:
    enum Tab { MyChild, Messages, Agenda, MyLocation, More };
    Q_ENUM(Tab)
    /// Roles of a tab.
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< stable name, also the --page name ("berichten")
        TitleRole,                  ///< translated title
        IconRole,                   ///< icon name in resources/icons
        UnreadRole,                 ///< the badge: unread items
        AvailableRole,              ///< false when the organisation does not offer what the tab shows
    };

    explicit TabModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int indexOfKey(const QString &key) const;
    void setUnread(Tab tab, int count);
    // A tab whose features the organisation does not offer is hidden.
    void setAvailable(Tab tab, bool available);
    int unread(Tab tab) const { return m_tabs.at(tab).unread; }
    bool isAvailable(Tab tab) const { return m_tabs.at(tab).available; }

private:
    struct Entry
    {
        QString key; // stable name, also the --page name
        const char *title;
        QString icon;
        int unread = 0;
        bool available = true;
    };
    QList<Entry> m_tabs;
};

} // namespace nestje
