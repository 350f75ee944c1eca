// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include "features/timeline/TimelineStore.h"
#include "shell/KeyedListModel.h"

#include <QCache>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QVariantList>

namespace nestje {

class Database;
class DiaryWriter;

// The Mijn kind timeline: cards from the account's cache, newest first, grouped by the
// portal's day, a page at a time (fetchMore) down to the first day, optionally for one child.
// The parent's own diary entries that are still on their way (DiaryWriter) appear in place at
// once, marked as being sent. It reads through TimelineStore and follows the store's change
// announcements with row inserts, changes and removals.
class TimelineModel : public nestje::KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.myChild.timeline")
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(QVariantList children READ children NOTIFY childrenChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY countChanged)
public:
    /// Roles of a timeline row; every one is plain text or plain data, never markup.
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< stable key of the card ("journal:123", "draft:7")
        TypeRole,                   ///< "journal", "photo", or any other card type
        DateRole,                   ///< QDate of the card, in the portal's calendar
        DayLabelRole,               ///< "Vandaag", "Gisteren", "dinsdag 4 november": the section
        ChildNamesRole,             ///< "Noor" or "Noor en Daan"
        ChildIdsRole,               ///< the children the card is about
        WrittenByRole,              ///< "Juf Anna" or the parent's name
        ByParentRole,               ///< written by the parent (own diary entry)
        TextRole,                   ///< plain text of the diary, or the generic card's text
        MomentsRole,                ///< [{category, icon, time, title, description, remarks, ongoing}]
        TimesNoteRole,              ///< "Tijden in Nederlandse tijd" above the moments on a device elsewhere, else ""
        MediaRole,                  ///< [{id, video, description, downloadable, thumb, medium, full}]
        MediaCountRole,             ///< number of photos and videos
        PhotoCountRole,             ///< number of photos (not videos)
        PendingRole,                ///< a diary entry of the parent not yet in the portal's timeline
        SendStateRole,              ///< "sending", "sent", "failed" for pending entries
        ErrorTextRole,              ///< the server's reason when sending failed
        DraftIdRole,                ///< the pending entry's id, for retry and discard
    };
    Q_ENUM(Role)

    static constexpr int pageSize = 20;

    explicit TimelineModel(QObject *parent = nullptr);

    // The account whose cache to read; nullptr shows nothing. `accountId` names the media.
    void setSource(Database *db, const QString &accountId, DiaryWriter *diary);
    // Re-reads what is loaded: new cards slide in, changed ones update, gone ones leave.
    Q_INVOKABLE void refresh();

    QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    QVariantList children() const { return m_children; }
    bool hasMore() const { return m_hasMore; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Every role of one row, for the journal entry page.
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int indexOfKey(const QString &key) const;
    // Loads pages until the card `key` is in (a deep link to an older card); -1 when it is not.
    Q_INVOKABLE int loadUntilKey(const QString &key);
    // The next page, when the view comes near the end (QML cannot call fetchMore()).
    Q_INVOKABLE void loadMore() { fetchMore({}); }
    // Loads pages until `row` exists (or the first day is reached).
    Q_INVOKABLE void ensureLoaded(int row);

    static QString imageSource(const QString &accountId, const QString &variant, const QString &mediaId);

signals:
    void childIdChanged();
    void childrenChanged();
    void countChanged();

private:
    struct Row
    {
        TimelineRow card;
        QVariantMap values; // pending entries only; cards are read when shown
        bool pending = false;
    };

    QList<Row> readPending() const;
    QList<Row> readRows(int cardLimit, bool *more) const;
    QList<Row> reread(bool *more) const;
    QList<Row> merged(QList<Row> cards, const QList<Row> &pending, bool complete) const;
    // The roles of a row: a card is read by key when first shown, and only the most recently
    // used ones stay built, so memory does not grow with how far the parent scrolls.
    QVariantMap valuesOf(const Row &row) const;
    QVariantMap buildCard(const TimelineRow &row) const;
    void readChildren();
    void reset();
    void onStoreChanged(const QString &topic);

    QPointer<DiaryWriter> m_diary;
    QPointer<Database> m_db;
    QString m_accountId;
    QString m_childId;
    QVariantList m_children;
    QHash<QString, QString> m_firstNames;
    QList<Row> m_rows;
    mutable QCache<QString, QVariantMap> m_built{160};
    bool m_hasMore = false;
    // A view may ask for more while the rows of the last page are being announced: not nested.
    bool m_fetching = false;
    QDate m_today;
    QTimer m_refreshSoon; // a sync announces page after page: one refresh per burst
};

} // namespace nestje
