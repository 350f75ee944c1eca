// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include "features/timeline/PhotoModel.h"

#include <QAbstractListModel>

namespace nestje {

// The photos page ("albums") of one child: a grid by month, as rows of `columns` photos so a
// ListView can carry the month sections. Loads a block at a time (fetchMore) with the same
// keyset queries as the viewer.
class AlbumModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.myChild.albums")
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(int columns READ columns WRITE setColumns NOTIFY columnsChanged)
    Q_PROPERTY(int photoCount READ photoCount NOTIFY countChanged)
public:
    enum Role { MonthRole = Qt::UserRole + 1, PhotosRole };
    static constexpr int blockSize = 120;

    explicit AlbumModel(QObject *parent = nullptr);
    void setSource(Database *db, const QString &accountId);

    QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    int columns() const { return m_columns; }
    void setColumns(int columns);
    int photoCount() const { return int(m_photos.size()); }
    Q_INVOKABLE void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void childIdChanged();
    void columnsChanged();
    void countChanged();

private:
    struct Row
    {
        QString month;
        int first = 0; // index into m_photos
        int count = 0;
    };
    void regroup();
    QVariantMap photoMap(const PhotoRow &photo) const;

    Database *m_db = nullptr;
    QString m_accountId;
    QString m_childId;
    int m_columns = 3;
    QList<PhotoRow> m_photos;
    // A view may ask for more while the rows of the last page are being announced: not nested.
    bool m_fetching = false;
    QStringList m_months; // per photo
    QList<Row> m_rows;
    bool m_atOldest = true;
};

} // namespace nestje
