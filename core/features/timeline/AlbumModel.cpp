// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/AlbumModel.h"

#include "features/timeline/TimelineModel.h"
#include "text/PortalTime.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace nestje {

AlbumModel::AlbumModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void AlbumModel::setSource(Database *db, const QString &accountId)
{
    m_db = db;
    m_accountId = accountId;
    reload();
}

void AlbumModel::setChildId(const QString &childId)
{
    if (childId == m_childId)
        return;
    m_childId = childId;
    emit childIdChanged();
    reload();
}

void AlbumModel::setColumns(int columns)
{
    const QScopedValueRollback<bool> busy(m_fetching, true); // no fetchMore() from inside a reset
    columns = std::clamp(columns, 1, 12);
    if (columns == m_columns)
        return;
    m_columns = columns;
    emit columnsChanged();
    beginResetModel();
    regroup();
    endResetModel();
}

void AlbumModel::reload()
{
    const QScopedValueRollback<bool> busy(m_fetching, true); // no fetchMore() from inside a reset
    beginResetModel();
    m_photos = m_db ? PhotoStore(*m_db).older(m_childId, nullptr, blockSize) : QList<PhotoRow>();
    m_atOldest = m_photos.size() < blockSize;
    regroup();
    endResetModel();
    emit countChanged();
}

void AlbumModel::regroup()
{
    const QLocale locale;
    m_months.clear();
    m_rows.clear();
    for (int i = 0; i < m_photos.size(); ++i) {
        const QDate day = portaltime::dayOf(m_photos.at(i).cardDate);
        const QString month = locale.toString(day, QStringLiteral("MMMM yyyy"));
        m_months << month;
        if (m_rows.isEmpty() || m_rows.last().month != month || m_rows.last().count == m_columns)
            m_rows.append({month, i, 0});
        ++m_rows.last().count;
    }
}

bool AlbumModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atOldest && !m_fetching;
}

void AlbumModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atOldest || m_photos.isEmpty() || !m_db || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    // After the last photo's place as the store has it now (a sync may have numbered the feed again).
    const PhotoStore store(*m_db);
    const PhotoRow last = store.byId(m_photos.last().id).value_or(m_photos.last());
    const QList<PhotoRow> more = store.older(m_childId, &last, blockSize);
    m_atOldest = more.size() < blockSize;
    if (more.isEmpty())
        return;
    // The last row may grow; simplest correct update is to regroup and report the tail.
    const int oldRows = int(m_rows.size());
    m_photos += more;
    QList<Row> before = m_rows;
    regroup();
    const int changedFrom = std::max(0, oldRows - 1);
    if (oldRows > 0 && before.last().count != m_rows.at(oldRows - 1).count)
        emit dataChanged(index(changedFrom), index(changedFrom));
    if (m_rows.size() > oldRows) {
        // regroup() already holds the new rows; announce them.
        const QList<Row> all = m_rows;
        m_rows = all.mid(0, oldRows);
        beginInsertRows({}, oldRows, int(all.size()) - 1);
        m_rows = all;
        endInsertRows();
    }
    emit countChanged();
}

int AlbumModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariantMap AlbumModel::photoMap(const PhotoRow &photo) const
{
    const QDate day = portaltime::dayOf(photo.date);
    return {{QStringLiteral("mediaId"), photo.id},
            {QStringLiteral("video"), photo.video},
            {QStringLiteral("description"), photo.description},
            {QStringLiteral("day"), QLocale().toString(day, QStringLiteral("d MMM"))},
            {QStringLiteral("thumb"), TimelineModel::imageSource(m_accountId, QStringLiteral("thumb"), photo.id)}};
}

QVariant AlbumModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == MonthRole)
        return row.month;
    if (role == PhotosRole) {
        QVariantList photos;
        for (int i = row.first; i < row.first + row.count; ++i)
            photos << photoMap(m_photos.at(i));
        return photos;
    }
    return {};
}

QHash<int, QByteArray> AlbumModel::roleNames() const
{
    return {{MonthRole, "month"}, {PhotosRole, "photos"}};
}

} // namespace nestje
