// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace nestje {

// A list model whose rows have keys. updateRows() takes the list as it should be now and tells
// the views exactly what happened: rows removed, rows inserted, rows changed. So a sync that
// brings one new card inserts one row, the list keeps its scroll position and the delegates
// that did not change are not rebuilt. Only when rows swapped places does it reset.
class KeyedListModel : public QAbstractListModel
{
    // Known to moc and QML so that the models' type information has a complete base chain
    // (qmllint then sees `count`, `session` and the list model API on every model).
    Q_OBJECT
    QML_ANONYMOUS
public:
    using QAbstractListModel::QAbstractListModel;

protected:
    // `keyOf(row)` names a row; `sameContent(a, b)` says whether a row must be redrawn.
    template <typename Row, typename KeyOf, typename SameContent>
    void updateRows(QList<Row> &rows, const QList<Row> &next, KeyOf keyOf, SameContent sameContent)
    {
        QSet<QString> nextKeys;
        QHash<QString, int> nextPosition;
        for (int i = 0; i < next.size(); ++i) {
            nextKeys.insert(keyOf(next.at(i)));
            nextPosition.insert(keyOf(next.at(i)), i);
        }
        // Removals, bottom up, a contiguous range at a time.
        for (int i = int(rows.size()) - 1; i >= 0;) {
            if (nextKeys.contains(keyOf(rows.at(i)))) {
                --i;
                continue;
            }
            const int last = i;
            while (i >= 0 && !nextKeys.contains(keyOf(rows.at(i))))
                --i;
            beginRemoveRows({}, i + 1, last);
            rows.remove(i + 1, last - i);
            endRemoveRows();
        }
        // The rows that stay must keep their order; otherwise start over.
        int previous = -1;
        for (const Row &row : std::as_const(rows)) {
            const int position = nextPosition.value(keyOf(row));
            if (position < previous) {
                beginResetModel();
                rows = next;
                endResetModel();
                return;
            }
            previous = position;
        }
        // Insertions (each run of new rows at once) and changes, top down.
        int i = 0;
        for (int j = 0; j < next.size();) {
            if (i < rows.size() && keyOf(rows.at(i)) == keyOf(next.at(j))) {
                if (!sameContent(rows.at(i), next.at(j))) {
                    rows[i] = next.at(j);
                    emit dataChanged(index(i), index(i));
                } else {
                    rows[i] = next.at(j); // same content, maybe fresher bookkeeping
                }
                ++i;
                ++j;
                continue;
            }
            const int start = j;
            while (j < next.size() && !(i < rows.size() && keyOf(rows.at(i)) == keyOf(next.at(j))))
                ++j;
            beginInsertRows({}, i, i + (j - start) - 1);
            for (int k = start; k < j; ++k)
                rows.insert(i + (k - start), next.at(k));
            endInsertRows();
            i += j - start;
        }
    }
};

} // namespace nestje
