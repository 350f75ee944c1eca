#pragma once

#include <QAbstractListModel>
#include <QDate>

namespace nestje {

class Database;

// One photo or video of the account, as the viewer and the albums show it.
struct PhotoRow
{
    QString id;
    qint64 rowId = 0; // insertion order: the order of a series within its card
    qint64 date = 0;
    bool video = false;
    QString description;
    bool downloadable = false;
    QString cardKey;
};

// Photos and videos newest first (date, then their order in the series), optionally of one
// child, read with keyset queries in both directions so any window costs one indexed query.
struct PhotoQuery
{
    static QList<PhotoRow> older(Database *db, const QString &childId, const PhotoRow *after, int limit);
    static QList<PhotoRow> newer(Database *db, const QString &childId, const PhotoRow &before, int limit);
    static std::optional<PhotoRow> byId(Database *db, const QString &mediaId);
};

// The full-screen viewer's series: opened at one photo (openAt), it grows in both directions as
// the parent swipes, through every card of the timeline.
class PhotoModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        MediaIdRole = Qt::UserRole + 1,
        VideoRole,
        DescriptionRole,
        DownloadableRole,
        DateRole,
        DayLabelRole,
        ThumbRole,
        MediumRole,
        FullRole,
        CardKeyRole,
    };

    static constexpr int blockSize = 40;

    explicit PhotoModel(QObject *parent = nullptr);
    void setSource(Database *db, const QString &accountId);

    QString childId() const { return m_childId; }
    void setChildId(const QString &childId);

    // Loads a window around `mediaId` and returns its row (-1 when unknown).
    Q_INVOKABLE int openAt(const QString &mediaId);
    // Called by the viewer near either end.
    Q_INVOKABLE void loadNewer();
    Q_INVOKABLE void loadOlder();
    Q_INVOKABLE QVariantMap get(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void childIdChanged();
    void countChanged();

private:
    Database *m_db = nullptr;
    QString m_accountId;
    QString m_childId;
    QList<PhotoRow> m_rows;
    bool m_atNewest = true;
    bool m_atOldest = true;
};

} // namespace nestje
