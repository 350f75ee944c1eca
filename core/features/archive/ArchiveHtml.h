// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

// The archive's pages share one look and one promise: plain HTML that any browser opens
// offline, with no scripts, no fonts and nothing fetched from anywhere (a Content Security
// Policy says so to the browser as well, in case the organisation's HTML slipped something
// past the sanitiser).
namespace nestje::archivehtml {

QString esc(const QString &text);
// A whole page: its title and its body's HTML.
QByteArray page(const QString &title, const QString &body);
// "dinsdag 3 november 2026", "november 2026" in the app's language.
QString dayHeading(const QDate &day);
QString monthHeading(int year, int month);
// A link from a page in `fromFolder` to `target`, both relative to the archive's `root`.
QString relativeLink(const QString &root, const QString &fromFolder, const QString &target);
// Writes `content` to `path` atomically, unless the file already holds exactly that.
// Returns 1 when written, 0 when unchanged, -1 on failure.
int writeIfChanged(const QString &path, const QByteArray &content);

} // namespace nestje::archivehtml
