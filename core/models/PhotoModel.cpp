#include "models/PhotoModel.h"

#include "models/TimelineModel.h"
#include "models/TimelineText.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nestje {

namespace {
const QString columns = QStringLiteral("p.id, p.rowid, p.date, p.media_type, p.description, p.json, p.card_key");
const QString childFilter =
    QStringLiteral(" AND EXISTS (SELECT 1 FROM photo_children pc WHERE pc.photo_id = p.id AND pc.child_id = ?)");

PhotoRow rowFrom(const QSqlQuery &q)
{
    PhotoRow row;
    row.id = q.value(0).toString();
    row.rowId = q.value(1).toLongLong();
    row.date = q.value(2).toLongLong();
    row.video = q.value(3).toString() == QLatin1String("video");
    row.description = q.value(4).toString();
    row.downloadable = mediaIsDownloadable(QJsonDocument::fromJson(q.value(5).toByteArray()).object());
    row.cardKey = q.value(6).toString();
    return row;
}

QList<PhotoRow> run(Database *db, const QString &sql, const QVariantList &values)
{
    QList<PhotoRow> rows;
    if (!db || !db->isOpen())
        return rows;
    QSqlQuery *q = db->select(sql, values);
    while (q && q->next())
        rows << rowFrom(*q);
    if (q)
        q->finish();
    return rows;
}
} // namespace

QList<PhotoRow> PhotoQuery::older(Database *db, const QString &childId, const PhotoRow *after, int limit)
{
    // (date DESC, rowid ASC): the photos_by_date index holds (date DESC, rowid).
    QString sql = QStringLiteral("SELECT %1 FROM photos p WHERE p.date <= ? AND NOT (p.date = ? AND p.rowid <= ?)").arg(columns);
    QVariantList values{after ? after->date : std::numeric_limits<qint64>::max(),
                        after ? after->date : std::numeric_limits<qint64>::max(), after ? after->rowId : 0};
    if (!childId.isEmpty()) {
        sql += childFilter;
        values << childId;
    }
    sql += QStringLiteral(" ORDER BY p.date DESC, p.rowid ASC LIMIT ?");
    values << limit;
    return run(db, sql, values);
}

QList<PhotoRow> PhotoQuery::newer(Database *db, const QString &childId, const PhotoRow &before, int limit)
{
    QString sql = QStringLiteral("SELECT %1 FROM photos p WHERE p.date >= ? AND NOT (p.date = ? AND p.rowid >= ?)").arg(columns);
    QVariantList values{before.date, before.date, before.rowId};
    if (!childId.isEmpty()) {
        sql += childFilter;
        values << childId;
    }
    sql += QStringLiteral(" ORDER BY p.date ASC, p.rowid DESC LIMIT ?");
    values << limit;
    QList<PhotoRow> rows = run(db, sql, values);
    std::reverse(rows.begin(), rows.end());
    return rows;
}

std::optional<PhotoRow> PhotoQuery::byId(Database *db, const QString &mediaId)
{
    const QList<PhotoRow> rows = run(db, QStringLiteral("SELECT %1 FROM photos p WHERE p.id = ?").arg(columns), {mediaId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

PhotoModel::PhotoModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PhotoModel::setSource(Database *db, const QString &accountId)
{
    beginResetModel();
    m_db = db;
    m_accountId = accountId;
    m_rows.clear();
    m_atNewest = m_atOldest = true;
    endResetModel();
    emit countChanged();
}

void PhotoModel::setChildId(const QString &childId)
{
    if (childId == m_childId)
        return;
    m_childId = childId;
    emit childIdChanged();
}

int PhotoModel::openAt(const QString &mediaId)
{
    const std::optional<PhotoRow> anchor = PhotoQuery::byId(m_db, mediaId);
    beginResetModel();
    m_rows.clear();
    if (anchor) {
        // A photo of another child (opened from a card of both) still opens; the series is the
        // filter's, plus this one.
        QList<PhotoRow> before = PhotoQuery::newer(m_db, m_childId, *anchor, blockSize);
        QList<PhotoRow> after = PhotoQuery::older(m_db, m_childId, &*anchor, blockSize);
        m_atNewest = before.size() < blockSize;
        m_atOldest = after.size() < blockSize;
        m_rows = before;
        m_rows << *anchor;
        m_rows += after;
    }
    endResetModel();
    emit countChanged();
    if (!anchor)
        return -1;
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const PhotoRow &r) { return r.id == mediaId; });
    return int(std::distance(m_rows.cbegin(), it));
}

void PhotoModel::loadNewer()
{
    if (m_atNewest || m_rows.isEmpty())
        return;
    const QList<PhotoRow> rows = PhotoQuery::newer(m_db, m_childId, m_rows.first(), blockSize);
    m_atNewest = rows.size() < blockSize;
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = rows + m_rows;
        endInsertRows();
        emit countChanged();
    }
}

void PhotoModel::loadOlder()
{
    if (m_atOldest && !m_rows.isEmpty())
        return;
    const QList<PhotoRow> rows = PhotoQuery::older(m_db, m_childId, m_rows.isEmpty() ? nullptr : &m_rows.last(), blockSize);
    m_atOldest = rows.size() < blockSize;
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        m_rows += rows;
        endInsertRows();
        emit countChanged();
    }
}

bool PhotoModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atOldest;
}

void PhotoModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        loadOlder();
}

int PhotoModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PhotoModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PhotoRow &row = m_rows.at(index.row());
    switch (role) {
    case MediaIdRole:
        return row.id;
    case VideoRole:
        return row.video;
    case DescriptionRole:
        return row.description;
    case DownloadableRole:
        return row.downloadable;
    case DateRole:
        return QDateTime::fromMSecsSinceEpoch(row.date).date();
    case DayLabelRole:
        return dayLabel(QDateTime::fromMSecsSinceEpoch(row.date).date(), QDate::currentDate());
    case ThumbRole:
        return TimelineModel::imageSource(m_accountId, QStringLiteral("thumb"), row.id);
    case MediumRole:
        return TimelineModel::imageSource(m_accountId, QStringLiteral("medium"), row.id);
    case FullRole:
        return TimelineModel::imageSource(m_accountId, QStringLiteral("full"), row.id);
    case CardKeyRole:
        return row.cardKey;
    }
    return {};
}

QHash<int, QByteArray> PhotoModel::roleNames() const
{
    return {{MediaIdRole, "mediaId"}, {VideoRole, "video"},       {DescriptionRole, "description"},
            {DownloadableRole, "downloadable"}, {DateRole, "date"}, {DayLabelRole, "dayLabel"},
            {ThumbRole, "thumb"},        {MediumRole, "medium"},     {FullRole, "full"},
            {CardKeyRole, "cardKey"}};
}

QVariantMap PhotoModel::get(int row) const
{
    QVariantMap map;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

} // namespace nestje
