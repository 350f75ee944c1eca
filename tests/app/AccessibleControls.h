// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a person who cannot see the screen, uses only a keyboard, or taps with a finger needs of
// the controls of a page in the real window: a name and role a screen reader reads (through
// QAccessible, as Orca gets them over AT-SPI), a place in the Tab order, and room for a finger
// (44x44 px, WCAG 2.5.5 and the platforms' guides). Each check returns what it found wrong,
// one line per control, saying which control (objectName, class, text) and its size.
// Qt Quick Controls fill in their accessible role and name (from their text) only when
// accessibility is active: when a screen reader runs as they are made, or when
// QAccessible::setActive(true) tells those that exist (prepare() below).
#include "ControlEdges.h"
#include "WindowSearch.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QStringList>
#include <QTest>

namespace nestje::accessiblecontrols {

// As when a screen reader starts: every control that exists now fills in its role and name.
// The offscreen platform the tests run on has no accessibility bridge, so
// QAccessible::isActive() stays false and controls made later (a page opened after this) do not
// fill them in themselves; call this on each page before reading them.
inline void prepare()
{
    QAccessible::setActive(true);
}

// The Accessible attached object QML made for `item` (Accessible.name, .role …), or null.
inline QObject *attached(QQuickItem *item)
{
    for (QObject *child : item->children()) {
        if (child->inherits("QQuickAccessibleAttached"))
            return child;
    }
    return nullptr;
}

inline QAccessible::Role attachedRole(QQuickItem *item)
{
    QObject *accessible = attached(item);
    return accessible ? QAccessible::Role(accessible->property("role").toInt())
                      : QAccessible::NoRole;
}

inline bool isTextInput(QQuickItem *item)
{
    return item->inherits("QQuickTextField") || item->inherits("QQuickTextArea");
}

// The Qt Quick Controls a person acts on (buttons of every kind, item delegates, switches,
// check boxes, radio buttons, tab buttons, menu items, text fields and areas, combo boxes,
// sliders, spin boxes).
inline bool isControl(QQuickItem *item)
{
    return item->inherits("QQuickAbstractButton") || isTextInput(item) ||
           item->inherits("QQuickComboBox") || item->inherits("QQuickSlider") ||
           item->inherits("QQuickRangeSlider") || item->inherits("QQuickSpinBox") ||
           item->inherits("QQuickDial");
}

// A plain item the QML made into a control by its role (a card that opens on Enter and tap).
inline bool actsByRole(QQuickItem *item)
{
    if (item->inherits("QQuickControl"))
        return false; // a Page or Pane says "page tab" or "pane" of itself; it is no control
    switch (attachedRole(item)) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::MenuItem:
    case QAccessible::ComboBox:
    case QAccessible::Slider:
    case QAccessible::SpinBox:
        return true;
    default:
        return false;
    }
}

// Part of another control rather than a control of its own: the text field an editable combo
// box or spin box shows, the buttons inside a combo box's list while it is closed.
inline bool partOfControl(QQuickItem *item)
{
    for (QQuickItem *i = item->parentItem(); i; i = i->parentItem()) {
        if (i->inherits("QQuickComboBox") || i->inherits("QQuickSpinBox"))
            return true;
    }
    return false;
}

// A row of an open combo box's list: the arrow keys move through it, Tab leaves it.
inline bool inComboBoxList(QQuickItem *item)
{
    for (QQuickItem *i = item; i && i->parentItem(); i = i->parentItem()) {
        if (i->parentItem()->inherits("QQuickOverlay")) {
            QObject *popup = i->parent(); // a popup's item belongs to its popup, the popup to its owner
            return popup && popup->inherits("QQuickPopup") && popup->parent() &&
                   popup->parent()->inherits("QQuickComboBox");
        }
    }
    return false;
}

// Where the item can be seen: its rectangle in the window, cut by every clipping item above it
// (a list's viewport) and by the window.
inline QRectF visibleRect(QQuickItem *item)
{
    QRectF rect = windowsearch::inWindow(item);
    for (QQuickItem *i = item->parentItem(); i; i = i->parentItem()) {
        if (i->clip())
            rect &= windowsearch::inWindow(i);
    }
    if (QQuickWindow *window = item->window())
        rect &= QRectF(QPointF(0, 0), window->size());
    return rect;
}

// The item that holds what a person can reach now: an open modal popup (a dialog, the photo
// viewer) takes the keyboard and covers the page; otherwise the whole window.
inline QQuickItem *reachableRoot(QQuickWindow *window)
{
    QQuickItem *root = window->contentItem();
    for (QObject *object : window->findChildren<QObject *>()) {
        if (!object->inherits("QQuickPopup") || !object->property("visible").toBool() ||
            !object->property("modal").toBool())
            continue;
        auto *content = object->property("contentItem").value<QQuickItem *>();
        QQuickItem *popupItem = content;
        while (popupItem && popupItem->parentItem() &&
               !popupItem->parentItem()->inherits("QQuickOverlay"))
            popupItem = popupItem->parentItem();
        if (popupItem)
            root = popupItem; // the last open one is on top
    }
    return root;
}

// Every visible, enabled control under `root` (those in a closed popup or a hidden page are not).
inline QList<QQuickItem *> controls(QQuickItem *root)
{
    QList<QQuickItem *> all, found;
    windowsearch::collect(root, &all);
    for (QQuickItem *item : std::as_const(all)) {
        if ((!isControl(item) && !actsByRole(item)) || partOfControl(item) ||
            inComboBoxList(item))
            continue;
        if (!controledges::shown(item) || !item->isEnabled() || item->width() <= 0 ||
            item->height() <= 0)
            continue;
        found << item;
    }
    return found;
}

// "objectName/QQuickToolButton 'text' 40x40", enough to find the control in the QML.
inline QString describe(QQuickItem *item)
{
    QString text = item->property("text").toString();
    if (text.isEmpty())
        text = item->property("placeholderText").toString();
    if (text.isEmpty())
        text = item->property("displayText").toString();
    if (text.isEmpty()) {
        if (QObject *accessible = attached(item))
            text = accessible->property("name").toString();
    }
    if (text.isEmpty()) {
        // An icon-only button: its icon says which one (QQuickIcon is a gadget).
        const QVariant iconValue = item->property("icon");
        if (iconValue.isValid()) {
            const QMetaType type = iconValue.metaType();
            if (const QMetaObject *meta = type.metaObject()) {
                const int index = meta->indexOfProperty("source");
                if (index >= 0)
                    text = QStringLiteral("icon ") +
                           meta->property(index).readOnGadget(iconValue.constData()).toString();
            }
        }
    }
    QString parentName;
    for (QQuickItem *i = item->parentItem(); i && parentName.isEmpty(); i = i->parentItem())
        parentName = i->objectName();
    return QStringLiteral("%1/%2 '%3' %4x%5 (in %6)")
        .arg(item->objectName(), QString::fromLatin1(item->metaObject()->className()),
             text.left(40))
        .arg(item->width())
        .arg(item->height())
        .arg(parentName.isEmpty() ? QStringLiteral("?") : parentName);
}

// The name a screen reader reads. A button copies its text into it, a combo box the choice it
// shows, unless the QML set Accessible.name; but Qt Quick Controls copy only while
// QAccessible::isActive(), which the offscreen platform never is (it has no accessibility
// bridge). So where the interface has no name, the text the control would copy stands in.
inline QString nameOf(QQuickItem *item, QAccessibleInterface *iface)
{
    const QString name = iface->text(QAccessible::Name);
    if (!name.isEmpty())
        return name;
    if (item->inherits("QQuickAbstractButton"))
        return item->property("text").toString();
    if (item->inherits("QQuickComboBox"))
        return item->property("displayText").toString();
    return {};
}

// Controls a screen reader cannot tell apart: no accessible interface, no role (or only the
// generic "client"), or an empty name.
inline QStringList withoutNameOrRole(const QList<QQuickItem *> &controls)
{
    QStringList wrong;
    for (QQuickItem *item : controls) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        if (!iface) {
            wrong << describe(item) + QStringLiteral(": no accessible interface");
            continue;
        }
        const QAccessible::Role role = iface->role();
        if (role == QAccessible::NoRole || role == QAccessible::Client)
            wrong << describe(item) + QStringLiteral(": no role");
        // A text field may be named by its label (FormField's `label`) or placeholder: Qt 6.4
        // gives a password field no name or description at all, whatever the QML sets.
        const bool named = !nameOf(item, iface).trimmed().isEmpty() ||
                           (isTextInput(item) &&
                            (!iface->text(QAccessible::Description).trimmed().isEmpty() ||
                             !item->property("label").toString().trimmed().isEmpty() ||
                             !item->property("placeholderText").toString().trimmed().isEmpty()));
        if (!named)
            wrong << describe(item) + QStringLiteral(": no name");
    }
    return wrong;
}

// Controls smaller than a fingertip (44x44 px): their own size is what takes the tap.
inline QStringList tooSmallToTap(const QList<QQuickItem *> &controls)
{
    QStringList wrong;
    for (QQuickItem *item : controls) {
        if (item->width() < 44 - 0.01 || item->height() < 44 - 0.01)
            wrong << describe(item) + QStringLiteral(": smaller than 44x44");
    }
    return wrong;
}

// Whether `focused` is `control` or inside it (an editable combo box's field, a card's button).
inline bool within(QQuickItem *focused, QQuickItem *control)
{
    for (QQuickItem *i = focused; i; i = i->parentItem()) {
        if (i == control)
            return true;
    }
    return false;
}

// The list or grid around `item` that moves its current row with the arrow keys, or null.
inline QQuickItem *arrowKeyList(QQuickItem *item)
{
    for (QQuickItem *i = item->parentItem(); i; i = i->parentItem()) {
        if (i->inherits("QQuickItemView"))
            return i->property("keyNavigationEnabled").toBool() ? i : nullptr;
    }
    return nullptr;
}

// Tab through the window from where the focus is, until it comes back to an item it had
// already or after `limit` presses, and return the controls among `controls` it never reached.
// `reached` gets every item that had the focus, in order (for the message).
inline QList<QQuickItem *> notReachedByTab(QQuickWindow *window,
                                           const QList<QQuickItem *> &controls, int limit,
                                           QList<QQuickItem *> *reached)
{
    QSet<QQuickItem *> seen;
    for (int press = 0; press < limit; ++press) {
        QTest::keyClick(window, Qt::Key_Tab);
        QQuickItem *focused = window->activeFocusItem();
        if (!focused || seen.contains(focused))
            break;
        seen.insert(focused);
        *reached << focused;
    }
    QList<QQuickItem *> missing;
    for (QQuickItem *control : controls) {
        // A list that moves through its rows with the arrow keys (the conversations) is one
        // Tab stop: a row counts as reached when the focus was in its list.
        QQuickItem *list = arrowKeyList(control);
        bool found = false;
        if (list) {
            for (QQuickItem *focused : std::as_const(*reached))
                found = found || within(focused, list);
        }
        for (QQuickItem *focused : std::as_const(*reached)) {
            if (within(focused, control)) {
                found = true;
                break;
            }
        }
        if (!found)
            missing << control;
    }
    return missing;
}

} // namespace nestje::accessiblecontrols
