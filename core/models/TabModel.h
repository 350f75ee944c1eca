#pragma once

#include <QAbstractListModel>
#include <QList>

namespace nestje {

// The five main tabs, with an unread count per tab for the badges on the bottom bar and rail.
class TabModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount CONSTANT)
public:
    enum Tab { MyChild, Messages, Agenda, MyLocation, More };
    Q_ENUM(Tab)
    enum Role { KeyRole = Qt::UserRole + 1, TitleRole, IconRole, UnreadRole };

    explicit TabModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int indexOfKey(const QString &key) const;
    void setUnread(Tab tab, int count);
    int unread(Tab tab) const { return m_tabs.at(tab).unread; }

private:
    struct Entry
    {
        QString key; // stable name, also the --page name
        const char *title;
        QString icon;
        int unread = 0;
    };
    QList<Entry> m_tabs;
};

} // namespace nestje
