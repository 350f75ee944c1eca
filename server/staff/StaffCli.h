// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nestje::server {

// `nestje-server staff --data DIR <command> …` and `nestje-server simulate --data DIR …`;
// `arguments` are the program's arguments from the subcommand on. Returns the exit code.
int runStaffCommand(const QStringList &arguments);
int runSimulation(const QStringList &arguments);

} // namespace nestje::server
