// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace nestje {

class AccountSession;

// Mijn locatie's files on this device: attachments, the images in bodies and the team's photos.
// They live in the account's cache, so once fetched they show and open offline.
namespace locationfiles {

// The folder in the account's cache that holds them (media/KeptFiles).
constexpr auto folder = "location";
QString directory(AccountSession &account);
// The file of a portal image: named by its host and path (the signed query changes with every
// fetch, the image does not).
QString imagePath(AccountSession &account, const QUrl &url);

// media/FileDownload's download (private copy, content checked) with the outcome Mijn locatie
// tells apart: stored, or failed while offline or not. `done(ok, offline)` runs on `context`'s
// thread, never after `context` is gone.
void download(QObject *context, AccountSession &account, const QUrl &url, const QString &path,
              const QString &contentType, std::function<void(bool ok, bool offline)> done);

bool isImageType(const QString &contentType);

} // namespace locationfiles
} // namespace nestje
