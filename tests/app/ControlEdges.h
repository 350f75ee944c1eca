// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether the text fields and dropdowns in a frame of the real window show where they are: the
// edge of each box reaches 3:1 against what it sits on (WCAG 1.4.11), and a dropdown shows its
// arrow. Material's fields are an underline at 2.68:1, and its dropdown's box is drawn
// only through a shadow layer that the software renderer (offscreen, Xvfb, phones without a
// usable GPU) skips: there a dropdown was a bare word on the card.
#include "WindowSearch.h"

#include <QColor>
#include <QImage>
#include <QQuickItem>
#include <QStringList>

#include <cmath>

namespace nestje::controledges {

// WCAG 2.x contrast ratio of two opaque colours.
inline qreal contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](qreal v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const qreal la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// Whether `item` and every item above it is shown.
inline bool shown(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (!i->isVisible() || i->opacity() <= 0.01)
            return false;
    }
    return true;
}

// The text a dropdown shows is a text field of its own, inside the dropdown's box.
inline bool insideDropdown(QQuickItem *item)
{
    for (QQuickItem *i = item->parentItem(); i; i = i->parentItem()) {
        if (i->inherits("QQuickComboBox"))
            return true;
    }
    return false;
}

inline QColor pixel(const QImage &frame, QPointF at)
{
    return frame.pixelColor((at * frame.devicePixelRatio()).toPoint());
}

// Every text field, text area and dropdown under `root` in `frame` whose box does not show: the
// edge, as drawn, below 3:1 on what lies left of it (the strongest pixel across the edge, on its
// vertical centre), or a dropdown whose arrow does not reach 3:1 on its box. A control that is
// switched off needs only to be seen (1.5:1; WCAG asks no contrast of it). Measured in the
// frame, not on the colours the QML asks for: Material's dropdown asks for a box and an edge
// that the software renderer never draws.
inline QStringList controlsWithoutEdge(QQuickItem *root, const QImage &frame, int *count)
{
    QStringList missing;
    QList<QQuickItem *> all;
    windowsearch::collect(root, &all);
    const QRectF frameRect(QPointF(0, 0), frame.deviceIndependentSize());
    for (QQuickItem *item : all) {
        const bool dropdown = item->inherits("QQuickComboBox");
        if (!dropdown && !item->inherits("QQuickTextField") && !item->inherits("QQuickTextArea"))
            continue;
        if (!shown(item) || (!dropdown && insideDropdown(item)))
            continue;
        auto *background = item->property("background").value<QQuickItem *>();
        const QString name =
            (item->objectName().isEmpty() ? QString::fromLatin1(item->metaObject()->className())
                                          : item->objectName());
        if (!background || !shown(background)) {
            missing << name + QStringLiteral(": no box");
            ++*count;
            continue;
        }
        const QRectF box = windowsearch::inWindow(background);
        const QPointF outside(box.left() - 4, box.center().y());
        if (!frameRect.contains(box) || !frameRect.contains(outside))
            continue; // scrolled out of the frame
        ++*count;
        const QColor below = pixel(frame, outside);
        const bool on = item->isEnabled();
        qreal drawn = 1;
        for (int dx = -1; dx <= 2; ++dx)
            drawn =
                qMax(drawn,
                     contrast(pixel(frame, QPointF(std::floor(box.left()) + dx, box.center().y())),
                              below));
        if (drawn < (on ? 3 : 1.5))
            missing << QStringLiteral("%1: edge %2:1 on %3%4")
                           .arg(name)
                           .arg(drawn, 0, 'f', 2)
                           .arg(below.name(), on ? QString() : QStringLiteral(" (switched off)"));
        if (!dropdown)
            continue;
        auto *arrow = item->property("indicator").value<QQuickItem *>();
        if (!arrow || !shown(arrow)) {
            missing << name + QStringLiteral(": no arrow");
            continue;
        }
        // The box's fill just inside its edge, on the side away from the arrow.
        const QRectF arrowBox = windowsearch::inWindow(arrow);
        const qreal inside =
            arrowBox.center().x() > box.center().x() ? box.left() + 6 : box.right() - 6;
        const QColor fill = pixel(frame, QPointF(inside, box.center().y()));
        qreal strongest = 1;
        for (qreal x = arrowBox.left(); x < arrowBox.right(); x += 1)
            for (qreal y = arrowBox.top(); y < arrowBox.bottom(); y += 1)
                strongest = qMax(strongest, contrast(pixel(frame, QPointF(x, y)), fill));
        if (strongest < (on ? 3 : 1.5))
            missing << QStringLiteral("%1: arrow %2:1 on its box %3")
                           .arg(name)
                           .arg(strongest, 0, 'f', 2)
                           .arg(fill.name());
    }
    return missing;
}

} // namespace nestje::controledges
