// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace nestje::archivelayout {

// Where everything goes under the folder the parent chose. Paths are relative to that folder,
// so a manifest stays valid when the parent moves the whole archive.
//   <organisation>/<child>/<yyyy>/<yyyy-mm-dd>_<id>.<ext>   photos and videos (the portal's day)
//   <organisation>/<child>/dagboek/<yyyy-mm>.html           the diary, one page per month
//   <organisation>/<child>/index.html                       the whole archive, offline
//   .nestje-archief/                                        manifest and unfinished downloads

// A name that is safe as one path component on every platform: no separators, no control
// characters, no leading dot (a hidden file), nothing Windows refuses; never empty.
QString safeName(const QString &name);

QString childFolder(const QString &organisation, const QString &child);
QString mediaFolder(const QString &organisation, const QString &child, const QDate &day);
// The file's name without extension: the extension comes from the bytes, known only once
// they are here.
QString mediaBaseName(const QDate &day, const QString &mediaId);
QString diaryPage(const QString &organisation, const QString &child, int year, int month);
QString indexPage(const QString &organisation, const QString &child);

// The archive's own bookkeeping folder (hidden), and its parts.
QString stateFolder();
QString manifestFile();
QString partialFolder();

} // namespace nestje::archivelayout
