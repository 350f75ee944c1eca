// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QDate>

#include "features/timeline/PhotoStore.h"

namespace nestje {

class Database;


// The full-screen viewer's series: opened at one photo (openAt), it grows in both directions as
// the parent swipes, through every card of the timeline.
class PhotoModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.myChild.photos")
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
    // A view may ask for more while the rows of the last page are being announced: not nested.
    bool m_fetching = false;
    bool m_atNewest = true;
    bool m_atOldest = true;
};

} // namespace nestje
