// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace nestje {

class AccountSession;

// "Bijhouden na elke synchronisatie": the account's calendar (CalendarExport) kept up to date in
// a file the parent chose, so a calendar app that subscribes to the file follows the care days.
// The choice and the last outcome live in the account's cache (device settings, like the
// archive's); each change is announced as the topic "calendarFile".
namespace keptcalendar {

struct State
{
    QString path;       // empty: no file is kept
    QDateTime checked;  // when the file was last found or made up to date (UTC)
    int events = 0;     // how many events it held then
    QString problem;    // why the last update failed; empty when it succeeded
};

State state(AccountSession *session);

// Keeps `path` from now on and writes it at once. Returns false (and keeps nothing) when the
// file cannot be written, with the reason in `error`.
bool keep(AccountSession *session, const QString &path, QString *error = nullptr);
// Stops updating the file; the file itself stays where it is.
void stop(AccountSession *session);

// For the app after each sync of an account (one line where syncs end): rewrites the kept file
// when its events changed. A sync that brought nothing new leaves the file untouched, so a
// calendar app does not fetch it again for nothing.
void afterSync(AccountSession *session);

} // namespace keptcalendar

} // namespace nestje
