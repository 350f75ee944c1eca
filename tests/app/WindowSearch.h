// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the tests that drive the real window share: finding a visible item by its objectName,
// where it is in the window, and its centre to click.
#include <QQuickItem>
#include <QQuickWindow>

namespace nestje::windowsearch {

inline void collect(QQuickItem *item, QList<QQuickItem *> *items)
{
    *items << item;
    for (QQuickItem *child : item->childItems())
        collect(child, items);
}

// The first visible item named `name` under `under` (depth first), or null.
inline QQuickItem *find(QQuickItem *under, const QString &name)
{
    QList<QQuickItem *> all;
    collect(under, &all);
    for (QQuickItem *item : std::as_const(all)) {
        if (item->objectName() == name && item->isVisible())
            return item;
    }
    return nullptr;
}

inline QRectF inWindow(QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

inline QPoint centre(QQuickItem *item)
{
    return inWindow(item).center().toPoint();
}

} // namespace nestje::windowsearch
