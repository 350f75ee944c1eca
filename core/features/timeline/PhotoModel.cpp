// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/PhotoModel.h"

#include "features/timeline/TimelineModel.h"
#include "db/Database.h"

#include <QScopedValueRollback>
#include "text/PortalTime.h"


namespace nestje {

PhotoModel::PhotoModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PhotoModel::setSource(Database *db, const QString &accountId)
{
    const QScopedValueRollback<bool> busy(m_fetching, true); // no fetchMore() from inside a reset
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
    const QScopedValueRollback<bool> busy(m_fetching, true); // no fetchMore() from inside a reset
    const std::optional<PhotoRow> anchor = (m_db ? PhotoStore(*m_db).byId(mediaId) : std::nullopt);
    beginResetModel();
    m_rows.clear();
    if (anchor) {
        // A photo of another child (opened from a card of both) still opens; the series is the
        // filter's, plus this one.
        QList<PhotoRow> before = PhotoStore(*m_db).newer(m_childId, *anchor, blockSize);
        QList<PhotoRow> after = PhotoStore(*m_db).older(m_childId, &*anchor, blockSize);
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
    if (m_atNewest || m_rows.isEmpty() || !m_db || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    // From the first photo's place as the store has it now (a sync may have numbered the feed again).
    const PhotoStore store(*m_db);
    const QList<PhotoRow> rows = store.newer(m_childId, store.byId(m_rows.first().id).value_or(m_rows.first()), blockSize);
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
    if ((m_atOldest && !m_rows.isEmpty()) || !m_db || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const PhotoStore store(*m_db);
    std::optional<PhotoRow> last;
    if (!m_rows.isEmpty())
        last = store.byId(m_rows.last().id).value_or(m_rows.last()); // its place now (see loadNewer)
    const QList<PhotoRow> rows = store.older(m_childId, last ? &*last : nullptr, blockSize);
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
    return !parent.isValid() && !m_atOldest && !m_fetching;
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
        return portaltime::dayOf(row.cardDate);
    case DayLabelRole:
        return portaltime::dayLabel(portaltime::dayOf(row.cardDate), portaltime::today());
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
