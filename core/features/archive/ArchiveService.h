// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nestje {

class AccountSession;
class ArchiveRun;

// The account's archive run and settings. A run belongs to the account's session (it runs on
// while the parent uses the app and ends with the session); the settings live in the account's
// cache: the folder, "Automatisch bewaren", and whether a run was left unfinished.
namespace archiveservice {

// The session's run, or null when none was started since the app started.
ArchiveRun *runOf(AccountSession *session);
// Starts (or restarts) a run into the account's folder; `child` limits it to one child.
ArchiveRun *start(AccountSession *session, const QString &child = {});

QString folder(AccountSession *session);
void setFolder(AccountSession *session, const QString &folder);
QString defaultFolder();
bool autoArchive(AccountSession *session);
void setAutoArchive(AccountSession *session, bool on);
bool unfinished(AccountSession *session);

// For the app after each completed sync of an account (one line where syncs end): starts a
// run when "Automatisch bewaren" is on, or when a run was interrupted (the app was closed or
// killed), so the archive catches up by itself.
// "Automatisch bewaren" waits while the platform says the network is metered.
void afterSync(AccountSession *session);
bool onMeteredNetwork();

} // namespace archiveservice

} // namespace nestje
