#pragma once

#include <QAbstractListModel>
#include <QCache>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QVariantList>

namespace nestje {

class Database;
class DiaryOutbox;

// The Mijn kind timeline: cards from the account's cache, newest first, grouped by day, loaded
// a page at a time (fetchMore) down to the first day, optionally for one child. The parent's own
// diary entries that are still on their way (DiaryOutbox) appear in place at once, marked as
// being sent. Reading a page costs a handful of indexed queries (keyset paging on
// cards_by_date), so QML may ask for more on the UI thread.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(QVariantList children READ children NOTIFY childrenChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY countChanged)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TypeRole,          // "journal", "photo", "trigger", anything else
        DateRole,          // QDate of the card
        DayLabelRole,      // "Vandaag", "Gisteren", "dinsdag 4 november": the section
        ChildNamesRole,    // "Noor" or "Noor en Daan"
        ChildIdsRole,
        WrittenByRole,     // "Juf Anna" or the parent's name
        ByParentRole,      // written by the parent (own diary entry)
        TextRole,          // plain text of the diary, or the generic card's text
        MomentsRole,       // [{category, icon, time, title, description, remarks, ongoing}]
        MediaRole,         // [{id, video, description, downloadable, thumb, medium, full}]
        MediaCountRole,
        PendingRole,       // a diary entry of the parent not yet in the portal's timeline
        SendStateRole,     // "sending", "sent", "failed" for pending entries
        ErrorTextRole,
        DraftIdRole,
    };
    Q_ENUM(Role)

    static constexpr int pageSize = 20;

    explicit TimelineModel(QObject *parent = nullptr);

    // The account whose cache to read; nullptr shows nothing. `accountId` names the media.
    void setSource(Database *db, const QString &accountId, DiaryOutbox *diary);
    // Re-reads after a sync: new cards slide in at the top, changed cards update in place.
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
        QString key;
        QString type;
        qint64 date = 0;
        QByteArray hash;
        QVariantMap values; // pending entries only; cards are read and parsed when shown
        bool pending = false;
    };

    QList<Row> readCards(qint64 beforeDate, const QString &afterKey, int limit) const;
    QList<Row> readPending() const;
    // The roles of a row: a card is read by key and parsed on first use, and only the most
    // recently used ones stay parsed, so memory does not grow with how far the parent scrolls.
    QVariantMap valuesOf(const Row &row) const;
    QVariantMap buildCard(const Row &row) const;
    void readChildren();
    void reset();
    QList<Row> merged(QList<Row> cards, const QList<Row> &pending, bool complete) const;

    QPointer<DiaryOutbox> m_diary;
    Database *m_db = nullptr;
    QString m_accountId;
    QString m_childId;
    QVariantList m_children;
    QHash<QString, QString> m_firstNames;
    QList<Row> m_rows;
    mutable QCache<QString, QVariantMap> m_built{160};
    int m_cardRows = 0; // rows that came from the cards table (the keyset cursor is the last one)
    qint64 m_cursorDate = 0;
    QString m_cursorKey;
    bool m_hasMore = false;
    QDate m_today;
};

} // namespace nestje
