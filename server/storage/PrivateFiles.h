// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDevice>
#include <QString>
#include <QStringList>

// The data directory holds secrets: the JWT and media signing keys and the sessions (in
// portal.sqlite), reset links (mail-outbox/) and parents' photos (media/). Everything the server
// creates there is for its own user only: directories 0700, files 0600.
namespace nestje::server::privatefiles {

// Creates `path` (and missing parents). A directory this call creates is 0700; an existing one
// keeps its mode (the start-up check below decides what to do about it).
bool makeDirectory(const QString &path, QString *error = nullptr);

// Creates `path` as an empty 0600 file when it does not exist yet. SQLite creates its -wal and
// -shm files with the mode of the database file, so creating the database this way first makes
// all three private.
bool createFile(const QString &path, QString *error = nullptr);

// Restricts an open file (a QSaveFile's temporary file before commit) to 0600.
bool restrict(QFileDevice &file);

// The paths under `dataDir` that the group or other users can read, write or enter, each as
// "PATH (mode 0755)": the data directory itself, portal.sqlite and its -wal/-shm files, the mail
// outbox and the media directory. Empty when all is private or nothing exists yet.
QStringList exposedPaths(const QString &dataDir);

} // namespace nestje::server::privatefiles
