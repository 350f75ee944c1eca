// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QQuickItem;

namespace nestje {

class AccountSession;
class AppController;
class Database;

// The one registry of pages `--screenshot --page NAME` can show: which tab, and for a page
// inside a tab which item to open through the tab's deep link (the same link a notification
// uses). Choosing a telling item (the fullest diary entry, a photo) happens here, so product
// QML has no code that only screenshots need.
struct ScreenshotPage
{
    QString name;  // the --page name
    QString tab;   // TabModel key; "" for the login page
    // The deep link to open in the tab once its data is there ("entry/<key>", "viewer/<id>",
    // "albums", "diary"), chosen from the account's cache; empty for the tab itself.
    std::function<QString(Database &)> target;
};

// A page that shows a state rather than an item (a form with a photo attached, an open
// dropdown, a zoomed photo, a second account) prepares it around its deep link: `before` runs on
// the app and the account in view just before the link opens, `after` on the window's root item
// afterwards, once per poll, until it returns true (what it needs may still be loading).
struct ScreenshotState
{
    std::function<void(AppController &, AccountSession &)> before;
    std::function<bool(QQuickItem *)> after;
};
ScreenshotState screenshotState(const QString &name);

const QList<ScreenshotPage> &screenshotPages();
std::optional<ScreenshotPage> screenshotPage(const QString &name);
QStringList screenshotPageNames();

} // namespace nestje
