// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace nestje {

// `nestje calendar --portal P --user EMAIL --to FILE.ics [--password-stdin] [--ca-file PEM]`:
// "Zet in mijn agenda" without a display, e.g. from a scheduled job that keeps a file a
// calendar app subscribes to. Logs in like `nestje archive` (CommandLogin), syncs, and writes
// the agenda's iCalendar file (CalendarExport). The count goes to standard output.
// Exit 0 when the file is written; 2 on a usage error; 3 when the login or the calendar's sync
// failed; 4 when the file cannot be written.
int runCalendarCommand(int argc, char *argv[]);

} // namespace nestje
