// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace nestje {

// `nestje archive --portal P --user EMAIL --to DIR [--password-stdin] [--ca-file PEM]
// [--child NAME] [--since YYYY-MM-DD] [--parallel N]`: "Alles bewaren" without a display,
// for a server or a scheduled job. The password comes from the keychain when this device knows
// the account, otherwise (or with --password-stdin) from the first line of standard input.
// Progress goes to standard error, the last line (counts and bytes) to standard output.
// Exit 0 when everything is saved; 1 when items failed; 2 on a usage error; 3 when the login
// or the first sync failed; 4 when the folder cannot be used.
int runArchiveCommand(int argc, char *argv[]);

} // namespace nestje
